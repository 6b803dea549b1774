/**
 * Resident memory of the platform process and of its sandbox workers, as the kernel counts it:
 * VmRSS of /proc/self/status (the platform, and this bench with it, share one process) and of
 * /proc/<pid>/status for each pid of `WorkerPool.pids()`. A settled reading runs a full
 * garbage collection first, when one can be had: `global.gc` (node --expose-gc), or else the
 * same function exposed at run time through `v8.setFlagsFromString('--expose-gc')`.
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { residentBytes } from '../../sandbox/worker/os-limits';
import type { WorkerPool } from '../../sandbox/worker/worker-pool';
import { MiB, SAMPLE_MS } from './peak-memory';

export type RssReading = { platformMiB: number; workersMiB: number; workers: number };

type Collector = { collect: (() => void) | null; how: string };

let collector: Collector | null = null;

/** The garbage collector this process can call, found once; `how` says which (for the report). */
export function gcCollector(): Collector {
  if (collector) return collector;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return (collector = { collect: exposed, how: 'global.gc' });
  try {
    v8.setFlagsFromString('--expose-gc');
    const found = vm.runInNewContext('gc') as unknown;
    if (typeof found === 'function') return (collector = { collect: found as () => void, how: 'gc exposed at run time (v8 --expose-gc)' });
  } catch {
    // No collector: readings are taken as they are.
  }
  return (collector = { collect: null, how: 'none' });
}

/** VmRSS of this process, in bytes. */
export function selfResidentBytes(): number {
  const found = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return found ? Number(found[1]) * 1024 : Number.NaN;
}

/** The platform's RSS and the sum of its workers' RSS, now. */
export function readRss(workers: WorkerPool): RssReading {
  const pids = workers.pids();
  const workerBytes = pids.reduce((sum, pid) => sum + residentBytes(pid), 0);
  return { platformMiB: toMiB(selfResidentBytes()), workersMiB: toMiB(workerBytes), workers: pids.length };
}

/** `readRss` after two full collections (with a turn of the event loop between them). */
export async function settledRss(workers: WorkerPool): Promise<RssReading> {
  const { collect } = gcCollector();
  if (collect) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
    collect();
  }
  return readRss(workers);
}

/** Samples `readRss` every SAMPLE_MS until stopped; keeps the peak of each part. */
export class RssSampler {
  private peak: RssReading;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly workers: WorkerPool) {
    this.peak = readRss(workers);
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  private sample(): void {
    const now = readRss(this.workers);
    this.peak = {
      platformMiB: Math.max(this.peak.platformMiB, now.platformMiB),
      workersMiB: Math.max(this.peak.workersMiB, now.workersMiB),
      workers: Math.max(this.peak.workers, now.workers),
    };
  }

  stop(): RssReading {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

function toMiB(bytes: number): number {
  return Math.round((bytes / MiB) * 10) / 10;
}
