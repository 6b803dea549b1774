/** Reads and writes the `qualifications` table; every status change is a compare-and-set. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { EvidenceFile } from '../evidence/evidence-file';
import type { Qualification, QualificationStatus } from './qualification';

type Row = {
  id: string; call_id: string | null; operator_unit: string; applicant_id: string; statement: string; materials: string; status: string; submitted_at: string;
  reviewed_by: string | null; reviewed_at: string | null; reasons: string | null; valid_until: string | null;
  revoked_by: string | null; revoked_at: string | null; revocation_reason: string | null;
};

function toQualification(r: Row): Qualification {
  return {
    id: r.id, callId: r.call_id, operatorUnit: r.operator_unit, applicantId: r.applicant_id, statement: r.statement,
    materials: JSON.parse(r.materials) as EvidenceFile[], status: r.status as QualificationStatus, submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by, reviewedAt: r.reviewed_at, reasons: r.reasons, validUntil: r.valid_until,
    revokedBy: r.revoked_by, revokedAt: r.revoked_at, revocationReason: r.revocation_reason,
  };
}

export class QualificationStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(q: Qualification, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(
      'INSERT INTO qualifications VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, NULL, NULL, NULL, NULL, NULL)',
      [q.id, q.callId, q.operatorUnit, q.applicantId, q.statement, JSON.stringify(q.materials), q.status, q.submittedAt],
    );
  }

  async get(id: string, db: SqlRunner = this.deps.db): Promise<Qualification | undefined> {
    const row = await db.one<Row>('SELECT * FROM qualifications WHERE id = $1', [id]);
    return row && toQualification(row);
  }

  async list(): Promise<Qualification[]> {
    return (await this.deps.db.all<Row>('SELECT * FROM qualifications ORDER BY submitted_at DESC, id')).map(toQualification);
  }

  /** The unit's qualifications, newest review first. */
  async ofUnit(unit: string, db: SqlRunner = this.deps.db): Promise<Qualification[]> {
    return (await db.all<Row>('SELECT * FROM qualifications WHERE operator_unit = $1 ORDER BY reviewed_at DESC NULLS LAST, submitted_at DESC', [unit])).map(toQualification);
  }

  async review(id: string, status: 'qualified' | 'unqualified', by: string, at: string, reasons: string, validUntil: string | null, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change(
      "UPDATE qualifications SET status = $2, reviewed_by = $3, reviewed_at = $4, reasons = $5, valid_until = $6 WHERE id = $1 AND status = 'submitted'",
      [id, status, by, at, reasons, validUntil],
    )) === 1;
  }

  async revoke(id: string, by: string, at: string, reason: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change(
      "UPDATE qualifications SET status = 'revoked', revoked_by = $2, revoked_at = $3, revocation_reason = $4 WHERE id = $1 AND status = 'qualified'",
      [id, by, at, reason],
    )) === 1;
  }
}
