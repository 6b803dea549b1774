/**
 * Peak memory of a phase: the process RSS sampled every 100 ms (the platform, DuckDB and the
 * bench all live in this process), and optionally DuckDB's own accounting of one instance,
 * `sum(memory_usage_bytes) FROM duckdb_memory()`, polled on a spare connection of it. Also the
 * process CPU time (user + system, all threads) of the phase: on a shared machine it varies
 * less than wall time, so CPU-time ratios are reported next to wall-time ratios.
 */
import os from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';

export const SAMPLE_MS = 100;
export const MiB = 1024 * 1024;

export type PeakMemory = { rssPeakMiB: number; rssStartMiB: number; duckdbPeakMiB: number | null; samples: number; cpuSeconds: number };

export class MemorySampler {
  private rssPeak: number;
  private readonly rssStart: number;
  private duckdbPeak: number | null = null;
  private samples = 0;
  private readonly timer: NodeJS.Timeout;
  private probing = false;
  private readonly cpuStart = process.cpuUsage();

  private constructor(private readonly probe: DuckDBConnection | null) {
    this.rssStart = process.memoryUsage.rss();
    this.rssPeak = this.rssStart;
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  /** Starts sampling now; `probe` is a connection of the DuckDB instance to account, if any. */
  static start(probe: DuckDBConnection | null = null): MemorySampler {
    return new MemorySampler(probe);
  }

  private sample(): void {
    this.samples += 1;
    this.rssPeak = Math.max(this.rssPeak, process.memoryUsage.rss());
    if (!this.probe || this.probing) return;
    this.probing = true;
    void duckdbMemoryBytes(this.probe)
      .then((bytes) => {
        this.duckdbPeak = Math.max(this.duckdbPeak ?? 0, bytes);
      })
      .catch(() => undefined)
      .finally(() => {
        this.probing = false;
      });
  }

  /** Stops sampling (after one last sample) and returns the peaks in MiB. */
  stop(): PeakMemory {
    clearInterval(this.timer);
    this.rssPeak = Math.max(this.rssPeak, process.memoryUsage.rss());
    return {
      rssPeakMiB: Math.round(this.rssPeak / MiB),
      rssStartMiB: Math.round(this.rssStart / MiB),
      duckdbPeakMiB: this.duckdbPeak === null ? null : Math.round(this.duckdbPeak / MiB),
      samples: this.samples,
      cpuSeconds: cpuSecondsSince(this.cpuStart),
    };
  }
}

/** The host's 1-minute load average (other jobs on a shared machine show up here). */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0] * 100) / 100;
}

/** Process CPU time (user + system, every thread) since `start`, in seconds. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** DuckDB's own memory accounting of the instance behind `db`, in bytes. */
export async function duckdbMemoryBytes(db: DuckDBConnection): Promise<number> {
  const rows = (await db.runAndReadAll('SELECT CAST(coalesce(sum(memory_usage_bytes), 0) AS DOUBLE) AS bytes FROM duckdb_memory()')).getRowObjectsJS();
  return Number(rows[0]?.bytes ?? 0);
}

/** Runs `work` under a sampler and returns its result with the peaks. */
export async function withPeakMemory<T>(work: () => Promise<T>, probe: DuckDBConnection | null = null): Promise<{ result: T; memory: PeakMemory }> {
  const sampler = MemorySampler.start(probe);
  try {
    const result = await work();
    return { result, memory: sampler.stop() };
  } catch (error) {
    sampler.stop();
    throw error;
  }
}
