/**
 * Dev-aggregate throughput of several operators on several sandboxes at once: every operator is
 * a keep-alive closed-loop HTTP client posting the aggregate to its sandbox (so the statements
 * run in sandbox workers), against as many DuckDB connections running the same SQL back to
 * back on the same dev files, each file opened once READ_ONLY with the sandbox's limits.
 * Rounds alternate which side goes first.
 */
import type { WorkerPool } from '../../sandbox/worker/worker-pool';
import { median, type LatencySummary } from './bench-report';
import { startBenchPlatform, expectStatus, API } from './bench-platform';
import { closedLoop, directQuery, openDirect, type ClosedLoad, type DirectDatabase } from './direct-duckdb';
import type { LoadOptions, LoadResult } from './http-load';
import type { ClientMode } from './http-load-thread';
import { runLoads } from './isolated-zone-load';
import { provisionZone, type ZoneSandbox } from './isolated-zone-world';
import { DEV_AGGREGATE_SQL } from './workspace-setup';

export type ThroughputPlan = {
  sandboxes: number; clientsPerSandbox: number; liveRows: number; twinRows: number; durationMs: number; rounds: number; mode: ClientMode;
};

/** Many clients taken together: req/s = answers (2xx for HTTP) / the longest client's time. */
export type GroupLoad = {
  requests: number; ok: number; non2xx: number; errors: number; seconds: number; throughput: number;
  /** The median of the clients' p50s, and the highest client p99. */
  p50: number; p99: number;
  perSandboxRps: number[];
  statusCounts: Record<string, number>;
};

export type ZoneRound = { round: number; api: GroupLoad; direct: GroupLoad; workersSeen: number; workersPeak: number };

export type ThroughputMeasures = {
  plan: ThroughputPlan;
  workersMax: number;
  memoryLimit: string;
  threads: number;
  uploadSeconds: number;
  provisionSeconds: number;
  warmUp: GroupLoad;
  rounds: ZoneRound[];
};

export async function measureZoneThroughput(plan: ThroughputPlan): Promise<ThroughputMeasures> {
  const bp = await startBenchPlatform('isolated-zone-throughput', { SHUYU_TWIN_ROWS: String(plan.twinRows) });
  const directs: DirectDatabase[] = [];
  try {
    const world = await provisionZone(bp, { sandboxes: plan.sandboxes, liveRows: plan.liveRows, operatorsPerSandbox: plan.clientsPerSandbox, parallel: 2 });
    const { memoryLimit, threads } = bp.platform.config.sandbox;
    for (const s of world.sandboxes) {
      expectStatus(await bp.call('POST', `/sandboxes/${s.sandboxId}/query`, s.operators[0].token, { sql: DEV_AGGREGATE_SQL, tier: 'dev' }), 200, 'dev aggregate');
      directs.push(await openDirect(s.devFile, { memoryLimit, threads }));
    }
    const loads = (durationMs: number) => apiLoads(bp.port, world.sandboxes, durationMs);
    const api = async (durationMs: number) => groupHttp(await runLoads(loads(durationMs), plan.mode), plan.clientsPerSandbox);
    const direct = async (durationMs: number) => groupDirect(await directLoads(directs, plan.clientsPerSandbox, durationMs), plan.clientsPerSandbox);
    const warmUp = await api(1000);
    await direct(500);
    const rounds: ZoneRound[] = [];
    for (let round = 1; round <= plan.rounds; round += 1) {
      const reversed = round % 2 === 0;
      const first = reversed ? await direct(plan.durationMs) : null;
      const watch = new PidWatch(bp.platform.workers);
      const apiLoad = await api(plan.durationMs);
      const seen = watch.stop();
      rounds.push({ round, api: apiLoad, direct: first ?? (await direct(plan.durationMs)), workersSeen: seen.distinct, workersPeak: seen.peak });
    }
    return {
      plan, workersMax: bp.platform.config.workers.max, memoryLimit, threads,
      uploadSeconds: world.uploadSeconds, provisionSeconds: world.provisionSeconds, warmUp, rounds,
    };
  } finally {
    for (const d of directs) d.close();
    await bp.stop();
  }
}

/** One closed-loop client per operator: concurrency 1, its own token, its own sandbox's path. */
function apiLoads(port: number, sandboxes: ZoneSandbox[], durationMs: number): LoadOptions[] {
  const body = JSON.stringify({ sql: DEV_AGGREGATE_SQL, tier: 'dev' });
  return sandboxes.flatMap((s) => s.operators.map((operator) => ({
    port, path: `${API}/sandboxes/${s.sandboxId}/query`, method: 'POST' as const,
    headers: { authorization: `Bearer ${operator.token}`, 'content-type': 'application/json', accept: 'application/json' },
    body, concurrency: 1, durationMs, requests: 200_000, timeoutMs: 60_000,
  })));
}

/** `perFile` connections on each direct instance, each its own closed loop, all at once. */
async function directLoads(directs: DirectDatabase[], perFile: number, durationMs: number): Promise<ClosedLoad[]> {
  const loops: Promise<ClosedLoad>[] = [];
  for (const d of directs) {
    for (let k = 0; k < perFile; k += 1) {
      loops.push((async () => {
        const connection = await d.instance.connect();
        try {
          return await closedLoop([() => directQuery(connection, DEV_AGGREGATE_SQL)], durationMs, 200_000);
        } finally {
          connection.closeSync();
        }
      })());
    }
  }
  return Promise.all(loops);
}

function groupHttp(results: LoadResult[], perSandbox: number): GroupLoad {
  const statusCounts: Record<string, number> = {};
  for (const r of results) for (const [status, n] of Object.entries(r.statusCounts)) statusCounts[status] = (statusCounts[status] ?? 0) + n;
  const sum = (f: (r: LoadResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    requests: sum((r) => r.requests), ok: sum((r) => r.ok), non2xx: sum((r) => r.non2xx), errors: sum((r) => r.errors),
    ...together(results.map((r) => ({ answers: r.ok, seconds: r.seconds, latencyMs: r.latencyMs })), perSandbox),
    statusCounts,
  };
}

function groupDirect(results: ClosedLoad[], perSandbox: number): GroupLoad {
  const requests = results.reduce((n, r) => n + r.requests, 0);
  return {
    requests, ok: requests, non2xx: 0, errors: 0,
    ...together(results.map((r) => ({ answers: r.requests, seconds: r.seconds, latencyMs: r.latencyMs })), perSandbox),
    statusCounts: {},
  };
}

type Client = { answers: number; seconds: number; latencyMs: LatencySummary };

function together(clients: Client[], perSandbox: number): Pick<GroupLoad, 'seconds' | 'throughput' | 'p50' | 'p99' | 'perSandboxRps'> {
  const rate = (list: Client[]) => list.reduce((n, c) => n + c.answers, 0) / Math.max(...list.map((c) => c.seconds));
  const perSandboxRps: number[] = [];
  for (let i = 0; i < clients.length; i += perSandbox) perSandboxRps.push(rate(clients.slice(i, i + perSandbox)));
  return {
    seconds: Math.max(...clients.map((c) => c.seconds)),
    throughput: rate(clients),
    p50: median(clients.map((c) => c.latencyMs.p50)),
    p99: Math.max(...clients.map((c) => c.latencyMs.p99)),
    perSandboxRps,
  };
}

/** Worker processes seen while a load runs: how many distinct pids, and the most alive at once. */
class PidWatch {
  private readonly seen = new Set<number>();
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly workers: WorkerPool) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
  }

  private sample(): void {
    const pids = this.workers.pids();
    for (const pid of pids) this.seen.add(pid);
    this.peak = Math.max(this.peak, pids.length);
  }

  stop(): { distinct: number; peak: number } {
    clearInterval(this.timer);
    this.sample();
    return { distinct: this.seen.size, peak: this.peak };
  }
}
