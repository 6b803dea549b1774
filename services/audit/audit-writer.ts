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
 * - On start the stored chain is checked against the signed anchor. If the anchor is missing,
 *   forged, or names an entry the database no longer holds as anchored (a cut-off or rewritten
 *   tail), the anchor is frozen: it is never rewritten, so verification keeps reporting the
 *   break until someone holding the key re-anchors on purpose (`shuyu audit reanchor`), which
 *   is itself audited.
 */
import type { Clock } from '../config/clock';
import type { Logger } from '../logging/create-logger';
import type { SerialConnection, SqlRunner } from '../../sandbox/engine/serial-connection';
import { redactSecrets } from '../logging/redact-secrets';
import { ANCHOR_BREAK_ACTION, GENESIS_HASH, sealEntry, type AuditEntry, type AuditEvent } from './audit-entry';
import { entryHash, insertEntries, readHead } from './audit-store';
import type { AnchorReading, AuditAnchor, AuditHead } from './audit-anchor';

type Pending = { event: AuditEvent; resolve: (entry: AuditEntry) => void; reject: (error: unknown) => void };

export type AuditWriterObserver = { onCommit(entries: number, seconds: number): void };

export type AuditWriterDeps = {
  db: SerialConnection;
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
  private appended = false;
  private frozenReason: string | null = null;

  constructor(private readonly deps: AuditWriterDeps) {}

  async init(): Promise<void> {
    this.head = (await readHead(this.deps.db)) ?? { seq: 0, hash: GENESIS_HASH };
    const reading = this.deps.anchor.read();
    this.frozenReason = await anchorMismatch(this.deps.db, reading, this.head);
    if (!this.frozenReason) return;
    this.deps.logger.error('audit chain does not match its signed anchor; the anchor is frozen until re-anchored', { reason: this.frozenReason });
    const anchoredHash = reading.anchor?.hash ?? null;
    if (await breakAlreadyRecorded(this.deps.db, anchoredHash)) return;
    await this.append({
      actorId: null, role: 'system', action: ANCHOR_BREAK_ACTION, resource: 'audit', outcome: 'failed', requestId: 'startup',
      details: { reason: this.frozenReason, headSeqAtDetection: this.head.seq, anchoredSeq: reading.anchor?.seq ?? null, anchoredHash },
    });
  }

  /** Why the anchor is frozen, or null when the chain and its anchor agree. */
  anchorFrozenReason(): string | null {
    return this.frozenReason;
  }

  /** Deliberately anchors the current head after a detected break. Callers audit the act. */
  async reanchor(): Promise<void> {
    await this.flush();
    this.frozenReason = null;
    this.logAnchor(this.deps.anchor.write(this.head, this.deps.clock.now()), true);
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

  /** Resolves when everything appended so far is committed and anchored. */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
    await this.deps.anchor.settled();
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.appended && !this.frozenReason) this.logAnchor(this.deps.anchor.write(this.head, this.deps.clock.now()), true);
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
    this.appended = true;
    batch.forEach((pending, i) => pending.resolve(entries[i]));
    this.deps.observer?.onCommit(entries.length, Number(process.hrtime.bigint() - started) / 1e9);
    this.anchorHead();
  }

  private anchorHead(): void {
    if (this.frozenReason) return;
    try {
      const anchor = this.deps.anchor.writeSoon(this.head, this.deps.clock.now());
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

/** Null when the stored chain reaches the signed anchor with the anchored hash; else why not. */
async function anchorMismatch(db: SqlRunner, reading: AnchorReading, head: AuditHead): Promise<string | null> {
  if (!reading.signatureValid) return 'the anchor file is unreadable or its signature is invalid';
  const anchor = reading.anchor;
  if (!anchor) return head.seq > 0 ? 'the anchor file is missing' : null;
  if (head.seq < anchor.seq) return `the chain ends at ${head.seq} but was anchored at ${anchor.seq}`;
  if ((await entryHash(db, anchor.seq)) !== anchor.hash) return `entry ${anchor.seq} does not match the anchored hash`;
  return null;
}

async function breakAlreadyRecorded(db: SqlRunner, anchoredHash: string | null): Promise<boolean> {
  const row = await db.one(
    `SELECT 1 AS found FROM audit_log WHERE action = $1 AND coalesce(json_extract_string(details, '$.anchoredHash'), '') = $2 LIMIT 1`,
    [ANCHOR_BREAK_ACTION, anchoredHash ?? ''],
  );
  return row !== undefined;
}
