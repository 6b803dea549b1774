/**
 * Audited-request throughput. Two real servers in this process, each on its own data
 * directory: one appends an audit entry per request (SHUYU_AUDIT_ENABLED=true), the other
 * does not (false: `AuditService.record` does nothing). Both serve authenticated
 * `GET /api/v1/me` to 32 closed-loop clients in alternating rounds; the figure is the ratio
 * of their median throughputs (goal >= 0.7). A third server audits under the 国密 profile (SM3
 * chain, SM2-signed anchor), with its own ratio to the same unaudited server (goal >= 0.7 too).
 * Then the caller-side latency of
 * `audit.record` at concurrency 1 and 32, and the writer's commit figures.
 */
import { round, goal, median, type BenchContext, type BenchReport, type BenchSection, type BenchTable } from './bench-report';
import { startBenchServer, stopAll, type BenchServer } from './bench-server';
import { clientModeFrom } from './http-load-thread';
import { checkServerAnswers, runAlternatingRounds, warmUp, ME_PATH, type RoundPlan, type RoundResult } from './audit-http-rounds';
import { measureAppendLatency, type AppendLatencyResult } from './audit-append-latency';
import { averageGroupSize, meanCommitMs, readAuditCommitStats, type AuditCommitStats } from './audit-commit-stats';

export const RATIO_GOAL = 0.7;
const CONCURRENCY = 32;

export const auditThroughputBench: BenchSection = {
  name: 'audit-throughput',
  description: `audited vs unaudited GET ${ME_PATH} throughput, and audit append latency`,
  run: runAuditThroughputBench,
};

async function runAuditThroughputBench(context: BenchContext): Promise<BenchReport> {
  const plan: RoundPlan = {
    rounds: 5,
    concurrency: CONCURRENCY,
    durationMs: Math.round(2500 * context.scale),
    maxRequests: Math.round(200_000 * context.scale),
    mode: clientModeFrom(process.env.BENCH_HTTP_CLIENT),
  };
  const servers: BenchServer[] = [];
  try {
    servers.push(await startBenchServer('audited', { SHUYU_AUDIT_ENABLED: 'true' }));
    servers.push(await startBenchServer('unaudited', { SHUYU_AUDIT_ENABLED: 'false' }));
    servers.push(await startBenchServer('audited-gm', { SHUYU_AUDIT_ENABLED: 'true', SHUYU_CRYPTO_PROFILE: 'gm' }));
    const [audited] = servers;
    for (const server of servers) await checkServerAnswers(server, plan.mode);
    await warmUp(servers, plan, Math.round(2000 * context.scale));
    const rounds = await runAlternatingRounds(servers, plan);

    const record = audited.running.platform.audit;
    const registry = audited.running.platform.metrics.registry;
    await measureAppendLatency(record, registry, { concurrency: CONCURRENCY, calls: 500, label: 'warm' });
    const appendC1 = await measureAppendLatency(record, registry, { concurrency: 1, calls: Math.round(500 * context.scale), label: 'c1' });
    const appendC32 = await measureAppendLatency(record, registry, { concurrency: CONCURRENCY, calls: Math.round(5000 * context.scale), label: 'c32' });
    const totals = await readAuditCommitStats(registry);
    return buildReport(plan, rounds, [appendC1, appendC32], totals);
  } finally {
    await stopAll(servers);
  }
}

function buildReport(plan: RoundPlan, rounds: RoundResult[], appends: AppendLatencyResult[], totals: AuditCommitStats): BenchReport {
  const medianOf = (label: string) => median(rounds.filter((r) => r.server === label).map((r) => r.load.throughput));
  const audited = medianOf('audited');
  const unaudited = medianOf('unaudited');
  const auditedGm = medianOf('audited-gm');
  const ratio = audited / unaudited;
  const paired = pairedRatios(rounds);
  const auditedCommits = sumStats(rounds.filter((r) => r.server === 'audited').map((r) => r.commits));
  const unauditedEntries = sumStats(rounds.filter((r) => r.server === 'unaudited').map((r) => r.commits)).entries;
  const failures = rounds.reduce((n, r) => n + r.load.non2xx + r.load.errors, 0);
  const [c1, c32] = appends;

  const figures = {
    client: plan.mode,
    http_audited_rps_median: round(audited, 4),
    http_unaudited_rps_median: round(unaudited, 4),
    audited_to_unaudited_ratio: round(ratio, 3),
    http_audited_gm_rps_median: round(auditedGm, 4),
    gm_audited_to_unaudited_ratio: round(auditedGm / unaudited, 3),
    paired_round_ratio_min: round(Math.min(...paired), 3),
    paired_round_ratio_max: round(Math.max(...paired), 3),
    http_non2xx_or_errors: failures,
    http_audited_avg_group_size: round(averageGroupSize(auditedCommits), 3),
    http_unaudited_entries_committed: unauditedEntries,
    append_c1_p50_ms: round(c1.latencyMs.p50, 3),
    append_c1_p99_ms: round(c1.latencyMs.p99, 3),
    append_c32_p50_ms: round(c32.latencyMs.p50, 3),
    append_c32_p99_ms: round(c32.latencyMs.p99, 3),
    append_c32_avg_group_size: round(averageGroupSize(c32.commits), 3),
    commit_histogram_count: totals.commits,
    commit_histogram_sum_s: round(totals.commitSeconds, 4),
    commit_mean_ms: round(meanCommitMs(totals), 3),
    entries_committed_total: totals.entries,
    avg_group_size_total: round(averageGroupSize(totals), 3),
  };
  const notes = [
    `${plan.rounds} rounds per server, ${plan.concurrency} keep-alive clients, ${plan.durationMs} ms per round; client on ${plan.mode === 'thread' ? 'a worker thread' : 'the server thread'}.`,
    'append latency is caller-side: from audit.record() to its promise resolving, including the wait for the group commit.',
    'commit histogram: one observation per group commit (entries committed together share it); totals cover the whole run of the audited server.',
  ];
  if (failures > 0) notes.push(`${failures} HTTP requests failed or answered non-2xx; throughput counts 2xx only.`);
  if (unauditedEntries > 0) notes.push(`the unaudited server committed ${unauditedEntries} audit entries during its rounds (expected 0).`);
  return {
    name: auditThroughputBench.name,
    figures,
    tables: [roundsTable(rounds), appendTable(appends)],
    goals: [goal('audited_to_unaudited_ratio', round(ratio, 3), '>=', RATIO_GOAL), goal('gm_audited_to_unaudited_ratio', round(auditedGm / unaudited, 3), '>=', RATIO_GOAL)],
    notes,
  };
}

function roundsTable(rounds: RoundResult[]): BenchTable {
  return {
    title: `GET ${ME_PATH}, closed loop, ${CONCURRENCY} clients`,
    columns: ['round', 'server', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non2xx', 'errors', 'entries', 'commits', 'avg group', 'commit ms'],
    rows: rounds.map((r) => [
      r.round, r.server, r.load.requests, round(r.load.throughput, 4), round(r.load.latencyMs.p50), round(r.load.latencyMs.p99),
      r.load.non2xx, r.load.errors, r.commits.entries, r.commits.commits, round(averageGroupSize(r.commits)), round(meanCommitMs(r.commits)),
    ]),
  };
}

function appendTable(appends: AppendLatencyResult[]): BenchTable {
  return {
    title: 'audit.record() latency as seen by callers (audited server, idle HTTP)',
    columns: ['concurrency', 'calls', 'calls/s', 'p50 ms', 'p99 ms', 'max ms', 'commits', 'avg group', 'commit ms'],
    rows: appends.map((a) => [
      a.concurrency, a.calls, round(a.callsPerSecond, 4), round(a.latencyMs.p50), round(a.latencyMs.p99), round(a.latencyMs.max),
      a.commits.commits, round(averageGroupSize(a.commits)), round(meanCommitMs(a.commits)),
    ]),
  };
}

/** audited/unaudited throughput within each round (the two ran back to back). */
function pairedRatios(rounds: RoundResult[]): number[] {
  const ratios: number[] = [];
  for (const n of new Set(rounds.map((r) => r.round))) {
    const a = rounds.find((r) => r.round === n && r.server === 'audited');
    const u = rounds.find((r) => r.round === n && r.server === 'unaudited');
    if (a && u) ratios.push(a.load.throughput / u.load.throughput);
  }
  return ratios;
}

function sumStats(list: AuditCommitStats[]): AuditCommitStats {
  return list.reduce(
    (sum, s) => ({ commits: sum.commits + s.commits, commitSeconds: sum.commitSeconds + s.commitSeconds, entries: sum.entries + s.entries }),
    { commits: 0, commitSeconds: 0, entries: 0 },
  );
}
