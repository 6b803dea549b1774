/**
 * The isolated zone (operator SQL in sandbox worker processes): dev-aggregate throughput of 16
 * operators on 4 sandboxes against 16 DuckDB connections on the same 4 files (goal
 * api/direct >= 0.6), and the platform's resident memory empty, with many idle sandboxes
 * (goal: at most 300 MiB more than empty) and with 10 sandboxes busy at once (with the sum
 * of the workers' RSS).
 */
import { goal, median, round, type BenchContext, type BenchReport, type BenchSection, type BenchTable } from './bench-report';
import { clientModeFrom } from './http-load-thread';
import { measureMemory, type MemoryMeasures } from './isolated-zone-memory';
import type { RssReading } from './isolated-zone-rss';
import { measureZoneThroughput, type GroupLoad, type ThroughputMeasures } from './isolated-zone-throughput';
import { loadAverage } from './peak-memory';
import { DEV_AGGREGATE_SQL } from './workspace-setup';

export const ZONE_RATIO_GOAL = 0.6;
export const IDLE_ADDED_GOAL_MIB = 300;
const SANDBOXES = 4;
const CLIENTS_PER_SANDBOX = 4;
const IDLE_SANDBOXES = 100;
const MIN_IDLE_SANDBOXES = 20;
const BUSY_SANDBOXES = 10;
const SMALL_ROWS = 1000;
const WORKER_IDLE_MS = 2000;
const BUSY_TARGET_MS = 2000;

export const isolatedZoneBench: BenchSection = {
  name: 'isolated-zone',
  description: `${SANDBOXES * CLIENTS_PER_SANDBOX} operators on ${SANDBOXES} sandboxes vs DuckDB directly; platform RSS empty, with idle sandboxes, with ${BUSY_SANDBOXES} busy`,
  run: runIsolatedZoneBench,
};

/** 100 idle sandboxes at scale >= 1; fewer below (never under 20). */
export function idleSandboxesFor(scale: number): number {
  return Math.max(MIN_IDLE_SANDBOXES, Math.min(IDLE_SANDBOXES, Math.round(IDLE_SANDBOXES * scale)));
}

async function runIsolatedZoneBench(context: BenchContext): Promise<BenchReport> {
  const loadStart = loadAverage();
  // Memory first, so that "empty" is read before this section has run any load in the process.
  const memory = await measureMemory({
    sandboxes: idleSandboxesFor(context.scale),
    busy: BUSY_SANDBOXES, liveRows: SMALL_ROWS, twinRows: SMALL_ROWS, idleMs: WORKER_IDLE_MS, busyTargetMs: BUSY_TARGET_MS,
  });
  const throughput = await measureZoneThroughput({
    sandboxes: SANDBOXES, clientsPerSandbox: CLIENTS_PER_SANDBOX,
    twinRows: Math.min(1_000_000, Math.max(1000, Math.round(1_000_000 * context.scale))),
    liveRows: Math.max(1000, Math.round(200_000 * context.scale)),
    durationMs: Math.max(1000, Math.round(4000 * Math.min(1, context.scale))), rounds: 2,
    mode: clientModeFrom(process.env.BENCH_HTTP_CLIENT),
  });
  return buildReport(throughput, memory, loadStart);
}

function buildReport(t: ThroughputMeasures, m: MemoryMeasures, loadStart: number): BenchReport {
  const apiRps = median(t.rounds.map((r) => r.api.throughput));
  const directRps = median(t.rounds.map((r) => r.direct.throughput));
  const ratio = apiRps / directRps;
  const idleAdded = m.idle.platformMiB - m.empty.platformMiB;
  const clients = SANDBOXES * CLIENTS_PER_SANDBOX;
  const busy = m.busy;
  const figures = {
    zone_sandboxes: t.plan.sandboxes,
    zone_clients: clients,
    live_rows: t.plan.liveRows,
    twin_rows: t.plan.twinRows,
    workers_max: t.workersMax,
    sandbox_memory_limit: t.memoryLimit,
    sandbox_threads: t.threads,
    zone_provisioning_s: round(t.provisionSeconds),
    c16_api_rps: round(apiRps, 4),
    c16_direct_rps: round(directRps, 4),
    c16_api_to_direct_ratio: round(ratio),
    c16_api_p50_ms: round(median(t.rounds.map((r) => r.api.p50))),
    c16_api_p99_ms: round(median(t.rounds.map((r) => r.api.p99))),
    c16_direct_p50_ms: round(median(t.rounds.map((r) => r.direct.p50))),
    c16_direct_p99_ms: round(median(t.rounds.map((r) => r.direct.p99))),
    c16_api_requests: t.rounds.reduce((n, r) => n + r.api.requests, 0),
    c16_api_non2xx_or_errors: t.rounds.reduce((n, r) => n + r.api.non2xx + r.api.errors, 0),
    c16_api_statuses: statusText(mergeStatuses(t.rounds.map((r) => r.api))),
    c16_warmup_statuses: statusText(t.warmUp.statusCounts),
    c16_workers_alive_peak: Math.max(...t.rounds.map((r) => r.workersPeak)),
    c16_worker_processes_seen_max: Math.max(...t.rounds.map((r) => r.workersSeen)),
    idle_sandboxes: m.plan.sandboxes,
    idle_live_rows: m.plan.liveRows,
    idle_twin_rows: m.plan.twinRows,
    idle_worker_idle_ms: m.plan.idleMs,
    idle_workers_max: m.workersMax,
    idle_provisioning_s: round(m.provisionSeconds),
    idle_provisioning_per_sandbox_s: round(m.provisionSeconds / m.plan.sandboxes),
    idle_first_queries_s: round(m.firstQuerySeconds),
    idle_first_query_statuses: statusText(m.firstQueryStatuses),
    idle_workers_stop_wait_s: round(m.idleStopSeconds),
    rss_empty_mib: m.empty.platformMiB,
    rss_provisioned_mib: m.provisioned.platformMiB,
    rss_queried_mib: m.queried.platformMiB,
    rss_queried_workers_alive: m.queried.workers,
    rss_queried_workers_sum_mib: m.queried.workersMiB,
    rss_idle_mib: m.idle.platformMiB,
    rss_idle_workers_alive: m.idle.workers,
    idle_added_mib: round(idleAdded),
    idle_added_per_sandbox_kib: round((idleAdded * 1024) / m.plan.sandboxes),
    busy_sandboxes: BUSY_SANDBOXES,
    busy_cross_join_rows: busy.calibration.rowsCounted,
    busy_solo_s: round(busy.calibration.soloSeconds),
    busy_wall_s: round(busy.seconds),
    busy_latency_max_s: round(Math.max(...busy.latenciesS)),
    busy_statuses: statusText(busy.statuses),
    busy_all_running_at_reading: busy.allBusyAtReading,
    busy_rss_platform_mib: busy.during.platformMiB,
    busy_rss_workers_sum_mib: busy.during.workersMiB,
    busy_workers_alive: busy.during.workers,
    busy_rss_worker_mean_mib: busy.during.workers ? round(busy.during.workersMiB / busy.during.workers) : null,
    busy_rss_platform_peak_mib: busy.peak.platformMiB,
    busy_rss_workers_sum_peak_mib: busy.peak.workersMiB,
    busy_workers_alive_peak: busy.peak.workers,
    gc: m.gc,
    load_avg_1m_start: loadStart,
    load_avg_1m_end: loadAverage(),
  };
  return {
    name: isolatedZoneBench.name,
    figures,
    tables: [throughputTable(t), memoryTable(m)],
    goals: [
      goal('c16_api_to_direct_ratio', round(ratio), '>=', ZONE_RATIO_GOAL),
      goal('idle_added_mib', round(idleAdded), '<=', IDLE_ADDED_GOAL_MIB),
    ],
    notes: [
      `throughput: ${clients} operators (${CLIENTS_PER_SANDBOX} principals of each sandbox's operator unit; each sandbox its own application and agreement), each a keep-alive closed-loop client (${t.plan.mode === 'thread' ? 'all on one worker thread' : 'on the server thread'}) posting ${DEV_AGGREGATE_SQL} with tier dev, each request audited and run in a sandbox worker (SHUYU_WORKERS_MAX ${t.workersMax}, the default), for ${t.plan.durationMs} ms a round; vs ${clients} connections (${CLIENTS_PER_SANDBOX} per dev file; each file opened once READ_ONLY with memory_limit ${t.memoryLimit}, threads ${t.threads}) running it back to back; ${t.plan.rounds} rounds alternate the order, after a 1 s API and 0.5 s direct warm-up. req/s = 2xx answers / the longest client's time; p50 = median of the clients' p50s, p99 = the highest client p99.`,
      'workers alive peak / processes seen: sandbox worker pids sampled every 50 ms during the API load (seen > alive means workers were stopped and started during the load).',
      `memory: one platform process holds the platform and this bench (and its HTTP client); RSS = VmRSS of /proc/self/status after a full GC (${m.gc}); worker RSS = VmRSS of /proc/<pid>/status for each pid of workers.pids(). Its own platform: SHUYU_TWIN_ROWS ${m.plan.twinRows}, ${m.plan.liveRows} live rows, SHUYU_WORKER_IDLE_MS ${m.plan.idleMs}, SHUYU_WORKERS_MAX ${m.workersMax} (so that ${BUSY_SANDBOXES} sandboxes can be busy at once; the default 8 would queue 2), SHUYU_QUERY_TIMEOUT_MS 300000.`,
      `empty = just started, no sandboxes; provisioned = ${m.plan.sandboxes} sandboxes (${IDLE_SANDBOXES} at BENCH_SCALE >= 1, ${IDLE_SANDBOXES} × scale below it, never under ${MIN_IDLE_SANDBOXES}) ready (provisioned 4 at a time, in this process), not yet queried; queried = right after the dev aggregate once on each (4 at a time, each starting a worker) and the cross-join calibration; idle = once every worker had stopped (${round(m.idleStopSeconds)} s after the last query).`,
      `busy: ${BUSY_SANDBOXES} concurrent dev queries, one per sandbox: ${busy.sql} (${busy.calibration.rowsCounted} combinations counted; ${round(busy.calibration.soloSeconds)} s alone on a warm worker). The reading (after GC) is taken 0.5 s after every one of them had a live worker; peaks sampled every 100 ms (no GC). On a machine with few cores the ${BUSY_SANDBOXES} share the CPUs, so each runs far longer than alone.`,
    ],
  };
}

function throughputTable(t: ThroughputMeasures): BenchTable {
  const row = (r: number, path: string, g: GroupLoad, workers: string | null) => [
    r, path, g.requests, round(g.throughput, 4), round(g.p50), round(g.p99), g.perSandboxRps.map((v) => Math.round(v)).join('/'),
    path.startsWith('API') ? g.non2xx : null, path.startsWith('API') ? g.errors : null, workers,
  ];
  return {
    title: `dev aggregate, ${SANDBOXES * CLIENTS_PER_SANDBOX} concurrent closed-loop clients on ${SANDBOXES} sandboxes`,
    columns: ['round', 'path', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'req/s per sandbox', 'non2xx', 'errors', 'workers peak/seen'],
    rows: t.rounds.flatMap((r) => [
      row(r.round, 'API (workers, audited)', r.api, `${r.workersPeak}/${r.workersSeen}`),
      row(r.round, 'DuckDB direct', r.direct, null),
    ]),
  };
}

function memoryTable(m: MemoryMeasures): BenchTable {
  const row = (phase: string, sandboxes: number, r: RssReading) => [phase, sandboxes, r.workers, r.platformMiB, r.workersMiB, round(r.platformMiB - m.empty.platformMiB)];
  return {
    title: 'resident memory (MiB)',
    columns: ['phase', 'sandboxes', 'workers alive', 'platform RSS', 'workers RSS sum', 'platform added'],
    rows: [
      row('empty platform', 0, m.empty),
      row('provisioned, never queried', m.plan.sandboxes, m.provisioned),
      row('each queried once', m.plan.sandboxes, m.queried),
      row('idle (workers stopped)', m.plan.sandboxes, m.idle),
      row(`${BUSY_SANDBOXES} busy (reading)`, m.plan.sandboxes, m.busy.during),
      row(`${BUSY_SANDBOXES} busy (peaks)`, m.plan.sandboxes, m.busy.peak),
    ],
  };
}

function mergeStatuses(loads: GroupLoad[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of loads) for (const [s, n] of Object.entries(l.statusCounts)) out[s] = (out[s] ?? 0) + n;
  return out;
}

function statusText(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([s, n]) => `${s}:${n}`).join(' ') : '-';
}
