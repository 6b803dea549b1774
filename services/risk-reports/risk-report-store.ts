/** Reads and writes the `risk_reports` table; every status change is a compare-and-set. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { RiskReport, RiskReportStatus } from './risk-report';

type Row = {
  id: string; agreement_id: string; operator_unit: string; source: string; summary: string; status: string; opened_by: string; opened_at: string;
  acknowledged_by: string | null; acknowledged_at: string | null; acknowledgement: string | null; closed_by: string | null; closed_at: string | null; resolution: string | null;
};

function toReport(r: Row): RiskReport {
  return {
    id: r.id, agreementId: r.agreement_id, operatorUnit: r.operator_unit, source: r.source as RiskReport['source'], summary: r.summary,
    status: r.status as RiskReportStatus, openedBy: r.opened_by, openedAt: r.opened_at, acknowledgedBy: r.acknowledged_by, acknowledgedAt: r.acknowledged_at,
    acknowledgement: r.acknowledgement, closedBy: r.closed_by, closedAt: r.closed_at, resolution: r.resolution,
  };
}

export class RiskReportStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(r: RiskReport, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(
      'INSERT INTO risk_reports VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, NULL, NULL, NULL, NULL)',
      [r.id, r.agreementId, r.operatorUnit, r.source, r.summary, r.status, r.openedBy, r.openedAt],
    );
  }

  async get(id: string): Promise<RiskReport | undefined> {
    const row = await this.deps.db.one<Row>('SELECT * FROM risk_reports WHERE id = $1', [id]);
    return row && toReport(row);
  }

  async list(): Promise<RiskReport[]> {
    return (await this.deps.db.all<Row>('SELECT * FROM risk_reports ORDER BY opened_at DESC, id')).map(toReport);
  }

  async acknowledge(id: string, by: string, at: string, note: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change("UPDATE risk_reports SET status = 'acknowledged', acknowledged_by = $2, acknowledged_at = $3, acknowledgement = $4 WHERE id = $1 AND status = 'open'", [id, by, at, note])) === 1;
  }

  async close(id: string, by: string, at: string, resolution: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change("UPDATE risk_reports SET status = 'closed', closed_by = $2, closed_at = $3, resolution = $4 WHERE id = $1 AND status = 'acknowledged'", [id, by, at, resolution])) === 1;
  }
}
