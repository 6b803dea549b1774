/**
 * Watches the disk under the data directory, so a full disk becomes an answer (507) rather
 * than a crash, and the platform heals by itself when space returns.
 *
 * Contract:
 * - `assertRoom(kind, needBytes?)` (before an upload's body is read, before provisioning starts)
 *   throws InsufficientStorageError (507 `insufficient_storage`, Retry-After) while free space
 *   (less what the work says it will write) is below the reserve or a write failure is
 *   uncleared. Uploads and provisioning are refused first, so the audit log and the control
 *   store keep the reserve to record those refusals (every read is audited too).
 * - `noteFailure(error)` (the error handler, background jobs): a write that failed with ENOSPC,
 *   EDQUOT, EIO or EROFS (see isStorageFailure) turns health `degraded` at once. Anything else
 *   is ignored; it returns whether the error was a storage failure.
 * - A failure is cleared by the first check that started after it and finds free space at or
 *   above the reserve. Nothing else clears it, and nothing else is needed: writes resume by
 *   themselves. The one exception is a DuckDB database invalidated by a failed checkpoint: it
 *   stays a reason until the platform restarts, since DuckDB refuses every statement until then.
 * - The file system is asked (`statfs`) at most once per `recheckMs`, never synchronously, and
 *   concurrent callers share one call. `health()` never waits: it answers from the last reading
 *   and starts a check in the background when that reading is stale. `start()` also checks on
 *   an unref'd timer, so health recovers without traffic. No method ever rejects, except
 *   `assertRoom` with the 507.
 * - Reasons name sizes, never paths (`/healthz` is public).
 */
import fs from 'node:fs';
import { InsufficientStorageError } from '../errors/app-error';
import type { Logger } from '../logging/create-logger';
import { describeReserve, formatBytes, reserveBytes, type DiskReserve } from './disk-reserve';
import { isInvalidatedDatabase, isStorageFailure, storageFailureKind } from './is-storage-failure';

export type RoomKind = 'upload' | 'provisioning';
export type StorageHealth = { status: 'ok' | 'degraded'; reasons: string[] };
export type FsStats = { bavail: number; blocks: number; bsize: number };
export type DiskReading =
  | { ok: true; freeBytes: number; totalBytes: number; reserveBytes: number; at: number }
  | { ok: false; reason: string; at: number };

export type StorageMonitorDeps = {
  /** The data directory: every write path of the platform lives on its filesystem. */
  dir: string;
  reserve: DiskReserve;
  logger?: Logger;
  /** Defaults to `fs.promises.statfs` (looked up per call, so a test can stand in for it). */
  statfs?: (dir: string) => Promise<FsStats>;
  now?: () => number;
  /** The longest a reading is trusted (ms); default 1000. */
  recheckMs?: number;
  /** Retry-After of the 507 (s); default 60. */
  retryAfterSeconds?: number;
};

/** What a service that takes disk needs of the monitor (a fake in tests). */
export type RoomCheck = { assertRoom(kind: RoomKind, needBytes?: number): Promise<void> };
/** What a background job needs to report a failed write. */
export type StorageFailureNotes = { noteFailure(error: unknown): boolean };

type Failure = { kind: string };

export class StorageMonitor implements RoomCheck, StorageFailureNotes {
  private last: DiskReading | null = null;
  private checking: Promise<DiskReading> | null = null;
  private failure: Failure | null = null;
  private invalidated = false;
  private timer: NodeJS.Timeout | null = null;
  private wasDegraded = false;

  constructor(private readonly deps: StorageMonitorDeps) {}

  /** Reads free space now (or joins the read in progress) and applies it. Never rejects. */
  check(): Promise<DiskReading> {
    this.checking ??= this.measure().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  /**
   * Throws the 507 when an upload or provisioning must not take disk now: free space, less the
   * `needBytes` the work says it will write (an upload's Content-Length, say), is below the reserve.
   */
  async assertRoom(kind: RoomKind, needBytes = 0): Promise<void> {
    const reading = await this.fresh();
    const short = reading.ok && reading.freeBytes - needBytes < reading.reserveBytes;
    if (!short && !this.failure && !this.invalidated) return;
    const what = kind === 'upload' ? 'uploads' : 'new sandboxes';
    throw new InsufficientStorageError(`the platform is short of disk space and takes no ${what} now; try again later`, {
      retryAfterSeconds: this.deps.retryAfterSeconds ?? 60,
    });
  }

  /** Records a failed write; true when it was a storage failure (health is then degraded). */
  noteFailure(error: unknown): boolean {
    if (!isStorageFailure(error)) return false;
    this.failure = { kind: storageFailureKind(error) };
    if (isInvalidatedDatabase(error)) this.invalidated = true;
    this.transition();
    return true;
  }

  /** The platform's disk health, from what is known now; starts a check when that is stale. */
  health(): StorageHealth {
    if (this.stale()) void this.check();
    const reasons = this.reasons();
    return { status: reasons.length ? 'degraded' : 'ok', reasons };
  }

  /** The last reading, if any (for logs and tests). */
  reading(): DiskReading | null {
    return this.last;
  }

  /** Checks now and then every `recheckMs` in the background (the timer does not keep the process alive). */
  start(): Promise<DiskReading> {
    if (!this.timer) {
      this.timer = setInterval(() => void this.check(), this.recheckMs());
      this.timer.unref();
    }
    return this.check();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async fresh(): Promise<DiskReading> {
    return this.last && !this.stale() ? this.last : this.check();
  }

  private stale(): boolean {
    return !this.last || this.now() - this.last.at >= this.recheckMs();
  }

  private async measure(): Promise<DiskReading> {
    const pending = this.failure;
    const at = this.now();
    let reading: DiskReading;
    try {
      const stats = await (this.deps.statfs ?? ((dir: string) => fs.promises.statfs(dir)))(this.deps.dir);
      const totalBytes = stats.blocks * stats.bsize;
      reading = { ok: true, freeBytes: stats.bavail * stats.bsize, totalBytes, reserveBytes: reserveBytes(this.deps.reserve, totalBytes), at };
    } catch (error) {
      reading = { ok: false, reason: `free disk space could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, at };
    }
    this.last = reading;
    // Only a check that started after the failure may clear it, and only if no newer one came.
    if (pending && this.failure === pending && reading.ok && reading.freeBytes >= reading.reserveBytes) this.failure = null;
    this.transition();
    return reading;
  }

  private reasons(): string[] {
    const reasons: string[] = [];
    const r = this.last;
    if (r && !r.ok) reasons.push(r.reason);
    if (r?.ok && r.freeBytes < r.reserveBytes) {
      reasons.push(`free disk space (${formatBytes(r.freeBytes)}) is below the reserve (${formatBytes(r.reserveBytes)}): uploads and provisioning are refused`);
    }
    if (this.failure) reasons.push(`a write failed (${this.failure.kind}); writes resume when a check finds free space above the reserve`);
    if (this.invalidated) reasons.push('the control store was invalidated by a failed write (DuckDB); restart the platform once space is free');
    return reasons;
  }

  private transition(): void {
    const reasons = this.reasons();
    const degraded = reasons.length > 0;
    if (degraded === this.wasDegraded) return;
    this.wasDegraded = degraded;
    try {
      if (degraded) this.deps.logger?.warn('storage degraded', { reasons, reserve: describeReserve(this.deps.reserve) });
      else this.deps.logger?.info('storage healthy again: writes resume');
    } catch {
      // The operations log may sit on the same full disk; the state above is what matters.
    }
  }

  private recheckMs(): number {
    return this.deps.recheckMs ?? 1000;
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
