/** Reads and writes the `partners` table; every change is a compare-and-set on the status. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { EvidenceFile } from '../evidence/evidence-file';
import type { Partner, PartnerStatus } from './partner';

type Row = {
  id: string; operator_unit: string; name: string; unit: string; duties: string; starts_at: string; ends_at: string; documents: string; status: string; live_access: boolean;
  filed_by: string; filed_at: string; decided_by: string | null; decided_at: string | null; decision_comment: string | null;
  ended_by: string | null; ended_at: string | null; end_reason: string | null;
};

function toPartner(r: Row): Partner {
  return {
    id: r.id, operatorUnit: r.operator_unit, name: r.name, unit: r.unit, duties: r.duties, startsAt: r.starts_at, endsAt: r.ends_at,
    documents: JSON.parse(r.documents) as EvidenceFile[], status: r.status as PartnerStatus, liveAccess: r.live_access, filedBy: r.filed_by, filedAt: r.filed_at,
    decidedBy: r.decided_by, decidedAt: r.decided_at, decisionComment: r.decision_comment, endedBy: r.ended_by, endedAt: r.ended_at, endReason: r.end_reason,
  };
}

export class PartnerStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(p: Partner, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(
      'INSERT INTO partners VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, false, $10, $11, NULL, NULL, NULL, NULL, NULL, NULL)',
      [p.id, p.operatorUnit, p.name, p.unit, p.duties, p.startsAt, p.endsAt, JSON.stringify(p.documents), p.status, p.filedBy, p.filedAt],
    );
  }

  async get(id: string): Promise<Partner | undefined> {
    const row = await this.deps.db.one<Row>('SELECT * FROM partners WHERE id = $1', [id]);
    return row && toPartner(row);
  }

  async list(): Promise<Partner[]> {
    return (await this.deps.db.all<Row>('SELECT * FROM partners ORDER BY filed_at DESC, id')).map(toPartner);
  }

  async decide(id: string, status: 'accepted' | 'rejected', by: string, at: string, comment: string | null, db: SqlRunner): Promise<boolean> {
    return (await db.change(
      "UPDATE partners SET status = $2, decided_by = $3, decided_at = $4, decision_comment = $5 WHERE id = $1 AND status = 'filed'", [id, status, by, at, comment],
    )) === 1;
  }

  async setLiveAccess(id: string, live: boolean, db: SqlRunner): Promise<boolean> {
    return (await db.change("UPDATE partners SET live_access = $2 WHERE id = $1 AND status = 'accepted'", [id, live])) === 1;
  }

  async end(id: string, by: string, at: string, reason: string, db: SqlRunner): Promise<boolean> {
    return (await db.change(
      "UPDATE partners SET status = 'ended', live_access = false, ended_by = $2, ended_at = $3, end_reason = $4 WHERE id = $1 AND status IN ('filed', 'accepted')", [id, by, at, reason],
    )) === 1;
  }
}
