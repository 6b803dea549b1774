/**
 * The sandbox workers of this platform node: at most `max` processes at once, each serving one
 * sandbox tier and one statement at a time. A statement takes an idle worker of its tier, or
 * starts one (stopping the longest-idle worker of another tier when the pool is full), or waits
 * in a bounded queue; past the queue's bound or its wait it is refused with BusyError (503 and
 * Retry-After). Idle workers stop after `idleMs`. Sealing a sandbox kills its workers at once.
 */
import fs from 'node:fs';
import type { EngineLimits } from '../engine/locked-instance';
import { OsLimits } from './os-limits';
import type { TierFiles, WorkerIdentities } from './worker-identities';
import { WorkerProcess, type StatementEnd, type StatementSink } from './worker-process';
import type { StatementRequest } from './worker-protocol';

export type Tier = 'live' | 'dev';

/** How often a statement waiting for its own tier's busy worker looks again at the pool's shares. */
const RECHECK_MS = 250;

export type PoolSettings = {
  max: number; idleMs: number; queueMax: number; queueWaitMs: number; cpuCapMs: number; memoryBytes: number;
  engine: EngineLimits;
  entry: { module: string; execArgv: string[] };
};

export class BusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('every sandbox worker is busy; try again shortly');
  }
}

export class SandboxClosedError extends Error {}

type Slot = { key: string; sandboxId: string; worker: WorkerProcess | null; starting: Promise<WorkerProcess> | null };
type Waiter = { key: string; sandboxId: string; wake: () => void; fail: (error: Error) => void; timer: NodeJS.Timeout };

export class WorkerPool {
  readonly limits: OsLimits;
  private readonly slots = new Set<Slot>();
  private readonly idle = new Map<string, Slot[]>();
  private readonly waiters: Waiter[] = [];
  private readonly closed = new Set<string>();
  private readonly reaper: NodeJS.Timeout;

  constructor(private readonly settings: PoolSettings, private readonly deps: { filesFor: (sandboxId: string, tier: Tier) => TierFiles; identities: WorkerIdentities }) {
    this.limits = new OsLimits(settings.memoryBytes);
    this.reaper = setInterval(() => this.stopIdle(), Math.max(50, Math.min(settings.idleMs, 5000)));
    this.reaper.unref();
  }

  /** What isolation and limits are in force, for the start-up log and the README. */
  describe(): string {
    return `sandbox workers: at most ${this.settings.max}; ${this.limits.describe()}; files: ${this.deps.identities.reason}`;
  }

  get size(): number {
    return this.slots.size;
  }

  /** Worker pids (tests, metrics). */
  pids(sandboxId?: string): number[] {
    return [...this.slots].filter((s) => s.worker?.alive && (!sandboxId || s.sandboxId === sandboxId)).map((s) => s.worker?.pid ?? -1);
  }

  isClosed(sandboxId: string): boolean {
    return this.closed.has(sandboxId);
  }

  /** Runs one statement on a worker of the sandbox tier. */
  async run(sandboxId: string, tier: Tier, statement: StatementRequest, deadlineMs: number, sink: StatementSink, signal?: AbortSignal): Promise<StatementEnd> {
    const slot = await this.take(sandboxId, tier);
    try {
      const worker = slot.worker as WorkerProcess;
      return await worker.run(statement, deadlineMs, sink, signal);
    } finally {
      this.giveBack(slot);
    }
  }

  /**
   * Makes sure a worker of the tier is started and idle, so that a statement's deadline counts
   * its own work, not a process start (a run's checks share one deadline).
   */
  async warm(sandboxId: string, tier: Tier): Promise<void> {
    this.giveBack(await this.take(sandboxId, tier));
  }

  /** Seals access: kills the sandbox's workers (running statements end) before files are touched. */
  async closeAll(sandboxId: string): Promise<void> {
    this.closed.add(sandboxId);
    for (const waiter of this.waiters.filter((w) => w.sandboxId === sandboxId)) this.dropWaiter(waiter, new SandboxClosedError('the sandbox is sealed'));
    const stopping: Promise<void>[] = [];
    for (const slot of [...this.slots].filter((s) => s.sandboxId === sandboxId)) {
      const worker = slot.worker ?? (await slot.starting?.catch(() => null)) ?? null;
      if (worker) {
        worker.stop('closed');
        stopping.push(worker.exitedPromise());
      }
    }
    await Promise.all(stopping);
  }

  /** Stops every worker (platform shutdown). */
  async shutdown(): Promise<void> {
    clearInterval(this.reaper);
    for (const waiter of [...this.waiters]) this.dropWaiter(waiter, new BusyError(1));
    const stopping: Promise<void>[] = [];
    for (const slot of this.slots) {
      const worker = slot.worker ?? (await slot.starting?.catch(() => null)) ?? null;
      if (worker) {
        worker.stop('closed');
        stopping.push(worker.exitedPromise());
      }
    }
    await Promise.all(stopping);
    this.limits.dispose();
  }

  private async take(sandboxId: string, tier: Tier): Promise<Slot> {
    const key = `${sandboxId}:${tier}`;
    const since = Date.now();
    for (;;) {
      if (Date.now() - since >= this.settings.queueWaitMs) throw new BusyError(retryAfter(this.settings.queueWaitMs));
      if (this.closed.has(sandboxId)) throw new SandboxClosedError('the sandbox is sealed');
      const idle = this.idle.get(key)?.pop();
      if (idle) {
        if (idle.worker?.alive) return idle;
        this.forget(idle);
        continue;
      }
      // A full pool gives up another tier's idle worker only to a tier below its fair share of the
      // pool: under steady load each tier keeps its workers instead of trading processes.
      const mayEvict = this.workersOf(key) < this.fairShare(key);
      if (this.slots.size >= this.settings.max && mayEvict) this.evictIdle(key);
      if (this.slots.size < this.settings.max) return this.start(sandboxId, tier, key);
      await this.wait(key, sandboxId, mayEvict ? undefined : RECHECK_MS);
    }
  }

  private workersOf(key: string): number {
    let n = 0;
    for (const slot of this.slots) if (slot.key === key) n += 1;
    return n;
  }

  /** The pool divided evenly among the tiers that have workers or wait for one (at least one each). */
  private fairShare(key: string): number {
    const demand = new Set([key, ...[...this.slots].map((s) => s.key), ...this.waiters.map((w) => w.key)]);
    return Math.max(1, Math.floor(this.settings.max / demand.size));
  }

  private async start(sandboxId: string, tier: Tier, key: string): Promise<Slot> {
    const slot: Slot = { key, sandboxId, worker: null, starting: null };
    this.slots.add(slot);
    const files = this.deps.filesFor(sandboxId, tier);
    let home: string | null = null;
    try {
      const identity = this.deps.identities.acquire(files);
      // Each worker spills into a directory of its own, removed when it exits (a killed DuckDB
      // leaves its temporary files behind, and they hold sandbox rows).
      home = this.deps.identities.workerHome(files, identity);
      slot.starting = WorkerProcess.start(
        { file: files.file, engine: { ...this.settings.engine, tempDirectory: home }, home, identity, name: `${sandboxId}-${tier}-${Date.now()}` },
        this.settings.entry, this.limits, this.settings.cpuCapMs,
      );
      slot.starting.catch(() => undefined);
      const worker = await slot.starting;
      const ownHome = home;
      void worker.exitedPromise().then(() => {
        fs.rmSync(ownHome, { recursive: true, force: true });
        this.deps.identities.release(key);
        this.forget(slot);
      }).catch(() => undefined);
      slot.worker = worker;
      slot.starting = null;
      if (this.closed.has(sandboxId)) {
        worker.stop('closed');
        throw new SandboxClosedError('the sandbox is sealed');
      }
      return slot;
    } catch (error) {
      if (!slot.worker) {
        if (home) fs.rmSync(home, { recursive: true, force: true });
        this.deps.identities.release(key);
        this.forget(slot);
      }
      throw error;
    }
  }

  private giveBack(slot: Slot): void {
    if (!slot.worker?.alive || this.closed.has(slot.sandboxId)) {
      slot.worker?.stop('closed');
      return;
    }
    const waiter = this.waiters.find((w) => w.key === slot.key);
    const list = this.idle.get(slot.key) ?? [];
    list.push(slot);
    this.idle.set(slot.key, list);
    if (waiter) this.dropWaiter(waiter);
    else {
      // Someone waits for a tier that has no worker at all: this idle worker makes room for it.
      const starving = this.waiters.find((w) => this.workersOf(w.key) < this.fairShare(w.key));
      if (starving) this.dropWaiter(starving);
    }
  }

  /** Waits for a worker to come free (or, with `recheckMs`, at most that long before looking again). */
  private wait(key: string, sandboxId: string, recheckMs?: number): Promise<void> {
    if (this.waiters.length >= this.settings.queueMax) throw new BusyError(retryAfter(this.settings.queueWaitMs));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        key, sandboxId, wake: resolve, fail: reject,
        timer: recheckMs === undefined
          ? setTimeout(() => this.dropWaiter(waiter, new BusyError(retryAfter(this.settings.queueWaitMs))), this.settings.queueWaitMs)
          : setTimeout(() => this.dropWaiter(waiter), recheckMs),
      };
      this.waiters.push(waiter);
    });
  }

  private dropWaiter(waiter: Waiter, error?: Error): void {
    const at = this.waiters.indexOf(waiter);
    if (at < 0) return;
    this.waiters.splice(at, 1);
    clearTimeout(waiter.timer);
    if (error) waiter.fail(error);
    else waiter.wake();
  }

  /** Stops the longest-idle worker of another tier that holds at least its fair share, to make room. */
  private evictIdle(forKey: string): void {
    let oldest: Slot | null = null;
    for (const [key, list] of this.idle) {
      if (key === forKey || this.workersOf(key) < this.fairShare(key)) continue;
      for (const slot of list) if (!oldest || (slot.worker?.lastUsed ?? 0) < (oldest.worker?.lastUsed ?? 0)) oldest = slot;
    }
    if (!oldest) return;
    this.forget(oldest);
    oldest.worker?.stop('closed');
  }

  private stopIdle(): void {
    const now = Date.now();
    for (const list of this.idle.values()) {
      for (const slot of [...list]) {
        if (now - (slot.worker?.lastUsed ?? 0) < this.settings.idleMs) continue;
        this.forget(slot);
        slot.worker?.stop('closed');
      }
    }
  }

  private forget(slot: Slot): void {
    this.slots.delete(slot);
    const list = this.idle.get(slot.key);
    if (list) {
      const at = list.indexOf(slot);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.idle.delete(slot.key);
    }
    if (this.waiters.length && this.slots.size < this.settings.max) this.dropWaiter(this.waiters[0]);
  }
}

function retryAfter(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
