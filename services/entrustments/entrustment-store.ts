/** Reads and writes the `entrustments` table. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Entrustment } from './entrustment';

type Row = {
  id: string; examiner_id: string; agreement_id: string | null; note: string | null;
  created_by: string; created_at: string; revoked_by: string | null; revoked_at: string | null;
};

const COLUMNS = 'id, examiner_id, agreement_id, note, created_by, created_at, revoked_by, revoked_at';

function toEntrustment(r: Row): Entrustment {
  return {
    id: r.id, examinerId: r.examiner_id, agreementId: r.agreement_id, note: r.note,
    createdBy: r.created_by, createdAt: r.created_at, revokedBy: r.revoked_by, revokedAt: r.revoked_at,
  };
}

export class EntrustmentStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(e: Entrustment, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(
      `INSERT INTO entrustments (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)`,
      [e.id, e.examinerId, e.agreementId, e.note, e.createdBy, e.createdAt],
    );
  }

  async get(id: string): Promise<Entrustment | undefined> {
    const row = await this.deps.db.one<Row>(`SELECT ${COLUMNS} FROM entrustments WHERE id = $1`, [id]);
    return row && toEntrustment(row);
  }

  /** Every entrustment, or one examiner's; newest first. */
  async list(examinerId?: string): Promise<Entrustment[]> {
    const rows = examinerId === undefined
      ? await this.deps.db.all<Row>(`SELECT ${COLUMNS} FROM entrustments ORDER BY created_at DESC, id`)
      : await this.deps.db.all<Row>(`SELECT ${COLUMNS} FROM entrustments WHERE examiner_id = $1 ORDER BY created_at DESC, id`, [examinerId]);
    return rows.map(toEntrustment);
  }

  async active(examinerId: string, db: SqlRunner = this.deps.db): Promise<Entrustment[]> {
    const rows = await db.all<Row>(`SELECT ${COLUMNS} FROM entrustments WHERE examiner_id = $1 AND revoked_at IS NULL`, [examinerId]);
    return rows.map(toEntrustment);
  }

  /** Revokes an active entrustment; false when it was already revoked. */
  async revoke(id: string, by: string, at: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change('UPDATE entrustments SET revoked_by = $2, revoked_at = $3 WHERE id = $1 AND revoked_at IS NULL', [id, by, at])) === 1;
  }
}
