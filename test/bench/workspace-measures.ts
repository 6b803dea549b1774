/**
 * The workspace measurements, each against DuckDB directly on the same sandbox file:
 * sequential latency of the dev aggregate and of the approved model's live run (API, service
 * in-process, DuckDB direct), the 1,000,000-row dev result as Arrow IPC and as JSON, and
 * closed-loop throughput of 16 clients (API, 16 in-process service callers, 16 connections).
 */
import { Writable } from 'node:stream';
import { batchBytes, chunkToBatch, resultSchema, schemaBytes } from '../../sandbox/encoders/arrow-stream';
import { runQuery } from '../../sandbox/engine/run-query';
import { summarize, type LatencySummary } from './bench-report';
import { readAuditCommitStats, commitStatsBetween, type AuditCommitStats } from './audit-commit-stats';
import { closedLoop, directClosedLoop, interleavedLatencies, type ClosedLoad, type DirectDatabase } from './direct-duckdb';
import type { LoadResult } from './http-load';
import { runLoad, type ClientMode } from './http-load-thread';
import { fetchResult, type Transfer } from './result-transfer';
import type { Call, QueryPaths } from './workspace-paths';
import { ALL_ROWS_SQL, DEV_AGGREGATE_SQL, type Workspace } from './workspace-setup';

export type LatencyTriple = { label: string; api: LatencySummary; service: LatencySummary; direct: LatencySummary };

export async function measureLatency(paths: { dev: QueryPaths; live: QueryPaths }, calls: number): Promise<LatencyTriple[]> {
  const measure = async (label: string, p: QueryPaths, warmUp: number): Promise<LatencyTriple> => {
    const [api, service, direct] = await interleavedLatencies(calls, warmUp, [p.api, p.service, p.direct]);
    return { label, api: summarize(api), service: summarize(service), direct: summarize(direct) };
  };
  return [
    await measure('dev aggregate (POST /sandboxes/:id/query)', paths.dev, 20),
    await measure('live model run (POST /models/:id/runs)', paths.live, 10),
  ];
}

export type DirectMaterialise = { seconds: number; rows: number };
/** The platform's own encoders run in-process on the direct connection, without HTTP. */
export type EncoderRun = { format: 'arrow' | 'json'; seconds: number; bytes: number };
export type TransferMeasures = { transfers: Transfer[]; direct: DirectMaterialise[]; encoders: EncoderRun[] };

export async function measureTransfer(ws: Workspace, dev: DirectDatabase): Promise<TransferMeasures> {
  const transfers: Transfer[] = [];
  const direct: DirectMaterialise[] = [];
  const fetch = (format: 'arrow' | 'json') => fetchResult(ws.bp.port, ws.sandboxId, ws.operator.token, ALL_ROWS_SQL, format);
  for (const format of ['arrow', 'json', 'json', 'arrow'] as const) {
    transfers.push(await fetch(format));
    if (format === 'json') {
      const started = performance.now();
      const rows = (await dev.connection.runAndReadAll(ALL_ROWS_SQL)).currentRowCount;
      direct.push({ seconds: (performance.now() - started) / 1000, rows });
    }
  }
  const encoders = [await encodeArrow(dev), await encodeJson(dev)];
  return { transfers, direct, encoders };
}

const ENCODER_LIMITS = { timeoutMs: 600_000, maxRows: 100_000_000 };

async function encodeArrow(dev: DirectDatabase): Promise<EncoderRun> {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const started = performance.now();
  // The sandbox worker's encoder (chunk → record batch → IPC piece), here in-process.
  const result = await dev.connection.stream(ALL_ROWS_SQL);
  const columns = result.columnNames().map((name, i) => ({ name, type: result.columnTypes()[i].toString() }));
  const schema = resultSchema(columns);
  const head = schemaBytes(schema);
  sink.write(head);
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    sink.write(batchBytes(chunkToBatch(chunk, schema, columns.map((c) => c.type), Number.MAX_SAFE_INTEGER), head.length));
  }
  return { format: 'arrow', seconds: (performance.now() - started) / 1000, bytes };
}

async function encodeJson(dev: DirectDatabase): Promise<EncoderRun> {
  const started = performance.now();
  const text = JSON.stringify(await runQuery(dev.connection, ALL_ROWS_SQL, undefined, ENCODER_LIMITS));
  return { format: 'json', seconds: (performance.now() - started) / 1000, bytes: Buffer.byteLength(text) };
}

export type ThroughputRound = { round: number; api: LoadResult; audit: AuditCommitStats; service: ClosedLoad; direct: ClosedLoad };

export async function measureThroughput(
  ws: Workspace, dev: DirectDatabase, service: Call, options: { concurrency: number; durationMs: number; rounds: number; mode: ClientMode },
): Promise<ThroughputRound[]> {
  const { bp } = ws;
  const load = (durationMs: number) => runLoad({
    port: bp.port, path: `/api/v1/sandboxes/${ws.sandboxId}/query`, method: 'POST',
    headers: { authorization: `Bearer ${ws.operator.token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ sql: DEV_AGGREGATE_SQL, tier: 'dev' }), concurrency: options.concurrency, durationMs, requests: 200_000,
  }, options.mode);
  const direct = () => directClosedLoop(dev.instance, DEV_AGGREGATE_SQL, undefined, options.concurrency, options.durationMs, 200_000);
  const inProcess = () => closedLoop(Array.from({ length: options.concurrency }, () => service), options.durationMs, 200_000);
  await load(1000);
  await directClosedLoop(dev.instance, DEV_AGGREGATE_SQL, undefined, options.concurrency, 500, 200_000);
  const rounds: ThroughputRound[] = [];
  const registry = bp.platform.metrics.registry;
  for (let round = 1; round <= options.rounds; round += 1) {
    const reversed = round % 2 === 0;
    const first = reversed ? await direct() : null;
    const serviceFirst = reversed ? await inProcess() : null;
    const before = await readAuditCommitStats(registry);
    const api = await load(options.durationMs);
    const audit = commitStatsBetween(before, await readAuditCommitStats(registry));
    const serviceLoad = serviceFirst ?? (await inProcess());
    rounds.push({ round, api, audit, service: serviceLoad, direct: first ?? (await direct()) });
  }
  return rounds;
}
