/**
 * The single writer of the audit chain, with group commit.
 *
 * Contract:
 * - `append()` resolves only after its entry is committed to the control store *and* covered by
 *   a durable anchor line (see AuditAnchor), so a caller that awaits it before responding never
 *   answers for an unrecorded request, and no acknowledged entry can be cut off unnoticed. The
 *   window that remains: entries of a commit whose anchor line was not yet fsync'd when the
 *   process died. None of them was acknowledged.
 * - Entries are chained in the order `append()` was called. One loop drains the queue, so
 *   concurrent requests can never fork the chain.
 * - All entries waiting when a commit starts go into that one commit (up to `maxBatch`).
 * - `appendWith(event, change)` commits a state change in the same transaction as its entry.
 *   A commit holds at most one change, last, so that a change that fails (its transaction rolls
 *   back) rejects only its own entry; the entries before it are committed again without it.
 * - If a commit fails, every entry in it is rejected and the head does not move. If its anchor
 *   line cannot be written (a full disk), the entries stay in the chain but are rejected too:
 *   their requests answer with an error rather than an acknowledgement the anchor does not cover.
 * - On start (`init`) the stored chain is checked against the signed anchor. If the anchor is missing,
 *   forged, or names an entry the database no longer holds as anchored (a cut-off or rewritten
 *   tail), the anchor is frozen: it is never rewritten, so verification keeps reporting the
 *   break until someone holding the key re-anchors on purpose (`shuyu audit reanchor`), which
 *   is itself audited. With `recordBreak` the break is recorded as an `audit.anchor_break`
 *   entry. The platform refuses to start on a break (see composition-root.ts), so in practice
 *   the break is recorded by `shuyu audit reanchor`, just before it re-anchors; readers
 *   (`audit verify`, `doctor`, read-only recovery) build no writer and never write.
 */
import type { Clock } from '../config/clock';
import type { Logger } from '../logging/create-logger';
import type { SerialConnection, SqlRunner } from '../../sandbox/engine/serial-connection';
import { redactSecrets } from '../logging/redact-secrets';
import { ANCHOR_BREAK_ACTION, GENESIS_HASH, sealEntry, type AuditEntry, type AuditEvent } from './audit-entry';
import { entryHash, insertEntries, readHead } from './audit-store';
import type { AnchorReading, AuditAnchor, AuditHead } from './audit-anchor';
import type { StateChange } from './audit-sink';
import { pausePoint } from '../faults/pause-point';

type Pending = { event: AuditEvent; change?: StateChange; resolve: (entry: AuditEntry) => void; reject: (error: unknown) => void };

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
  private anchoring: Promise<void> | null = null;
  private unanchored: { batch: Pending[]; entries: AuditEntry[]; started: bigint }[] = [];
  private lastAnchorLog = 0;
  private closed = false;
  private frozenReason: string | null = null;

  constructor(private readonly deps: AuditWriterDeps) {}

  async init(options: { recordBreak: boolean } = { recordBreak: true }): Promise<void> {
    this.head = (await readHead(this.deps.db)) ?? { seq: 0, hash: GENESIS_HASH };
    const reading = this.deps.anchor.read();
    this.frozenReason = await anchorMismatch(this.deps.db, reading, this.head);
    if (!this.frozenReason || !options.recordBreak) return;
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
    this.logAnchor(await this.deps.anchor.write(this.head, this.deps.clock.now()), true);
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

  /** Appends `event` in the same transaction as `change`: both commit, or neither. */
  appendWith(event: AuditEvent, change: StateChange): Promise<AuditEntry> {
    if (this.closed) return Promise.reject(new Error('audit writer is closed'));
    return new Promise<AuditEntry>((resolve, reject) => {
      this.queue.push({ event, change, resolve, reject });
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
    while (this.draining || this.anchoring) {
      await this.draining;
      await this.anchoring;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.deps.anchor.close();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const withChange = this.queue.findIndex((p) => p.change !== undefined);
      const size = withChange >= 0 ? Math.min(withChange + 1, this.deps.maxBatch) : this.deps.maxBatch;
      const batch = this.queue.splice(0, size);
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
      }, this.deps.anchor.chainHash);
      previous = { seq: entry.seq, hash: entry.hash };
      return entry;
    });
    const change = batch.at(-1)?.change;
    try {
      if (change) {
        await this.deps.db.transaction(async (tx) => {
          await change(tx);
          await insertEntries(tx, entries);
        });
      } else {
        await insertEntries(this.deps.db, entries);
      }
    } catch (error) {
      if (change && batch.length > 1) {
        // Only the change's own entry fails; the ones before it go again, in order, without it.
        (batch.pop() as Pending).reject(error);
        this.queue.unshift(...batch);
        return;
      }
      if (!change) this.deps.logger.error('audit commit failed', { entries: batch.length, error: String(error) });
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.head = previous;
    this.unanchored.push({ batch, entries, started });
    this.kickAnchor();
  }

  /**
   * Anchors committed groups while the next group commits: one anchor write covers every group
   * committed before it started, and only then are those groups' entries acknowledged.
   */
  private kickAnchor(): void {
    if (this.anchoring) return;
    this.anchoring = this.anchorCommitted().finally(() => {
      this.anchoring = null;
      if (this.unanchored.length > 0) this.kickAnchor();
    });
  }

  private async anchorCommitted(): Promise<void> {
    while (this.unanchored.length > 0) {
      const groups = this.unanchored.splice(0);
      try {
        await pausePoint('audit.committed');
        await this.anchorHead();
      } catch (error) {
        const entries = groups.reduce((n, g) => n + g.batch.length, 0);
        this.deps.logger.error('audit anchor write failed; the committed entries are not acknowledged', { entries, error: String(error) });
        for (const group of groups) for (const pending of group.batch) pending.reject(error);
        continue;
      }
      for (const { batch, entries, started } of groups) {
        batch.forEach((pending, i) => pending.resolve(entries[i]));
        this.deps.observer?.onCommit(entries.length, Number(process.hrtime.bigint() - started) / 1e9);
      }
    }
  }

  private async anchorHead(): Promise<void> {
    if (this.frozenReason) return;
    this.logAnchor(await this.deps.anchor.write(this.head, this.deps.clock.now()), false);
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
