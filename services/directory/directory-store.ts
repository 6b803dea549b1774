/**
 * Reads and writes the directory: its versions and entries, and the source units' proposals.
 * A publication writes a whole version; the version number is the table's key, so two
 * publications racing cannot both take the same number.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { DirectoryEntry, DirectoryOpenness, DirectoryProposal, DirectoryVersion, ProposalStatus } from './directory';

type EntryRow = { dataset_id: string; columns: string; scenarios: string; openness: string };
type VersionRow = { version: number; published_by: string; published_at: string; note: string };
type ProposalRow = EntryRow & {
  id: string; source_unit: string; note: string | null; status: string; proposed_by: string; proposed_at: string;
  decided_by: string | null; decided_at: string | null; decision_comment: string | null; published_version: number | null;
};

function toEntry(r: EntryRow): DirectoryEntry {
  return { datasetId: r.dataset_id, columns: JSON.parse(r.columns) as string[], scenarios: JSON.parse(r.scenarios) as string[], openness: r.openness as DirectoryOpenness };
}

function toProposal(r: ProposalRow): DirectoryProposal {
  return {
    ...toEntry(r), id: r.id, sourceUnit: r.source_unit, note: r.note, status: r.status as ProposalStatus, proposedBy: r.proposed_by, proposedAt: r.proposed_at,
    decidedBy: r.decided_by, decidedAt: r.decided_at, decisionComment: r.decision_comment, publishedVersion: r.published_version === null ? null : Number(r.published_version),
  };
}

export class DirectoryStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  /** The newest version, or undefined before the first publication. */
  async current(db: SqlRunner = this.deps.db): Promise<DirectoryVersion | undefined> {
    const row = await db.one<VersionRow>('SELECT * FROM directory_versions ORDER BY version DESC LIMIT 1');
    return row && this.withEntries(row, db);
  }

  async version(version: number): Promise<DirectoryVersion | undefined> {
    const row = await this.deps.db.one<VersionRow>('SELECT * FROM directory_versions WHERE version = $1', [version]);
    return row && this.withEntries(row, this.deps.db);
  }

  async versions(): Promise<(Omit<DirectoryVersion, 'entries'> & { entryCount: number })[]> {
    const rows = await this.deps.db.all<VersionRow & { n: bigint }>(
      'SELECT v.*, (SELECT count(*) FROM directory_entries e WHERE e.version = v.version) AS n FROM directory_versions v ORDER BY v.version DESC',
    );
    return rows.map((r) => ({ version: Number(r.version), publishedBy: r.published_by, publishedAt: r.published_at, note: r.note, entryCount: Number(r.n) }));
  }

  async publish(v: DirectoryVersion, db: SqlRunner): Promise<void> {
    await db.run('INSERT INTO directory_versions VALUES ($1, $2, $3, $4)', [v.version, v.publishedBy, v.publishedAt, v.note]);
    for (const e of v.entries) {
      await db.run('INSERT INTO directory_entries VALUES ($1, $2, $3, $4, $5)', [v.version, e.datasetId, JSON.stringify(e.columns), JSON.stringify(e.scenarios), e.openness]);
    }
  }

  async insertProposal(p: DirectoryProposal, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(
      'INSERT INTO directory_proposals VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL, NULL, NULL)',
      [p.id, p.datasetId, p.sourceUnit, JSON.stringify(p.columns), JSON.stringify(p.scenarios), p.openness, p.note, p.status, p.proposedBy, p.proposedAt],
    );
  }

  async proposal(id: string, db: SqlRunner = this.deps.db): Promise<DirectoryProposal | undefined> {
    const row = await db.one<ProposalRow>('SELECT * FROM directory_proposals WHERE id = $1', [id]);
    return row && toProposal(row);
  }

  async proposals(): Promise<DirectoryProposal[]> {
    return (await this.deps.db.all<ProposalRow>('SELECT * FROM directory_proposals ORDER BY proposed_at DESC, id')).map(toProposal);
  }

  async decide(id: string, status: 'published' | 'rejected', by: string, at: string, comment: string | null, version: number | null, db: SqlRunner): Promise<boolean> {
    return (await db.change(
      "UPDATE directory_proposals SET status = $2, decided_by = $3, decided_at = $4, decision_comment = $5, published_version = $6 WHERE id = $1 AND status = 'proposed'",
      [id, status, by, at, comment, version],
    )) === 1;
  }

  private async withEntries(row: VersionRow, db: SqlRunner): Promise<DirectoryVersion> {
    const entries = (await db.all<EntryRow>('SELECT * FROM directory_entries WHERE version = $1 ORDER BY dataset_id', [row.version])).map(toEntry);
    return { version: Number(row.version), publishedBy: row.published_by, publishedAt: row.published_at, note: row.note, entries };
  }
}
