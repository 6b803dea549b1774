/**
 * The operating system's hard limits on a sandbox worker, which hold where DuckDB's own do
 * not (a scalar function that allocates past the memory limit, a call no interrupt stops).
 *
 * Memory: a cgroup of the worker's own under the platform's cgroup (v2 `memory.max`, or v1
 * `memory.limit_in_bytes`), where the platform may create one (it runs as root); the kernel
 * then kills the worker past the cap. Elsewhere an RSS watchdog samples the worker every 50 ms
 * and kills it past the cap. `describe()` says which one is in force.
 * CPU time is read from /proc for the CPU-time cap of each statement.
 */
import fs from 'node:fs';
import path from 'node:path';

export type MemoryEnforcement = 'cgroup-v2' | 'cgroup-v1' | 'rss-watchdog';

export const WATCHDOG_INTERVAL_MS = 50;

export class OsLimits {
  readonly enforcement: MemoryEnforcement;
  private readonly base: string | null;

  constructor(private readonly memoryBytes: number, cgroupRoot = '/sys/fs/cgroup') {
    const found = createWorkersCgroup(cgroupRoot);
    this.enforcement = found?.kind ?? 'rss-watchdog';
    this.base = found?.dir ?? null;
  }

  describe(): string {
    const mib = Math.round(this.memoryBytes / 1048576);
    return this.enforcement === 'rss-watchdog'
      ? `memory cap ${mib} MiB by an RSS watchdog (${WATCHDOG_INTERVAL_MS} ms samples; no writable cgroup here)`
      : `memory cap ${mib} MiB by ${this.enforcement} (${this.base})`;
  }

  /** Places a freshly started worker in a memory cgroup of its own; returns its directory. */
  confine(pid: number, name: string): string | null {
    if (!this.base) return null;
    const dir = path.join(this.base, name);
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (this.enforcement === 'cgroup-v2') {
        fs.writeFileSync(path.join(dir, 'memory.max'), String(this.memoryBytes));
        writeIfPresent(path.join(dir, 'memory.swap.max'), '0');
      } else {
        fs.writeFileSync(path.join(dir, 'memory.limit_in_bytes'), String(this.memoryBytes));
        writeIfPresent(path.join(dir, 'memory.memsw.limit_in_bytes'), String(this.memoryBytes));
      }
      fs.writeFileSync(path.join(dir, 'cgroup.procs'), String(pid));
      return dir;
    } catch {
      return null;
    }
  }

  /** True when the kernel killed something in the cgroup for memory. */
  oomKilled(dir: string | null): boolean {
    if (!dir) return false;
    const events = readOr(path.join(dir, this.enforcement === 'cgroup-v2' ? 'memory.events' : 'memory.oom_control'), '');
    const killed = /oom_kill (\d+)/.exec(events);
    if (killed) return Number(killed[1]) > 0;
    return Number(readOr(path.join(dir, 'memory.failcnt'), '0')) > 0;
  }

  /** Removes a worker's cgroup once the worker has exited. */
  release(dir: string | null): void {
    if (!dir) return;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      try {
        fs.rmdirSync(dir);
        return;
      } catch {
        // The kernel frees the cgroup a moment after its last process exits.
      }
    }
  }

  /** Removes the platform's workers cgroup at shutdown (its worker cgroups are gone by then). */
  dispose(): void {
    this.release(this.base);
  }

  /** True when the watchdog must enforce the cap (no cgroup). */
  get watchdog(): boolean {
    return this.base === null;
  }

  overCap(pid: number): boolean {
    return residentBytes(pid) > this.memoryBytes;
  }
}

/** Resident memory of a process, from /proc (0 when it is gone). */
export function residentBytes(pid: number): number {
  const rss = /VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`, ''));
  return rss ? Number(rss[1]) * 1024 : 0;
}

const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used, in ms, from /proc (0 when it is gone). */
export function cpuTimeMs(pid: number): number {
  const stat = readOr(`/proc/${pid}/stat`, '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : 0;
}

function createWorkersCgroup(root: string): { kind: MemoryEnforcement; dir: string } | null {
  const own = readOr('/proc/self/cgroup', '').split('\n');
  const v1 = own.find((l) => /^\d+:([^:]*,)?memory(,[^:]*)?:/.test(l));
  const v2 = own.find((l) => l.startsWith('0::'));
  const candidates: { kind: MemoryEnforcement; dir: string }[] = [];
  if (v1) candidates.push({ kind: 'cgroup-v1', dir: path.join(root, 'memory', v1.split(':')[2]) });
  if (v2 && readOr(path.join(root, 'cgroup.controllers'), '').includes('memory')) candidates.push({ kind: 'cgroup-v2', dir: path.join(root, v2.slice(3)) });
  for (const candidate of candidates) {
    const dir = path.join(candidate.dir, `shuyu-workers-${process.pid}`);
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (candidate.kind === 'cgroup-v2') writeIfPresent(path.join(dir, 'cgroup.subtree_control'), '+memory');
      const probe = path.join(dir, 'probe');
      fs.mkdirSync(probe);
      const limitFile = path.join(probe, candidate.kind === 'cgroup-v2' ? 'memory.max' : 'memory.limit_in_bytes');
      fs.writeFileSync(limitFile, String(64 * 1048576));
      fs.rmdirSync(probe);
      return { kind: candidate.kind, dir };
    } catch {
      try {
        if (fs.existsSync(path.join(dir, 'probe'))) fs.rmdirSync(path.join(dir, 'probe'));
        fs.rmdirSync(dir);
      } catch {
        // Not ours to create here: the next candidate, or the watchdog.
      }
    }
  }
  return null;
}

function writeIfPresent(file: string, value: string): void {
  if (fs.existsSync(file)) fs.writeFileSync(file, value);
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}
