/** Reads and writes applications and the source units' consents. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Application, Consent, ScopedDataset } from './application';

type ApplicationRow = {
  id: string; operator_id: string; operator_unit: string; scenario: string; purpose: string; datasets: string;
  starts_at: string; ends_at: string; status: string; created_at: string;
  decided_by: string | null; decided_at: string | null; decision_comment: string | null;
};
type ConsentRow = { application_id: string; dataset_id: string; source_unit: string; decision: string; comment: string | null; decided_by: string; decided_at: string };
type ReopenedRow = ConsentRow & { reopened_by: string; reopened_at: string; note: string };

function toConsent(r: ConsentRow): Consent {
  return { datasetId: r.dataset_id, sourceUnit: r.source_unit, decision: r.decision as Consent['decision'], comment: r.comment, decidedBy: r.decided_by, decidedAt: r.decided_at };
}

export class ApplicationStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(a: Application, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('INSERT INTO applications VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL, NULL)', [
      a.id, a.operatorId, a.operatorUnit, a.scenario, a.purpose, JSON.stringify(a.datasets), a.startsAt, a.endsAt, a.status, a.createdAt,
    ]);
  }

  async get(id: string, db: SqlRunner = this.deps.db): Promise<Application | undefined> {
    const row = await db.one<ApplicationRow>('SELECT * FROM applications WHERE id = $1', [id]);
    if (!row) return undefined;
    const consents = await db.all<ConsentRow>('SELECT * FROM consents WHERE application_id = $1 ORDER BY decided_at', [id]);
    const reopened = await db.all<ReopenedRow>('SELECT * FROM reopened_consents WHERE application_id = $1 ORDER BY reopened_at', [id]);
    return {
      id: row.id, operatorId: row.operator_id, operatorUnit: row.operator_unit, scenario: row.scenario, purpose: row.purpose,
      datasets: JSON.parse(row.datasets) as ScopedDataset[], startsAt: row.starts_at, endsAt: row.ends_at,
      status: row.status as Application['status'], createdAt: row.created_at, decidedBy: row.decided_by, decidedAt: row.decided_at,
      decisionComment: row.decision_comment, consents: consents.map(toConsent),
      reopened: reopened.map((r) => ({ ...toConsent(r), reopenedBy: r.reopened_by, reopenedAt: r.reopened_at, note: r.note })),
    };
  }

  async ids(): Promise<string[]> {
    return (await this.deps.db.all<{ id: string }>('SELECT id FROM applications ORDER BY created_at, id')).map((r) => r.id);
  }

  /** Records a consent unless one exists for this dataset or the application is decided. Returns false then. */
  async addConsent(applicationId: string, c: Consent, db: SqlRunner = this.deps.db): Promise<boolean> {
    const changed = await db.change(
      `INSERT INTO consents SELECT $1, $2, $3, $4, $5, $6, $7
       WHERE NOT EXISTS (SELECT 1 FROM consents WHERE application_id = $1 AND dataset_id = $2)
         AND EXISTS (SELECT 1 FROM applications WHERE id = $1 AND status IN ('submitted', 'refused'))`,
      [applicationId, c.datasetId, c.sourceUnit, c.decision, c.comment, c.decidedBy, c.decidedAt],
    );
    return changed === 1;
  }

  /**
   * Moves an application to the authority's decision from one of `from` (approval: submitted
   * only; rejection: submitted or refused). Returns false if it no longer was in one of them.
   */
  async decide(id: string, status: 'approved' | 'rejected', by: string, at: string, comment: string | null, db: SqlRunner = this.deps.db): Promise<boolean> {
    const from = status === 'approved' ? "('submitted')" : "('submitted', 'refused')";
    const changed = await db.change(
      `UPDATE applications SET status = $2, decided_by = $3, decided_at = $4, decision_comment = $5 WHERE id = $1 AND status IN ${from}`,
      [id, status, by, at, comment],
    );
    return changed === 1;
  }

  /** A source unit refused: the application waits for the authority (coordination or rejection). */
  async markRefused(id: string, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run("UPDATE applications SET status = 'refused' WHERE id = $1 AND status = 'submitted'", [id]);
  }

  /**
   * Reopens one dataset's refusal (协调): the refusal moves to the history with the note, and the
   * application is submitted again once no refusal remains. False when there was no refusal to
   * reopen; a second coordination of the same dataset fails on the history's key.
   */
  async reopen(id: string, datasetId: string, by: string, at: string, note: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    const moved = await db.change(
      `INSERT INTO reopened_consents SELECT application_id, dataset_id, source_unit, decision, comment, decided_by, decided_at, $3, $4, $5
       FROM consents WHERE application_id = $1 AND dataset_id = $2 AND decision = 'reject'
         AND EXISTS (SELECT 1 FROM applications WHERE id = $1 AND status = 'refused')`,
      [id, datasetId, by, at, note],
    );
    if (moved !== 1) return false;
    await db.run("DELETE FROM consents WHERE application_id = $1 AND dataset_id = $2 AND decision = 'reject'", [id, datasetId]);
    await db.run(
      `UPDATE applications SET status = 'submitted' WHERE id = $1 AND status = 'refused'
       AND NOT EXISTS (SELECT 1 FROM consents WHERE application_id = $1 AND decision = 'reject')`,
      [id],
    );
    return true;
  }

  /** Whether a dataset's refusal was already reopened once. */
  async wasReopened(id: string, datasetId: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.one('SELECT 1 AS one FROM reopened_consents WHERE application_id = $1 AND dataset_id = $2', [id, datasetId])) !== undefined;
  }
}
