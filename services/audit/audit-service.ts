/**
 * The audit log as the rest of the platform sees it: record events, query them, verify the
 * chain against its anchor, and export it. Only `record` writes, through the one writer.
 * Without a writer (`writer: null`, read-only recovery and offline inspection) it only reads:
 * `record` does nothing and `append`/`reanchor` refuse.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { SerialConnection, SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditEvent, AuditEntry } from './audit-entry';
import { anchorMessage, type AuditAnchor } from './audit-anchor';
import type { AuditSink, StateChange } from './audit-sink';
import { findEntries, type AuditFilter } from './audit-store';
import { verifyChain, type VerifyProgress, type VerifyReport } from './audit-verifier';
import type { AuditWriter } from './audit-writer';

class NothingChanged extends Error {}

export type ExportFormat = 'csv' | 'parquet';

export type AnchorInfo = {
  profile: 'intl' | 'gm'; chainHash: 'SHA-256' | 'SM3'; signatureAlgorithm: 'HMAC-SHA256' | 'SM2-with-SM3'; publicKey: string | null;
  anchor: { seq: number; hash: string; at: string; signature: string; signedText: string } | null;
};

export class AuditService implements AuditSink {
  constructor(private readonly deps: { db: SerialConnection; writer: AuditWriter | null; anchor: AuditAnchor; enabled: boolean }) {}

  async record(event: AuditEvent): Promise<void> {
    if (this.deps.enabled && this.deps.writer) await this.deps.writer.append(event);
  }

  /** Commits `change` with the entry for `event`; without auditing (benchmarks), the change alone. */
  async recordWith(event: AuditEvent, change: StateChange): Promise<void> {
    if (this.deps.enabled) await this.writer().appendWith(event, change);
    else await this.deps.db.transaction(change);
  }

  /**
   * For compare-and-set state changes: `change` answers whether it changed anything. If it did,
   * it commits with the entry for `event`; if not, it rolls back and no entry is written.
   */
  async recordIfChanged(event: AuditEvent, change: (tx: SqlRunner) => Promise<boolean>): Promise<boolean> {
    try {
      await this.recordWith(event, async (tx) => {
        if (!(await change(tx))) throw new NothingChanged();
      });
      return true;
    } catch (error) {
      if (error instanceof NothingChanged) return false;
      throw error;
    }
  }

  /** Appends and returns the sealed entry (for callers that chain documents into the log). */
  append(event: AuditEvent): Promise<AuditEntry> {
    return this.writer().append(event);
  }

  private writer(): AuditWriter {
    if (!this.deps.writer) throw new Error('the audit log is open read-only');
    return this.deps.writer;
  }

  head() {
    return this.writer().currentHead();
  }

  /** Resolves when everything recorded so far is committed. */
  async flush(): Promise<void> {
    await this.deps.writer?.flush();
  }

  /**
   * After a detected break (see AuditWriter), anchors the current head on purpose and records
   * who did it and why, so the act itself is in the chain.
   */
  async reanchor(actor: { actorId: string | null; role: string }, reason: string): Promise<string | null> {
    const brokenBecause = this.writer().anchorFrozenReason();
    await this.append({ ...actor, action: 'audit.reanchor', resource: 'audit', outcome: 'allowed', requestId: 'cli', details: { reason, brokenBecause } });
    await this.writer().reanchor();
    return brokenBecause;
  }

  find(filter: AuditFilter): Promise<AuditEntry[]> {
    return findEntries(this.deps.db, filter);
  }

  async verify(onProgress?: VerifyProgress): Promise<VerifyReport> {
    await this.deps.writer?.flush();
    const anchor = this.deps.anchor.read();
    return verifyChain(this.deps.db, anchor, onProgress, this.deps.anchor.chainHash);
  }

  /** The anchor as written, what its signature covers, and how to verify it (under gm, with the public key alone). */
  async anchorInfo(): Promise<AnchorInfo> {
    await this.deps.writer?.flush();
    const { anchor } = this.deps.anchor.read();
    const { algorithm, publicKey } = this.deps.anchor.verification;
    return {
      profile: this.deps.anchor.chainHash === 'sm3' ? 'gm' : 'intl', chainHash: this.deps.anchor.chainHash === 'sm3' ? 'SM3' : 'SHA-256', signatureAlgorithm: algorithm, publicKey,
      anchor: anchor ? { seq: anchor.seq, hash: anchor.hash, at: anchor.at, signature: anchor.mac, signedText: anchorMessage(anchor, anchor.at) } : null,
    };
  }

  /** Writes the whole log to a temporary file in `format`; the caller streams and removes it. */
  async exportToFile(format: ExportFormat): Promise<string> {
    await this.deps.writer?.flush();
    const file = path.join(os.tmpdir(), `shuyu-audit-${crypto.randomUUID()}.${format}`);
    const options = format === 'csv' ? "FORMAT csv, HEADER true" : 'FORMAT parquet';
    const escaped = file.replace(/'/g, "''");
    await this.deps.db.run(
      `COPY (SELECT seq, occurred_at AS at, actor_id, role, action, resource, outcome, request_id, agreement_id, details, prev_hash, hash
        FROM audit_log ORDER BY seq) TO '${escaped}' (${options})`,
    );
    if (!fs.existsSync(file)) throw new Error('audit export produced no file');
    return file;
  }
}
