/**
 * Issue 5: the operator workspace against DuckDB directly on the same sandbox files (opened
 * READ_ONLY with the sandbox's limits): sequential p50/p99 of an aggregate on dev and of an
 * approved model run on live, with the added latency; a 1,000,000-row dev result as Arrow IPC
 * and as JSON; and audited query throughput with 16 closed-loop clients vs 16 connections.
 */
import { median, round, type BenchContext, type BenchReport, type BenchSection, type BenchTable } from './bench-report';
import { openDirect } from './direct-duckdb';
import { clientModeFrom } from './http-load-thread';
import { loadAverage, MiB } from './peak-memory';
import type { Transfer } from './result-transfer';
import { measureLatency, measureThroughput, measureTransfer, type LatencyTriple, type ThroughputRound, type TransferMeasures } from './workspace-measures';
import { workspacePaths } from './workspace-paths';
import { startWorkspace, DEV_AGGREGATE_SQL } from './workspace-setup';

const CONCURRENCY = 16;
const CALLS = 200;

export const workspaceQueriesBench: BenchSection = {
  name: 'workspace-queries',
  description: 'dev/live query latency, 1M-row Arrow vs JSON, 16-client audited throughput vs DuckDB directly',
  run: runWorkspaceBench,
};

async function runWorkspaceBench(context: BenchContext): Promise<BenchReport> {
  const loadStart = loadAverage();
  const twinRows = Math.min(1_000_000, Math.max(1000, Math.round(1_000_000 * context.scale)));
  const liveRows = Math.max(1000, Math.round(200_000 * context.scale));
  const ws = await startWorkspace(liveRows, twinRows);
  const { memoryLimit, threads } = ws.bp.platform.config.sandbox;
  const dev = await openDirect(ws.devFile, { memoryLimit, threads });
  const live = await openDirect(ws.liveFile, { memoryLimit, threads });
  try {
    const paths = await workspacePaths(ws, dev, live);
    const latency = await measureLatency(paths, CALLS);
    const transfer = await measureTransfer(ws, dev);
    const mode = clientModeFrom(process.env.BENCH_HTTP_CLIENT);
    const throughput = await measureThroughput(ws, dev, paths.dev.service, { concurrency: CONCURRENCY, durationMs: Math.max(1000, Math.round(4000 * Math.min(1, context.scale))), rounds: 2, mode });
    return buildReport({ liveRows, twinRows, provisionSeconds: ws.provisionSeconds, mode, loadStart }, latency, transfer, throughput);
  } finally {
    dev.close();
    live.close();
    await ws.bp.stop();
  }
}

type Setup = { liveRows: number; twinRows: number; provisionSeconds: number; mode: string; loadStart: number };

function buildReport(setup: Setup, latency: LatencyTriple[], transfer: TransferMeasures, throughput: ThroughputRound[]): BenchReport {
  const [dev, live] = latency;
  const of = (format: 'arrow' | 'json') => transfer.transfers.filter((t) => t.format === format);
  const arrowS = median(of('arrow').map((t) => t.seconds));
  const jsonS = median(of('json').map((t) => t.seconds));
  const rows = of('arrow')[0]?.rows ?? 0;
  const apiRps = median(throughput.map((r) => r.api.throughput));
  const directRps = median(throughput.map((r) => r.direct.throughput));
  const failures = throughput.reduce((n, r) => n + r.api.non2xx + r.api.errors, 0);
  const figures = {
    live_rows: setup.liveRows,
    twin_rows: setup.twinRows,
    provisioning_s: round(setup.provisionSeconds),
    dev_api_p50_ms: round(dev.api.p50),
    dev_api_p99_ms: round(dev.api.p99),
    dev_direct_p50_ms: round(dev.direct.p50),
    dev_direct_p99_ms: round(dev.direct.p99),
    dev_added_p50_ms: round(dev.api.p50 - dev.direct.p50),
    dev_added_p99_ms: round(dev.api.p99 - dev.direct.p99),
    dev_service_p50_ms: round(dev.service.p50),
    dev_service_p99_ms: round(dev.service.p99),
    live_run_api_p50_ms: round(live.api.p50),
    live_run_api_p99_ms: round(live.api.p99),
    live_direct_p50_ms: round(live.direct.p50),
    live_direct_p99_ms: round(live.direct.p99),
    live_added_p50_ms: round(live.api.p50 - live.direct.p50),
    live_added_p99_ms: round(live.api.p99 - live.direct.p99),
    live_service_p50_ms: round(live.service.p50),
    live_service_p99_ms: round(live.service.p99),
    result_rows: rows,
    arrow_s: round(arrowS),
    json_s: round(jsonS),
    arrow_mib: round(median(of('arrow').map((t) => t.bytes)) / MiB),
    json_mib: round(median(of('json').map((t) => t.bytes)) / MiB),
    arrow_rows_per_s: Math.round(rows / arrowS),
    json_rows_per_s: Math.round((of('json')[0]?.rows ?? 0) / jsonS),
    json_to_arrow_time_ratio: round(jsonS / arrowS),
    direct_materialise_s: round(median(transfer.direct.map((d) => d.seconds))),
    direct_materialise_rows_per_s: Math.round((transfer.direct[0]?.rows ?? 0) / median(transfer.direct.map((d) => d.seconds))),
    arrow_encoder_only_s: round(transfer.encoders.find((e) => e.format === 'arrow')?.seconds ?? Number.NaN),
    json_encoder_only_s: round(transfer.encoders.find((e) => e.format === 'json')?.seconds ?? Number.NaN),
    arrow_rss_peak_mib: Math.max(...of('arrow').map((t) => t.memory.rssPeakMiB)),
    json_rss_peak_mib: Math.max(...of('json').map((t) => t.memory.rssPeakMiB)),
    c16_api_rps: round(apiRps, 4),
    c16_service_rps: round(median(throughput.map((r) => r.service.throughput)), 4),
    c16_direct_rps: round(directRps, 4),
    c16_api_to_direct_ratio: round(apiRps / directRps),
    c16_api_p50_ms: round(median(throughput.map((r) => r.api.latencyMs.p50))),
    c16_api_p99_ms: round(median(throughput.map((r) => r.api.latencyMs.p99))),
    c16_service_p50_ms: round(median(throughput.map((r) => r.service.latencyMs.p50))),
    c16_direct_p50_ms: round(median(throughput.map((r) => r.direct.latencyMs.p50))),
    c16_direct_p99_ms: round(median(throughput.map((r) => r.direct.latencyMs.p99))),
    c16_api_non2xx_or_errors: failures,
    c16_audit_entries_committed: throughput.reduce((n, r) => n + r.audit.entries, 0),
    c16_api_requests: throughput.reduce((n, r) => n + r.api.requests, 0),
    load_avg_1m_start: setup.loadStart,
    load_avg_1m_end: loadAverage(),
  };
  return {
    name: workspaceQueriesBench.name,
    figures,
    tables: [latencyTable(latency), transferTable(transfer.transfers), throughputTable(throughput)],
    goals: [],
    notes: [
      `aggregate: ${DEV_AGGREGATE_SQL} (live: the approved model with $min bound to 0). ${CALLS} sequential calls each, API and direct interleaved, after a warm-up; the live API path includes guard, disclosure control (subject-count rewrite, identifier scan), the pending output file, the run record and the audit entry.`,
      'direct = the same SQL on the sandbox file opened READ_ONLY in its own DuckDB instance with the sandbox memory/thread limits, one kept connection, rows read back as JSON values. service = the calls the route makes (queries.open + queries.query; models.visible + runs.run) in-process with the operator ability: everything but HTTP, authentication and the audit entry.',
      `1M-row result: SELECT * FROM residents on dev, timed at the client to the last byte; arrow, json, json, arrow; direct_materialise = runAndReadAll of the same query on the dev file (no encoding); *_encoder_only = the platform's startArrow (to a discarding stream) and runQuery + JSON.stringify run in-process on the direct connection, without HTTP.`,
      `throughput: ${CONCURRENCY} keep-alive closed-loop clients (${setup.mode === 'thread' ? 'on a worker thread' : 'on the server thread'}) posting the dev aggregate, each request audited, vs ${CONCURRENCY} in-process callers of the service path, vs ${CONCURRENCY} connections on one direct instance running it back to back; rounds alternate the order.`,
    ],
  };
}

function latencyTable(latency: LatencyTriple[]): BenchTable {
  const row = (label: string, path: string, l: LatencyTriple['api'], direct: LatencyTriple['api'] | null) => [
    label, path, round(l.p50), round(l.p99), round(l.mean), round(l.max), direct ? round(l.p50 - direct.p50) : null, direct ? round(l.p99 - direct.p99) : null,
  ];
  return {
    title: `sequential latency, ${CALLS} calls each, the three paths interleaved (ms)`,
    columns: ['query', 'path', 'p50', 'p99', 'mean', 'max', 'added p50', 'added p99'],
    rows: latency.flatMap((l) => [
      row(l.label, 'API over HTTP', l.api, l.direct),
      row(l.label, 'service in-process', l.service, l.direct),
      row(l.label, 'DuckDB direct', l.direct, null),
    ]),
  };
}

function transferTable(transfers: Transfer[]): BenchTable {
  return {
    title: 'the 1M-row dev result over HTTP',
    columns: ['format', 'seconds', 'first byte s', 'MiB', 'rows', 'rows/s', 'MiB/s', 'truncated', 'rss MiB'],
    rows: transfers.map((t) => [
      t.format, round(t.seconds), round(t.firstByteSeconds), round(t.bytes / MiB), t.rows, Math.round(t.rows / t.seconds), round(t.bytes / MiB / t.seconds), t.truncated, t.memory.rssPeakMiB,
    ]),
  };
}

function throughputTable(rounds: ThroughputRound[]): BenchTable {
  return {
    title: `dev aggregate, ${CONCURRENCY} concurrent closed-loop clients`,
    columns: ['round', 'path', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non2xx', 'errors', 'audit entries'],
    rows: rounds.flatMap((r) => [
      [r.round, 'API (audited)', r.api.requests, round(r.api.throughput, 4), round(r.api.latencyMs.p50), round(r.api.latencyMs.p99), r.api.non2xx, r.api.errors, r.audit.entries],
      [r.round, 'service in-process', r.service.requests, round(r.service.throughput, 4), round(r.service.latencyMs.p50), round(r.service.latencyMs.p99), null, null, null],
      [r.round, 'DuckDB direct', r.direct.requests, round(r.direct.throughput, 4), round(r.direct.latencyMs.p50), round(r.direct.latencyMs.p99), null, null, null],
    ]),
  };
}
