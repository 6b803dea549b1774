/**
 * The destruction journal: one row per sandbox, written before anything is wiped, so that a
 * crash mid-destruction is finished on restart and the certificate is issued exactly once.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { WipedFile } from '../../sandbox/wipe/secure-wipe';
import type { DestructionCertificate, KeyDestruction } from './destruction-certificate';

export type Journal = {
  sandboxId: string;
  agreementId: string;
  startedAt: string;
  manifest: WipedFile[];
  keyDestruction: KeyDestruction | null;
  certificate: DestructionCertificate | null;
  auditSeq: number | null;
};

type JournalRow = { sandbox_id: string; agreement_id: string; started_at: string; manifest: string; key_destruction: string | null; certificate: string | null; audit_seq: bigint | null };

export class DestructionStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async get(sandboxId: string): Promise<Journal | undefined> {
    const r = await this.deps.db.one<JournalRow>('SELECT * FROM destructions WHERE sandbox_id = $1', [sandboxId]);
    if (!r) return undefined;
    return {
      sandboxId: r.sandbox_id, agreementId: r.agreement_id, startedAt: r.started_at, manifest: JSON.parse(r.manifest) as WipedFile[],
      keyDestruction: r.key_destruction ? (JSON.parse(r.key_destruction) as KeyDestruction) : null,
      certificate: r.certificate ? (JSON.parse(r.certificate) as DestructionCertificate) : null,
      auditSeq: r.audit_seq === null ? null : Number(r.audit_seq),
    };
  }

  async byAgreement(agreementId: string): Promise<Journal | undefined> {
    const r = await this.deps.db.one<{ sandbox_id: string }>('SELECT sandbox_id FROM destructions WHERE agreement_id = $1', [agreementId]);
    return r ? this.get(r.sandbox_id) : undefined;
  }

  async start(sandboxId: string, agreementId: string, at: string, manifest: WipedFile[]): Promise<void> {
    await this.deps.db.run('INSERT INTO destructions (sandbox_id, agreement_id, started_at, manifest) VALUES ($1, $2, $3, $4)', [sandboxId, agreementId, at, JSON.stringify(manifest)]);
  }

  async keyDestroyed(sandboxId: string, record: KeyDestruction, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('UPDATE destructions SET key_destruction = $2 WHERE sandbox_id = $1', [sandboxId, JSON.stringify(record)]);
  }

  async certificateIssued(sandboxId: string, certificate: DestructionCertificate): Promise<void> {
    await this.deps.db.run('UPDATE destructions SET certificate = $2, certificate_hash = $3 WHERE sandbox_id = $1 AND certificate IS NULL', [sandboxId, JSON.stringify(certificate), certificate.hash]);
  }

  async chained(sandboxId: string, seq: number, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('UPDATE destructions SET audit_seq = $2 WHERE sandbox_id = $1', [sandboxId, seq]);
  }
}
