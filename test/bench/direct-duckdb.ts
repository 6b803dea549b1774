/**
 * The same queries on DuckDB directly: the sandbox's own file opened READ_ONLY in a separate
 * instance with the sandbox's memory and thread limits, the SQL run as is (parameters bound),
 * rows read back as JSON-safe values. Plus bounded closed loops and interleaved sequential timing.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { summarize, type LatencySummary } from './bench-report';
import { instanceOptions, type DuckDBSettings } from './duckdb-baseline';

export type Params = Record<string, DuckDBValue>;

export type DirectDatabase = { instance: DuckDBInstance; connection: DuckDBConnection; close(): void };

export async function openDirect(file: string, settings: DuckDBSettings): Promise<DirectDatabase> {
  const instance = await DuckDBInstance.create(file, { ...instanceOptions(settings), access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Runs `sql` and reads every row as JSON-safe values; returns the row count. */
export async function directQuery(db: DuckDBConnection, sql: string, params?: Params): Promise<number> {
  const reader = await db.runAndReadAll(sql, params);
  return reader.getRowsJson().length;
}

export type ClosedLoad = { requests: number; seconds: number; throughput: number; latencyMs: LatencySummary };
export type DirectLoad = ClosedLoad;

/** One closed-loop worker per function, each calling its function back to back until `durationMs` or `maxRequests` in all. */
export async function closedLoop(workers: readonly (() => Promise<unknown>)[], durationMs: number, maxRequests: number): Promise<ClosedLoad> {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (call: () => Promise<unknown>): Promise<void> => {
    while (issued < maxRequests && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(workers.map(worker));
  const seconds = (performance.now() - started) / 1000;
  return { requests: latencies.length, seconds, throughput: latencies.length / seconds, latencyMs: summarize(latencies) };
}

/** `concurrency` connections of `instance`, each running `sql` back to back. */
export async function directClosedLoop(
  instance: DuckDBInstance, sql: string, params: Params | undefined, concurrency: number, durationMs: number, maxRequests: number,
): Promise<ClosedLoad> {
  const connections = await Promise.all(Array.from({ length: concurrency }, () => instance.connect()));
  try {
    return await closedLoop(connections.map((db) => () => directQuery(db, sql, params)), durationMs, maxRequests);
  } finally {
    for (const c of connections) c.closeSync();
  }
}

/**
 * `calls` sequential rounds after `warmUp` rounds; each round calls every function once, the
 * order rotating from round to round so that drift falls on all alike. Latencies in ms, per function.
 */
export async function interleavedLatencies(calls: number, warmUp: number, fns: readonly (() => Promise<unknown>)[]): Promise<number[][]> {
  for (let i = 0; i < warmUp; i += 1) for (const fn of fns) await fn();
  const out = fns.map(() => [] as number[]);
  for (let i = 0; i < calls; i += 1) {
    for (let k = 0; k < fns.length; k += 1) {
      const index = (i + k) % fns.length;
      const t0 = performance.now();
      await fns[index]();
      out[index].push(performance.now() - t0);
    }
  }
  return out;
}
