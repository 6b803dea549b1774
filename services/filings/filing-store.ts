/**
 * Reads and writes `filings`, `filing_versions` and `filing_overdue_flags`. A flag is raised
 * once (its key) and only while the period has no filing; a filing clears its period's flag in
 * the same transaction.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { EvidenceFile } from '../evidence/evidence-file';
import type { Filing, FilingVersion, OverdueFlag, PartnerReport } from './filing';

type FilingRow = { id: string; agreement_id: string; operator_unit: string; period: string; due_at: string; submitted_by: string; submitted_at: string; late: boolean };
type VersionRow = { filing_id: string; version: number; text: string; attachments: string; reason: string | null; submitted_by: string; submitted_at: string; partner_reports: string | null };
type FlagRow = { agreement_id: string; period: string; operator_unit: string; due_at: string; flagged_at: string; cleared_at: string | null; cleared_by_filing: string | null };

const toVersion = (r: VersionRow): FilingVersion => ({
  version: Number(r.version), text: r.text, attachments: JSON.parse(r.attachments) as EvidenceFile[], partnerReports: JSON.parse(r.partner_reports ?? '[]') as PartnerReport[], reason: r.reason, submittedBy: r.submitted_by, submittedAt: r.submitted_at,
});
const toFlag = (r: FlagRow): OverdueFlag => ({
  agreementId: r.agreement_id, period: r.period, operatorUnit: r.operator_unit, dueAt: r.due_at, flaggedAt: r.flagged_at, clearedAt: r.cleared_at, clearedByFiling: r.cleared_by_filing,
});

export type NewFiling = Omit<Filing, 'current' | 'versions'>;

export class FilingStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  /** Inserts a filing with its first version, and clears its period's overdue flag. */
  async insert(f: NewFiling, first: FilingVersion, tx: SqlRunner): Promise<void> {
    await tx.run('INSERT INTO filings VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [f.id, f.agreementId, f.operatorUnit, f.period, f.dueAt, f.submittedBy, f.submittedAt, f.late]);
    await this.insertVersion(f.id, first, tx);
    await tx.run('UPDATE filing_overdue_flags SET cleared_at = $3, cleared_by_filing = $4 WHERE agreement_id = $1 AND period = $2 AND cleared_at IS NULL', [f.agreementId, f.period, f.submittedAt, f.id]);
  }

  /** Adds a correction as the next version; returns its number. */
  async addVersion(filingId: string, version: Omit<FilingVersion, 'version'>, tx: SqlRunner): Promise<number> {
    const row = await tx.one<{ n: number }>('SELECT coalesce(max(version), 0) + 1 AS n FROM filing_versions WHERE filing_id = $1', [filingId]);
    const next = Number(row?.n ?? 1);
    await this.insertVersion(filingId, { ...version, version: next }, tx);
    return next;
  }

  async get(id: string): Promise<Filing | undefined> {
    const row = await this.deps.db.one<FilingRow>('SELECT * FROM filings WHERE id = $1', [id]);
    return row && (await this.withVersions([row], 'WHERE id = $1', [id]))[0];
  }

  async byPeriod(agreementId: string, period: string, db: SqlRunner = this.deps.db): Promise<{ id: string } | undefined> {
    return db.one<{ id: string }>('SELECT id FROM filings WHERE agreement_id = $1 AND period = $2', [agreementId, period]);
  }

  /** Every filing (of one agreement), by agreement and period. */
  async list(agreementId?: string): Promise<Filing[]> {
    const [clause, params]: [string, string[]] = agreementId === undefined ? ['', []] : ['WHERE agreement_id = $1', [agreementId]];
    const rows = await this.deps.db.all<FilingRow>(`SELECT * FROM filings ${clause} ORDER BY agreement_id, period`, params);
    return rows.length ? this.withVersions(rows, clause, params) : [];
  }

  /** Every overdue flag (of one agreement), cleared ones included. */
  async flags(agreementId?: string): Promise<OverdueFlag[]> {
    const [clause, params]: [string, string[]] = agreementId === undefined ? ['', []] : ['WHERE agreement_id = $1', [agreementId]];
    return (await this.deps.db.all<FlagRow>(`SELECT * FROM filing_overdue_flags ${clause} ORDER BY agreement_id, period`, params)).map(toFlag);
  }

  /** Raises the flag unless it is raised already or the period has a filing; true when raised now. */
  async flag(f: Omit<OverdueFlag, 'clearedAt' | 'clearedByFiling'>, tx: SqlRunner): Promise<boolean> {
    if (await this.byPeriod(f.agreementId, f.period, tx)) return false;
    return (await tx.change('INSERT INTO filing_overdue_flags VALUES ($1, $2, $3, $4, $5, NULL, NULL) ON CONFLICT DO NOTHING', [f.agreementId, f.period, f.operatorUnit, f.dueAt, f.flaggedAt])) === 1;
  }

  /** Whether the agreement's schedule is in use: it has a filing or a flag. */
  async scheduleInUse(agreementId: string): Promise<boolean> {
    const row = await this.deps.db.one<{ n: bigint }>(
      'SELECT (SELECT count(*) FROM filings WHERE agreement_id = $1) + (SELECT count(*) FROM filing_overdue_flags WHERE agreement_id = $1) AS n', [agreementId]);
    return Number(row?.n ?? 0) > 0;
  }

  /** When each terminated agreement was terminated: its obligations end there. */
  async terminations(): Promise<Map<string, string>> {
    const rows = await this.deps.db.all<{ agreement_id: string; at: string }>(
      "SELECT agreement_id, min(occurred_at) AS at FROM agreement_transitions WHERE to_status = 'terminated' GROUP BY agreement_id");
    return new Map(rows.map((r) => [r.agreement_id, r.at]));
  }

  private async insertVersion(filingId: string, v: FilingVersion, tx: SqlRunner): Promise<void> {
    await tx.run(
      'INSERT INTO filing_versions (filing_id, version, text, attachments, reason, submitted_by, submitted_at, partner_reports) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [filingId, v.version, v.text, JSON.stringify(v.attachments), v.reason, v.submittedBy, v.submittedAt, JSON.stringify(v.partnerReports)],
    );
  }

  /** The filings of `rows` with their versions (selected by the same clause), oldest version first. */
  private async withVersions(rows: FilingRow[], clause: string, params: string[]): Promise<Filing[]> {
    const versions = new Map<string, FilingVersion[]>();
    const all = await this.deps.db.all<VersionRow>(`SELECT * FROM filing_versions WHERE filing_id IN (SELECT id FROM filings ${clause}) ORDER BY filing_id, version`, params);
    for (const v of all) versions.set(v.filing_id, [...(versions.get(v.filing_id) ?? []), toVersion(v)]);
    return rows.map((r) => {
      const list = versions.get(r.id) ?? [];
      return {
        id: r.id, agreementId: r.agreement_id, operatorUnit: r.operator_unit, period: r.period, dueAt: r.due_at, submittedBy: r.submitted_by,
        submittedAt: r.submitted_at, late: Boolean(r.late), current: list[list.length - 1], versions: list,
      };
    });
  }
}
