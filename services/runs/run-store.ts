/** Reads and writes runs. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Disclosure, Run, RunStatus } from './run';

type RunRow = {
  id: string; model_id: string; agreement_id: string; sandbox_id: string; params: string; status: string; row_count: number; disclosure: string;
  output_sha256: string | null; fingerprint: string | null; run_by: string; started_at: string; finished_at: string;
  released_by: string | null; released_at: string | null; release_comment: string | null;
};

function toRun(r: RunRow): Run {
  return {
    id: r.id, modelId: r.model_id, agreementId: r.agreement_id, sandboxId: r.sandbox_id, params: JSON.parse(r.params) as Record<string, unknown>,
    status: r.status as RunStatus, rowCount: Number(r.row_count), disclosure: JSON.parse(r.disclosure) as Disclosure, outputSha256: r.output_sha256,
    fingerprint: r.fingerprint, runBy: r.run_by, startedAt: r.started_at, finishedAt: r.finished_at, releasedBy: r.released_by,
    releasedAt: r.released_at, releaseComment: r.release_comment,
  };
}

export class RunStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(r: Run): Promise<void> {
    await this.deps.db.run('INSERT INTO runs VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, NULL, NULL)', [
      r.id, r.modelId, r.agreementId, r.sandboxId, JSON.stringify(r.params), r.status, r.rowCount, JSON.stringify(r.disclosure),
      r.outputSha256, r.fingerprint, r.runBy, r.startedAt, r.finishedAt,
    ]);
  }

  async get(id: string): Promise<Run | undefined> {
    const row = await this.deps.db.one<RunRow>('SELECT * FROM runs WHERE id = $1', [id]);
    return row && toRun(row);
  }

  async byFingerprint(fingerprint: string): Promise<Run | undefined> {
    const row = await this.deps.db.one<RunRow>('SELECT * FROM runs WHERE fingerprint = $1', [fingerprint]);
    return row && toRun(row);
  }

  /** Records the release decision of a run awaiting release; false if it no longer was. */
  async decide(id: string, status: 'released' | 'rejected', by: string, at: string, comment: string | null): Promise<boolean> {
    return (await this.deps.db.change(
      "UPDATE runs SET status = $2, released_by = $3, released_at = $4, release_comment = $5 WHERE id = $1 AND status = 'awaiting-release'",
      [id, status, by, at, comment],
    )) === 1;
  }
}
