/**
 * Resident memory of a platform whose operator SQL runs in sandbox workers: (a) just started,
 * no sandboxes; (b) with many small sandboxes provisioned, each queried once (so a worker was
 * started for it) and then left idle until every worker stopped; (c) with a few sandboxes
 * busy at once, each running a long cross-join count (calibrated to about `busyTargetMs` when it
 * runs alone): the platform's RSS and the sum of its workers' RSS.
 */
import { startBenchPlatform, type BenchPlatform } from './bench-platform';
import { provisionZone, type ZoneSandbox } from './isolated-zone-world';
import { gcCollector, readRss, RssSampler, settledRss, type RssReading } from './isolated-zone-rss';
import { DEV_AGGREGATE_SQL } from './workspace-setup';

export type MemoryPlan = { sandboxes: number; busy: number; liveRows: number; twinRows: number; idleMs: number; busyTargetMs: number };

export type Calibration = { factor: number; rowsCounted: number; soloSeconds: number };

export type BusyMeasure = {
  sql: string;
  calibration: Calibration;
  /** Settled reading taken once every busy query had a worker (or at the end, if that never happened). */
  during: RssReading;
  allBusyAtReading: boolean;
  peak: RssReading;
  seconds: number;
  latenciesS: number[];
  statuses: Record<string, number>;
};

export type MemoryMeasures = {
  plan: MemoryPlan;
  gc: string;
  workersMax: number;
  empty: RssReading;
  provisioned: RssReading;
  queried: RssReading;
  idle: RssReading;
  uploadSeconds: number;
  provisionSeconds: number;
  firstQuerySeconds: number;
  firstQueryStatuses: Record<string, number>;
  idleStopSeconds: number;
  busy: BusyMeasure;
};

/** count(*) of residents × residents × `factor` rows of another residents × residents. */
export function crossJoinSql(factor: number): string {
  return `SELECT count(*) AS n FROM residents a, residents b, (SELECT 1 AS one FROM residents c, residents d LIMIT ${factor}) e`;
}

export async function measureMemory(plan: MemoryPlan): Promise<MemoryMeasures> {
  const gc = gcCollector().how;
  const bp = await startBenchPlatform('isolated-zone-memory', {
    SHUYU_TWIN_ROWS: String(plan.twinRows),
    SHUYU_WORKER_IDLE_MS: String(plan.idleMs),
    SHUYU_WORKERS_MAX: String(plan.busy),
    SHUYU_QUERY_TIMEOUT_MS: '300000',
  });
  try {
    const { workers } = bp.platform;
    const empty = await settledRss(workers);
    const world = await provisionZone(bp, { sandboxes: plan.sandboxes, liveRows: plan.liveRows, operatorsPerSandbox: 1, parallel: 4 });
    await bp.platform.provisioner.idle();
    const provisioned = await settledRss(workers);

    const first = await queryEachOnce(bp, world.sandboxes);
    const calibration = await calibrate(bp, world.sandboxes[0], plan.twinRows, plan.busyTargetMs);
    const queried = await settledRss(workers);
    const stopWaitStarted = performance.now();
    await waitForNoWorkers(bp, plan.idleMs * 3 + 15_000);
    const idleStopSeconds = (performance.now() - stopWaitStarted) / 1000;
    const idle = await settledRss(workers);

    const busy = await measureBusy(bp, world.sandboxes.slice(0, plan.busy), calibration);
    return {
      plan, gc, workersMax: bp.platform.config.workers.max, empty, provisioned, queried, idle,
      uploadSeconds: world.uploadSeconds, provisionSeconds: world.provisionSeconds,
      firstQuerySeconds: first.seconds, firstQueryStatuses: first.statuses, idleStopSeconds, busy,
    };
  } finally {
    await bp.stop();
  }
}

async function devQuery(bp: BenchPlatform, sandbox: ZoneSandbox, sql: string): Promise<{ status: number; seconds: number }> {
  const started = performance.now();
  const answer = await bp.call('POST', `/sandboxes/${sandbox.sandboxId}/query`, sandbox.operators[0].token, { sql, tier: 'dev' });
  return { status: answer.status, seconds: (performance.now() - started) / 1000 };
}

/** The dev aggregate once on every sandbox, four at a time: each starts a worker of its own. */
async function queryEachOnce(bp: BenchPlatform, sandboxes: ZoneSandbox[]): Promise<{ seconds: number; statuses: Record<string, number> }> {
  const statuses: Record<string, number> = {};
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < sandboxes.length) {
      const sandbox = sandboxes[next];
      next += 1;
      const { status } = await devQuery(bp, sandbox, DEV_AGGREGATE_SQL);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  return { seconds: (performance.now() - started) / 1000, statuses };
}

/** Finds the cross-join factor that runs about `targetMs` alone, over the API, on a warm worker. */
async function calibrate(bp: BenchPlatform, sandbox: ZoneSandbox, twinRows: number, targetMs: number): Promise<Calibration> {
  const maxFactor = twinRows * twinRows;
  const timed = async (factor: number) => {
    const { status, seconds } = await devQuery(bp, sandbox, crossJoinSql(factor));
    if (status !== 200) throw new Error(`the cross-join count answered ${status}`);
    return seconds;
  };
  await timed(10);
  let factor = Math.min(maxFactor, 200);
  let seconds = await timed(factor);
  for (let step = 0; step < 4 && Math.abs(seconds * 1000 - targetMs) > targetMs * 0.2; step += 1) {
    factor = Math.max(1, Math.min(maxFactor, Math.round((factor * targetMs) / Math.max(1, seconds * 1000))));
    seconds = await timed(factor);
    if (factor === maxFactor) break;
  }
  return { factor, rowsCounted: twinRows * twinRows * factor, soloSeconds: seconds };
}

async function waitForNoWorkers(bp: BenchPlatform, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (bp.platform.workers.size > 0 || bp.platform.workers.pids().length > 0) {
    if (performance.now() > deadline) throw new Error(`${bp.platform.workers.size} sandbox workers were still running ${timeoutMs} ms after the last query`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One cross-join count on each sandbox, all at once; memory read while they run. */
async function measureBusy(bp: BenchPlatform, sandboxes: ZoneSandbox[], calibration: Calibration): Promise<BusyMeasure> {
  const { workers } = bp.platform;
  const sql = crossJoinSql(calibration.factor);
  const sampler = new RssSampler(workers);
  const started = performance.now();
  let finished = 0;
  const runs = sandboxes.map((s) => devQuery(bp, s, sql).finally(() => { finished += 1; }));
  while (workers.pids().length < sandboxes.length && finished === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  if (finished === 0) await new Promise((resolve) => setTimeout(resolve, 500));
  const allBusyAtReading = finished === 0 && workers.pids().length >= sandboxes.length;
  const during = await settledRss(workers);
  const answers = await Promise.all(runs);
  const seconds = (performance.now() - started) / 1000;
  const peak = sampler.stop();
  const statuses: Record<string, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  return { sql, calibration, during, allBusyAtReading, peak, seconds, latenciesS: answers.map((a) => a.seconds), statuses };
}
