/**
 * The end of an agreement: expire → seal → destroy, with a certificate.
 *
 * Contract (each step idempotent, cleanup at least once, certificate exactly once):
 * - `expireDue` moves active or suspended agreements past `endsAt` to expired.
 * - `seal` moves an expired or terminated agreement and its sandbox to sealed in one
 *   transaction; from then on every sandbox route answers 410. It then closes every open DuckDB
 *   handle of the sandbox and waits for a provisioning run still in progress.
 * - `destroy` writes a journal (the file manifest with sizes and SHA-256) before touching
 *   anything, wipes every file (overwrite, fsync, unlink), removes the directory, destroys the
 *   per-agreement key, issues the certificate, chains it into the audit log, and only then marks
 *   the agreement and sandbox destroyed. A crash anywhere is finished by the next run: every step
 *   checks the journal and skips what is already done.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { SerialConnection } from '../../sandbox/engine/serial-connection';
import type { SandboxFiles } from '../../sandbox/provisioning/sandbox-files';
import { manifestOf, removeTree, wipeFiles } from '../../sandbox/wipe/secure-wipe';
import type { AuditEvent } from '../audit/audit-entry';
import type { AuditService } from '../audit/audit-service';
import { pausePoint } from '../faults/pause-point';
import type { Clock } from '../config/clock';
import type { Logger } from '../logging/create-logger';
import type { Agreement } from '../agreements/agreement';
import type { AgreementStore } from '../agreements/agreement-store';
import type { SandboxStore } from '../sandboxes/sandbox-store';
import type { DocumentSigner } from '../keys/document-signer';
import { certificateHash, type DestructionCertificate, type KeyDestruction } from './destruction-certificate';
import type { DestructionStore, Journal } from './destruction-store';

/** Whoever holds DuckDB handles on sandbox files closes them when asked. */
export interface SandboxHandles {
  closeAll(sandboxId: string): Promise<void>;
}

export type LifecycleDeps = {
  db: SerialConnection;
  /** Signs each certificate's hash (services/keys/document-signer.ts). */
  signer: DocumentSigner;
  agreements: AgreementStore;
  sandboxes: SandboxStore;
  destructions: DestructionStore;
  files: SandboxFiles;
  handles: SandboxHandles[];
  settleProvisioning: (sandboxId: string) => Promise<void>;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
};

export type LifecycleRun = { expired: string[]; sealed: string[]; destroyed: string[]; failed: { agreementId: string; error: string }[] };

export class SandboxLifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  /** What a run would do now, without doing it (for `shuyu destroy --expired --dry-run`). */
  async plan(): Promise<{ toExpire: Agreement[]; toSeal: Agreement[]; toDestroy: Agreement[] }> {
    const now = this.deps.clock.now().toISOString();
    return {
      toExpire: await this.deps.agreements.inStatus(['active', 'suspended'], now),
      toSeal: await this.deps.agreements.inStatus(['expired', 'terminated']),
      toDestroy: await this.deps.agreements.inStatus(['sealed']),
    };
  }

  /** One pass: expire what is due, seal what ended, destroy what is sealed. */
  async run(): Promise<LifecycleRun> {
    const result: LifecycleRun = { expired: [], sealed: [], destroyed: [], failed: [] };
    const attempt = async (a: Agreement, step: (a: Agreement) => Promise<void>, into: string[]) => {
      try {
        await step(a);
        into.push(a.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.deps.logger.error('lifecycle step failed', { agreementId: a.id, error: message });
        result.failed.push({ agreementId: a.id, error: message });
      }
    };
    const now = this.deps.clock.now().toISOString();
    for (const a of await this.deps.agreements.inStatus(['active', 'suspended'], now)) await attempt(a, (x) => this.expire(x), result.expired);
    for (const a of await this.deps.agreements.inStatus(['expired', 'terminated'])) await attempt(a, (x) => this.seal(x), result.sealed);
    for (const a of await this.deps.agreements.inStatus(['sealed'])) await attempt(a, (x) => this.destroy(x), result.destroyed);
    return result;
  }

  async expire(agreement: Agreement): Promise<void> {
    const at = this.deps.clock.now().toISOString();
    await this.deps.audit.recordIfChanged(this.event(agreement, 'agreement.expired', { endsAt: agreement.endsAt }), async (tx) =>
      (await this.deps.agreements.transition(agreement.id, 'expire', at, null, 'the term ended', tx)) !== null);
  }

  async seal(agreement: Agreement): Promise<void> {
    const at = this.deps.clock.now().toISOString();
    await this.deps.audit.recordIfChanged(this.event(agreement, 'sandbox.sealed', { sandboxId: agreement.sandboxId }), async (tx) => {
      const from = await this.deps.agreements.transition(agreement.id, 'seal', at, null, 'sealed for destruction', tx);
      if (!from) return false;
      await this.deps.sandboxes.setState(agreement.sandboxId, ['provisioning', 'ready', 'suspended', 'failed'], 'sealed', at, 'sealed_at', tx);
      return true;
    });
    for (const handles of this.deps.handles) await handles.closeAll(agreement.sandboxId);
    await this.deps.settleProvisioning(agreement.sandboxId);
  }

  async destroy(agreement: Agreement): Promise<void> {
    const sandboxId = agreement.sandboxId;
    const dir = this.deps.files.dir(sandboxId);
    let journal = await this.deps.destructions.get(sandboxId);
    if (!journal) {
      await this.deps.destructions.start(sandboxId, agreement.id, this.deps.clock.now().toISOString(), await manifestOf(dir));
      journal = (await this.deps.destructions.get(sandboxId)) as Journal;
    }
    wipeFiles(dir);
    const nothingRemains = removeTree(dir) && !fs.existsSync(dir);
    if (!nothingRemains) throw new Error('sandbox files remain after wiping');
    await pausePoint('destruction.wiped');
    const keyDestruction = journal.keyDestruction ?? (await this.destroyKey(sandboxId));
    if (await this.deps.sandboxes.sealedKey(sandboxId)) throw new Error('the sandbox key remains after destruction');
    const certificate = journal.certificate ?? (await this.issue(agreement, journal, keyDestruction));
    await pausePoint('destruction.certified');
    if (journal.auditSeq === null) {
      const existing = (await this.deps.audit.find({ action: 'sandbox.destroyed', agreement: agreement.id, limit: 1 }))[0];
      const seq = existing?.seq ?? (await this.deps.audit.append({
        actorId: null, role: 'system', action: 'sandbox.destroyed', resource: `sandbox:${sandboxId}`, outcome: 'allowed', requestId: 'lifecycle',
        agreementId: agreement.id, details: { certificateId: certificate.certificateId, certificateHash: certificate.hash, files: certificate.files.length },
      })).seq;
      await this.deps.destructions.chained(sandboxId, seq);
    }
    const at = certificate.destroyedAt;
    await this.deps.db.transaction(async (tx) => {
      await this.deps.agreements.transition(agreement.id, 'destroy', at, null, 'destroyed; certificate issued', tx);
      await this.deps.sandboxes.setState(sandboxId, ['sealed'], 'destroyed', at, 'destroyed_at', tx);
    });
  }

  certificate(agreementId: string): Promise<DestructionCertificate | null> {
    return this.deps.destructions.byAgreement(agreementId).then((j) => j?.certificate ?? null);
  }

  private async destroyKey(sandboxId: string): Promise<KeyDestruction> {
    const sealed = (await this.deps.sandboxes.sealedKey(sandboxId)) ?? '';
    const record: KeyDestruction = {
      keyId: sandboxId,
      sealedKeySha256: crypto.createHash('sha256').update(sealed).digest('hex'),
      destroyedAt: this.deps.clock.now().toISOString(),
      method: 'sealed per-agreement key (AES-256-GCM under the master key) deleted from the control store',
    };
    await this.deps.db.transaction(async (tx) => {
      await tx.run('DELETE FROM sandbox_keys WHERE sandbox_id = $1', [sandboxId]);
      await this.deps.destructions.keyDestroyed(sandboxId, record, tx);
    });
    await this.deps.db.run('CHECKPOINT').catch(() => undefined);
    return record;
  }

  private async issue(agreement: Agreement, journal: Journal, keyDestruction: KeyDestruction): Promise<DestructionCertificate> {
    await this.deps.audit.flush();
    const sandbox = await this.deps.sandboxes.get(agreement.sandboxId);
    const body: Omit<DestructionCertificate, 'hash' | 'signature'> = {
      certificateId: `cert_${crypto.randomUUID()}`,
      agreementId: agreement.id,
      sandboxId: agreement.sandboxId,
      operatorId: agreement.operatorId,
      operatorUnit: agreement.operatorUnit,
      files: journal.manifest,
      sealedAt: sandbox?.sealedAt ?? journal.startedAt,
      destroyedAt: this.deps.clock.now().toISOString(),
      keyDestruction,
      nothingRemains: true,
      auditHead: this.deps.audit.head(),
    };
    const hash = certificateHash(body);
    const certificate: DestructionCertificate = { ...body, hash, signature: this.deps.signer.sign(hash) };
    await this.deps.destructions.certificateIssued(agreement.sandboxId, certificate);
    return ((await this.deps.destructions.get(agreement.sandboxId)) as Journal).certificate as DestructionCertificate;
  }

  private event(agreement: Agreement, action: string, details: Record<string, unknown>): AuditEvent {
    return { actorId: null, role: 'system', action, resource: `agreement:${agreement.id}`, outcome: 'allowed', requestId: 'lifecycle', agreementId: agreement.id, details };
  }
}
