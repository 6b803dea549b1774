/**
 * The same queries on DuckDB directly: the sandbox's own file opened READ_ONLY in a separate
 * instance with the sandbox's memory and thread limits, the SQL run as is (parameters bound),
 * rows read back as JSON-safe values. Plus a bounded closed loop over several connections.
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

export type DirectLoad = { requests: number; seconds: number; throughput: number; latencyMs: LatencySummary };

/** `concurrency` connections, each running `sql` back to back until `durationMs` or `maxRequests`. */
export async function directClosedLoop(
  instance: DuckDBInstance, sql: string, params: Params | undefined, concurrency: number, durationMs: number, maxRequests: number,
): Promise<DirectLoad> {
  const connections = await Promise.all(Array.from({ length: concurrency }, () => instance.connect()));
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (db: DuckDBConnection): Promise<void> => {
    while (issued < maxRequests && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      await directQuery(db, sql, params);
      latencies.push(performance.now() - t0);
    }
  };
  try {
    await Promise.all(connections.map(worker));
  } finally {
    for (const c of connections) c.closeSync();
  }
  const seconds = (performance.now() - started) / 1000;
  return { requests: latencies.length, seconds, throughput: latencies.length / seconds, latencyMs: summarize(latencies) };
}

/** Interleaves `calls` sequential calls of `a` and `b` (a, b, b, a, …) after `warmUp` of each; latencies in ms. */
export async function interleavedLatencies(calls: number, warmUp: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < warmUp; i += 1) {
    await a();
    await b();
  }
  const out = { a: [] as number[], b: [] as number[] };
  const timed = async (fn: () => Promise<unknown>, into: number[]) => {
    const t0 = performance.now();
    await fn();
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < calls; i += 1) {
    if (i % 2 === 0) {
      await timed(a, out.a);
      await timed(b, out.b);
    } else {
      await timed(b, out.b);
      await timed(a, out.a);
    }
  }
  return out;
}
