/** Reads and writes runs. Every status change is a compare-and-set on the stored status. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { pageWhere, type PageFilter } from '../inbox/keyset-page';
import type { Disclosure, Run, RunStatus } from './run';
import type { TableRead } from './tables-read';

type RunRow = {
  id: string; model_id: string; agreement_id: string; sandbox_id: string; params: string; status: string; row_count: number; disclosure: string;
  output_sha256: string | null; fingerprint: string | null; run_by: string; started_at: string; finished_at: string | null;
  released_by: string | null; released_at: string | null; release_comment: string | null; created_at: string | null; failure: string | null;
  review_opened_by: string | null; review_opened_at: string | null; tables_read?: string | null;
  first_release_by: string | null; first_release_at: string | null; first_release_comment: string | null;
};

function toRun(r: RunRow): Run {
  return {
    id: r.id, modelId: r.model_id, agreementId: r.agreement_id, sandboxId: r.sandbox_id, params: JSON.parse(r.params) as Record<string, unknown>,
    status: r.status as RunStatus, rowCount: Number(r.row_count), disclosure: JSON.parse(r.disclosure) as Disclosure, outputSha256: r.output_sha256,
    fingerprint: r.fingerprint, runBy: r.run_by, createdAt: r.created_at ?? r.started_at, startedAt: r.started_at, finishedAt: r.finished_at,
    failure: r.failure, reviewOpenedBy: r.review_opened_by, reviewOpenedAt: r.review_opened_at, releasedBy: r.released_by, releasedAt: r.released_at, releaseComment: r.release_comment,
    firstApproval: r.first_release_by ? { by: r.first_release_by, at: r.first_release_at as string, comment: r.first_release_comment } : null,
  };
}

/** A run's creation time (runs stored before `created_at` existed have only their start). */
const CREATED = 'coalesce(created_at, started_at)';
const COLUMNS = 'id, model_id, agreement_id, sandbox_id, params, status, row_count, disclosure, output_sha256, fingerprint, run_by, started_at, finished_at, created_at';

export class RunStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(r: Run, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(`INSERT INTO runs (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`, [
      r.id, r.modelId, r.agreementId, r.sandboxId, JSON.stringify(r.params), r.status, r.rowCount, JSON.stringify(r.disclosure),
      r.outputSha256, r.fingerprint, r.runBy, r.startedAt, r.finishedAt, r.createdAt,
    ]);
  }

  async get(id: string): Promise<Run | undefined> {
    const row = await this.deps.db.one<RunRow>('SELECT * FROM runs WHERE id = $1', [id]);
    return row && toRun(row);
  }

  async bySandbox(sandboxId: string): Promise<Run[]> {
    return (await this.deps.db.all<RunRow>('SELECT * FROM runs WHERE sandbox_id = $1 ORDER BY created_at, id', [sandboxId])).map(toRun);
  }

  async inStatus(statuses: RunStatus[]): Promise<Run[]> {
    return (await this.deps.db.all<RunRow>(`SELECT * FROM runs WHERE status IN (${statuses.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY created_at`, statuses)).map(toRun);
  }

  /** Up to `limit` runs of the filter (stored statuses), newest first (an empty scope reads nothing). */
  async page(filter: PageFilter, limit: number): Promise<Run[]> {
    if (!filter.sandboxIds.length) return [];
    const { where, params } = pageWhere(filter, CREATED);
    return (await this.deps.db.all<RunRow>(`SELECT * FROM runs WHERE ${where} ORDER BY ${CREATED} DESC, id DESC LIMIT ${Math.trunc(limit)}`, params)).map(toRun);
  }

  async count(filter: Omit<PageFilter, 'after'>): Promise<number> {
    if (!filter.sandboxIds.length) return 0;
    const { where, params } = pageWhere(filter, CREATED);
    return Number((await this.deps.db.one<{ n: bigint }>(`SELECT count(*) AS n FROM runs WHERE ${where}`, params))?.n ?? 0);
  }

  /** Runs of an agreement (and of one model) created since `since`: the run budget. */
  async countSince(agreementId: string, since: string, modelId?: string): Promise<number> {
    const row = modelId
      ? await this.deps.db.one<{ n: number }>('SELECT count(*) AS n FROM runs WHERE agreement_id = $1 AND coalesce(created_at, started_at) >= $2 AND model_id = $3', [agreementId, since, modelId])
      : await this.deps.db.one<{ n: number }>('SELECT count(*) AS n FROM runs WHERE agreement_id = $1 AND coalesce(created_at, started_at) >= $2', [agreementId, since]);
    return Number(row?.n ?? 0);
  }

  async byFingerprint(fingerprint: string): Promise<Run | undefined> {
    const row = await this.deps.db.one<RunRow>('SELECT * FROM runs WHERE fingerprint = $1', [fingerprint]);
    return row && toRun(row);
  }

  async start(id: string, at: string): Promise<boolean> {
    return (await this.deps.db.change("UPDATE runs SET status = 'running', started_at = $2 WHERE id = $1 AND status = 'queued'", [id, at])) === 1;
  }

  /** `tablesRead`: the tables the run's statement read, when it was parsed (null: not known). */
  async finish(run: Pick<Run, 'id' | 'status' | 'rowCount' | 'disclosure' | 'outputSha256' | 'fingerprint' | 'finishedAt' | 'failure'>, tablesRead: TableRead[] | null = null): Promise<boolean> {
    return (await this.deps.db.change(
      "UPDATE runs SET status = $2, row_count = $3, disclosure = $4, output_sha256 = $5, fingerprint = $6, finished_at = $7, failure = $8, tables_read = $9 WHERE id = $1 AND status = 'running'",
      [run.id, run.status, run.rowCount, JSON.stringify(run.disclosure), run.outputSha256, run.fingerprint, run.finishedAt, run.failure, tablesRead && JSON.stringify(tablesRead)],
    )) === 1;
  }

  /** The runs of an agreement with the tables each read (null for runs recorded before runs kept them). */
  async withTablesRead(agreementId: string): Promise<{ run: Run; tablesRead: TableRead[] | null }[]> {
    const rows = await this.deps.db.all<RunRow>(`SELECT * FROM runs WHERE agreement_id = $1 ORDER BY ${CREATED}, id`, [agreementId]);
    return rows.map((r) => ({ run: toRun(r), tablesRead: r.tables_read ? (JSON.parse(r.tables_read) as TableRead[]) : null }));
  }

  async reviewOpened(id: string, by: string, at: string, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('UPDATE runs SET review_opened_by = $2, review_opened_at = $3 WHERE id = $1', [id, by, at]);
  }

  /**
   * Records the first of two approvals of a run awaiting release, over `replacing` (the void
   * approval of a reviewer who lost the right, or null); false if the run changed meanwhile.
   */
  async firstApproval(id: string, by: string, at: string, comment: string | null, replacing: string | null, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change(
      `UPDATE runs SET first_release_by = $2, first_release_at = $3, first_release_comment = $4
       WHERE id = $1 AND status = 'awaiting-release' AND first_release_by IS NOT DISTINCT FROM $5
         AND EXISTS (SELECT 1 FROM agreements a WHERE a.id = runs.agreement_id AND a.status = 'active')`,
      [id, by, at, comment, replacing],
    )) === 1;
  }

  /**
   * Records the reviewer's decision on a run from one of `from`; false if it no longer was, or (a
   * release) its agreement is no longer active: a suspension committed meanwhile wins.
   */
  async decide(id: string, from: RunStatus[], status: 'released' | 'rejected', by: string, at: string, comment: string | null, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change(
      `UPDATE runs SET status = $2, released_by = $3, released_at = $4, release_comment = $5 WHERE id = $1 AND status IN (${from.map((_, i) => `$${i + 6}`).join(', ')})
       ${status === 'released' ? "AND EXISTS (SELECT 1 FROM agreements a WHERE a.id = runs.agreement_id AND a.status = 'active')" : ''}`,
      [id, status, by, at, comment, ...from],
    )) === 1;
  }
}
