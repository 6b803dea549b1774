/**
 * The single writer of the audit chain, with group commit.
 *
 * Contract:
 * - `append()` resolves only after its entry is committed to the control store, so a caller
 *   that awaits it before responding never answers for an unrecorded request.
 * - Entries are chained in the order `append()` was called. One loop drains the queue, so
 *   concurrent requests can never fork the chain.
 * - All entries waiting when a commit starts go into that one commit (up to `maxBatch`).
 * - If a commit fails, every entry in it is rejected and the head does not move.
 * - After each commit the head is anchored outside the database (see AuditAnchor).
 */
import type { Clock } from '../config/clock';
import type { Logger } from '../logging/create-logger';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { redactSecrets } from '../logging/redact-secrets';
import { GENESIS_HASH, sealEntry, type AuditEntry, type AuditEvent } from './audit-entry';
import type { AuditAnchor, AuditHead } from './audit-anchor';
import { insertEntries, readHead } from './audit-store';

type Pending = { event: AuditEvent; resolve: (entry: AuditEntry) => void; reject: (error: unknown) => void };

export type AuditWriterObserver = { onCommit(entries: number, seconds: number): void };

export type AuditWriterDeps = {
  db: SqlRunner;
  anchor: AuditAnchor;
  clock: Clock;
  logger: Logger;
  maxBatch: number;
  anchorLogIntervalMs: number;
  observer?: AuditWriterObserver;
};

export class AuditWriter {
  private head: AuditHead = { seq: 0, hash: GENESIS_HASH };
  private queue: Pending[] = [];
  private draining: Promise<void> | null = null;
  private lastAnchorLog = 0;
  private closed = false;

  constructor(private readonly deps: AuditWriterDeps) {}

  async init(): Promise<void> {
    this.head = (await readHead(this.deps.db)) ?? { seq: 0, hash: GENESIS_HASH };
  }

  currentHead(): AuditHead {
    return { ...this.head };
  }

  append(event: AuditEvent): Promise<AuditEntry> {
    if (this.closed) return Promise.reject(new Error('audit writer is closed'));
    return new Promise<AuditEntry>((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  /** Resolves when everything appended so far is committed. */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.head.seq > 0) this.logAnchor(this.deps.anchor.write(this.head, this.deps.clock.now()), true);
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.deps.maxBatch);
      await this.commit(batch);
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    const started = process.hrtime.bigint();
    const at = this.deps.clock.now().toISOString();
    let previous = this.head;
    const entries = batch.map(({ event }) => {
      const entry = sealEntry({
        seq: previous.seq + 1,
        at,
        actorId: event.actorId,
        role: event.role,
        action: event.action,
        resource: event.resource,
        outcome: event.outcome,
        requestId: event.requestId,
        agreementId: event.agreementId ?? null,
        details: redactSecrets(event.details ?? {}) as Record<string, unknown>,
        prevHash: previous.hash,
      });
      previous = { seq: entry.seq, hash: entry.hash };
      return entry;
    });
    try {
      await insertEntries(this.deps.db, entries);
    } catch (error) {
      this.deps.logger.error('audit commit failed', { entries: batch.length, error: String(error) });
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.head = previous;
    batch.forEach((pending, i) => pending.resolve(entries[i]));
    this.deps.observer?.onCommit(entries.length, Number(process.hrtime.bigint() - started) / 1e9);
    this.anchorHead();
  }

  private anchorHead(): void {
    try {
      const anchor = this.deps.anchor.write(this.head, this.deps.clock.now());
      this.logAnchor(anchor, false);
    } catch (error) {
      this.deps.logger.error('audit anchor write failed', { error: String(error) });
    }
  }

  private logAnchor(anchor: { seq: number; hash: string; at: string; mac: string }, force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastAnchorLog < this.deps.anchorLogIntervalMs) return;
    this.lastAnchorLog = now;
    this.deps.logger.info('audit anchor', { auditHeadSeq: anchor.seq, auditHeadHash: anchor.hash, anchoredAt: anchor.at, anchorSignature: anchor.mac });
  }
}
