/** Reads and writes agreements and their transition history. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { ScopedDataset } from '../applications/application';
import { agreementTransitions, type Agreement, type AgreementStatus, type AgreementTransition } from './agreement';

type AgreementRow = {
  id: string; application_id: string; operator_id: string; operator_unit: string; scenario: string; scope: string;
  starts_at: string; ends_at: string; status: string; sandbox_id: string; created_at: string; status_changed_at: string; status_reason: string | null;
};

function toAgreement(r: AgreementRow): Agreement {
  return {
    id: r.id, applicationId: r.application_id, operatorId: r.operator_id, operatorUnit: r.operator_unit, scenario: r.scenario,
    scope: JSON.parse(r.scope) as ScopedDataset[], startsAt: r.starts_at, endsAt: r.ends_at, status: r.status as AgreementStatus,
    sandboxId: r.sandbox_id, createdAt: r.created_at, statusChangedAt: r.status_changed_at, statusReason: r.status_reason,
  };
}

export class AgreementStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(a: Agreement, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('INSERT INTO agreements VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)', [
      a.id, a.applicationId, a.operatorId, a.operatorUnit, a.scenario, JSON.stringify(a.scope), a.startsAt, a.endsAt, a.status,
      a.sandboxId, a.createdAt, a.statusChangedAt, a.statusReason,
    ]);
  }

  async get(id: string, db: SqlRunner = this.deps.db): Promise<Agreement | undefined> {
    const row = await db.one<AgreementRow>('SELECT * FROM agreements WHERE id = $1', [id]);
    return row && toAgreement(row);
  }

  async bySandbox(sandboxId: string): Promise<Agreement | undefined> {
    const row = await this.deps.db.one<AgreementRow>('SELECT * FROM agreements WHERE sandbox_id = $1', [sandboxId]);
    return row && toAgreement(row);
  }

  async list(): Promise<Agreement[]> {
    return (await this.deps.db.all<AgreementRow>('SELECT * FROM agreements ORDER BY created_at, id')).map(toAgreement);
  }

  /** Agreements in `statuses`, optionally only those whose term ended at or before `endedBy`. */
  async inStatus(statuses: AgreementStatus[], endedBy?: string, db: SqlRunner = this.deps.db): Promise<Agreement[]> {
    const placeholders = statuses.map((_, i) => `$${i + 1}`).join(', ');
    const params: string[] = [...statuses];
    let sql = `SELECT * FROM agreements WHERE status IN (${placeholders})`;
    if (endedBy) {
      params.push(endedBy);
      sql += ` AND ends_at <= $${params.length}`;
    }
    return (await db.all<AgreementRow>(`${sql} ORDER BY ends_at, id`, params)).map(toAgreement);
  }

  /**
   * Applies `transition` if the agreement is in one of its source statuses, and records it.
   * Returns the status it moved from, or null if it was not in a source status (nothing changed).
   */
  async transition(id: string, transition: AgreementTransition, at: string, actorId: string | null, reason: string | null, db: SqlRunner): Promise<AgreementStatus | null> {
    const { from, to } = agreementTransitions[transition];
    const current = await db.one<{ status: string }>('SELECT status FROM agreements WHERE id = $1', [id]);
    if (!current || !(from as readonly string[]).includes(current.status)) return null;
    const changed = await db.change('UPDATE agreements SET status = $2, status_changed_at = $3, status_reason = $4 WHERE id = $1 AND status = $5', [
      id, to, at, reason, current.status,
    ]);
    if (changed !== 1) return null;
    await db.run('INSERT INTO agreement_transitions VALUES ($1, $2, $3, $4, $5, $6)', [id, at, current.status, to, actorId, reason]);
    return current.status as AgreementStatus;
  }

  async history(id: string): Promise<{ at: string; from: string; to: string; actorId: string | null; reason: string | null }[]> {
    const rows = await this.deps.db.all<{ occurred_at: string; from_status: string; to_status: string; actor_id: string | null; reason: string | null }>(
      'SELECT * FROM agreement_transitions WHERE agreement_id = $1 ORDER BY occurred_at', [id]);
    return rows.map((r) => ({ at: r.occurred_at, from: r.from_status, to: r.to_status, actorId: r.actor_id, reason: r.reason }));
  }
}
