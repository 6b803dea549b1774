/** Reads and writes model versions. A version's SQL never changes; only its review is recorded. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { pageWhere, type PageFilter } from '../inbox/keyset-page';
import type { Model, ModelCheck, ModelParameter, ModelStatus } from './model';

type ModelRow = {
  id: string; sandbox_id: string; agreement_id: string; name: string; version: number; sql: string; parameters: string; purpose: string;
  sha256: string; status: string; checks: string; created_by: string; created_at: string; reviewed_by: string | null; reviewed_at: string | null;
  review_comment: string | null; record_level_granted: boolean; unsafe_statistics_granted: boolean | null;
};

function toModel(r: ModelRow): Model {
  return {
    id: r.id, sandboxId: r.sandbox_id, agreementId: r.agreement_id, name: r.name, version: Number(r.version), sql: r.sql,
    parameters: JSON.parse(r.parameters) as ModelParameter[], purpose: r.purpose, sha256: r.sha256, status: r.status as ModelStatus,
    checks: JSON.parse(r.checks) as ModelCheck[], createdBy: r.created_by, createdAt: r.created_at, reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at, reviewComment: r.review_comment, recordLevelGranted: r.record_level_granted, unsafeStatisticsGranted: r.unsafe_statistics_granted === true,
  };
}

export class ModelStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(m: Model, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('INSERT INTO models VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, NULL, NULL, false, false)', [
      m.id, m.sandboxId, m.agreementId, m.name, m.version, m.sql, JSON.stringify(m.parameters), m.purpose, m.sha256, m.status, JSON.stringify(m.checks), m.createdBy, m.createdAt,
    ]);
  }

  async get(id: string): Promise<Model | undefined> {
    const row = await this.deps.db.one<ModelRow>('SELECT * FROM models WHERE id = $1', [id]);
    return row && toModel(row);
  }

  async latestVersion(sandboxId: string, name: string): Promise<number> {
    const row = await this.deps.db.one<{ v: number | null }>('SELECT max(version) AS v FROM models WHERE sandbox_id = $1 AND name = $2', [sandboxId, name]);
    return Number(row?.v ?? 0);
  }

  async bySandbox(sandboxId: string): Promise<Model[]> {
    return (await this.deps.db.all<ModelRow>('SELECT * FROM models WHERE sandbox_id = $1 ORDER BY name, version', [sandboxId])).map(toModel);
  }

  /** Up to `limit` versions of the filter, newest first (an empty scope reads nothing). */
  async page(filter: PageFilter, limit: number): Promise<Model[]> {
    if (!filter.sandboxIds.length) return [];
    const { where, params } = pageWhere(filter, 'created_at');
    return (await this.deps.db.all<ModelRow>(`SELECT * FROM models WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ${Math.trunc(limit)}`, params)).map(toModel);
  }

  async count(filter: Omit<PageFilter, 'after'>): Promise<number> {
    if (!filter.sandboxIds.length) return 0;
    const { where, params } = pageWhere(filter, 'created_at');
    return Number((await this.deps.db.one<{ n: bigint }>(`SELECT count(*) AS n FROM models WHERE ${where}`, params))?.n ?? 0);
  }

  /** Records the review of a submitted version; false if it was already reviewed. */
  async review(id: string, status: 'approved' | 'rejected', by: string, at: string, comment: string | null, grants: { recordLevel: boolean; unsafeStatistics: boolean }, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change(
      "UPDATE models SET status = $2, reviewed_by = $3, reviewed_at = $4, review_comment = $5, record_level_granted = $6, unsafe_statistics_granted = $7 WHERE id = $1 AND status = 'submitted'",
      [id, status, by, at, comment, grants.recordLevel, grants.unsafeStatistics],
    )) === 1;
  }
}
