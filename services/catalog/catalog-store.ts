/** Reads and writes datasets, their vault versions and their masking rule sets. */
import path from 'node:path';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import type { Dataset, DatasetVersion, UploadFormat } from './dataset';

type DatasetRow = {
  id: string; name: string; title: string; description: string | null; level: string; openness: string;
  subject_key: string | null; columns: string; owner_unit: string; created_by: string; created_at: string;
  current_version: number | null; current_rules_version: number | null;
};
type VersionRow = { dataset_id: string; version: number; file: string; format: string; rows: bigint; bytes: bigint; sha256: string; created_by: string; created_at: string };
/**
 * A stored rule-set version. A version that keeps a personal/identifier column in clear
 * (`keepsIdentifiers`) needs the authority's decision, stored in the approval columns as:
 * - pending:  approved_at IS NULL;
 * - approved: approved_by = the authority principal, approved_at, approval_comment = its comment (or NULL);
 * - rejected: approved_by IS NULL, approved_at = the time of the decision,
 *   approval_comment = 'rejected by <principal id>' or 'rejected by <principal id>: <comment>'.
 * So `approved_by IS NOT NULL` holds exactly for approved versions, and a reader that looks only at
 * approved_by can never mistake a rejection for an approval.
 */
export type RuleSetRecord = {
  datasetId: string; version: number; document: unknown; format: string; sha256: string; createdBy: string; createdAt: string;
  keepsIdentifiers: boolean; approvedBy: string | null; approvedAt: string | null; approvalComment: string | null;
};
type RuleRow = {
  dataset_id: string; version: number; document: string; format: string; sha256: string; created_by: string; created_at: string;
  keeps_identifiers: boolean | null; approved_by: string | null; approved_at: string | null; approval_comment: string | null;
};

const SELECT_DATASET = `SELECT d.*,
  (SELECT max(version) FROM dataset_versions v WHERE v.dataset_id = d.id) AS current_version,
  (SELECT max(version) FROM masking_rule_sets r WHERE r.dataset_id = d.id) AS current_rules_version
  FROM datasets d`;

function toDataset(row: DatasetRow): Dataset {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    level: row.level as Dataset['level'],
    openness: row.openness as Dataset['openness'],
    ...(row.subject_key ? { subjectKey: row.subject_key } : {}),
    columns: JSON.parse(row.columns) as ColumnSpec[],
    ownerUnit: row.owner_unit,
    createdBy: row.created_by,
    createdAt: row.created_at,
    currentVersion: row.current_version === null ? null : Number(row.current_version),
    currentRulesVersion: row.current_rules_version === null ? null : Number(row.current_rules_version),
  };
}

function toVersion(row: VersionRow, dataDir: string): DatasetVersion & { file: string } {
  return {
    datasetId: row.dataset_id, version: Number(row.version), file: path.resolve(dataDir, row.file), format: row.format as UploadFormat,
    rows: Number(row.rows), bytes: Number(row.bytes), sha256: row.sha256, createdBy: row.created_by, createdAt: row.created_at,
  };
}

/**
 * Version files are stored relative to the data directory (`vault/<id>/v000001.duckdb`) and
 * resolved against it when read, so a moved or copied data directory reads its own vault.
 */
export class CatalogStore {
  constructor(private readonly deps: { db: SqlRunner; dataDir: string }) {}

  async insertDataset(d: Dataset, tx: SqlRunner = this.deps.db): Promise<void> {
    await tx.run(
      `INSERT INTO datasets (id, name, title, description, level, openness, subject_key, columns, owner_unit, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [d.id, d.name, d.title, d.description ?? null, d.level, d.openness, d.subjectKey ?? null, JSON.stringify(d.columns), d.ownerUnit, d.createdBy, d.createdAt],
    );
  }

  async dataset(id: string): Promise<Dataset | undefined> {
    const row = await this.deps.db.one<DatasetRow>(`${SELECT_DATASET} WHERE d.id = $1`, [id]);
    return row && toDataset(row);
  }

  async datasetByName(name: string): Promise<Dataset | undefined> {
    const row = await this.deps.db.one<DatasetRow>(`${SELECT_DATASET} WHERE d.name = $1`, [name]);
    return row && toDataset(row);
  }

  async datasets(): Promise<Dataset[]> {
    return (await this.deps.db.all<DatasetRow>(`${SELECT_DATASET} ORDER BY d.created_at, d.id`)).map(toDataset);
  }

  /** Inserts a version row; `tx` when it must commit with something else (its audit entry). */
  async insertVersion(v: DatasetVersion & { file: string }, tx: SqlRunner = this.deps.db): Promise<void> {
    await tx.run(
      'INSERT INTO dataset_versions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [v.datasetId, v.version, storedPath(this.deps.dataDir, v.file), v.format, v.rows, v.bytes, v.sha256, v.createdBy, v.createdAt],
    );
  }

  async versions(datasetId: string): Promise<(DatasetVersion & { file: string })[]> {
    const rows = await this.deps.db.all<VersionRow>('SELECT * FROM dataset_versions WHERE dataset_id = $1 ORDER BY version', [datasetId]);
    return rows.map((r) => toVersion(r, this.deps.dataDir));
  }

  async version(datasetId: string, version: number): Promise<(DatasetVersion & { file: string }) | undefined> {
    const row = await this.deps.db.one<VersionRow>('SELECT * FROM dataset_versions WHERE dataset_id = $1 AND version = $2', [datasetId, version]);
    return row && toVersion(row, this.deps.dataDir);
  }

  async insertRuleSet(r: RuleSetRecord, tx: SqlRunner = this.deps.db): Promise<void> {
    await tx.run(
      `INSERT INTO masking_rule_sets (dataset_id, version, document, format, sha256, created_by, created_at, keeps_identifiers, approved_by, approved_at, approval_comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [r.datasetId, r.version, JSON.stringify(r.document), r.format, r.sha256, r.createdBy, r.createdAt, r.keepsIdentifiers, r.approvedBy, r.approvedAt, r.approvalComment],
    );
  }

  /**
   * Records the authority's decision on a version that keeps identifiers, once: a compare-and-set
   * on a still undecided version (the caller has checked that it keeps identifiers; the flag is set
   * here too, for versions stored before it existed). False when the version is already decided.
   */
  async decideRuleSet(datasetId: string, version: number, decision: { approvedBy: string | null; at: string; comment: string | null }, tx: SqlRunner = this.deps.db): Promise<boolean> {
    const changed = await tx.change(
      `UPDATE masking_rule_sets SET keeps_identifiers = true, approved_by = $3, approved_at = $4, approval_comment = $5
       WHERE dataset_id = $1 AND version = $2 AND approved_at IS NULL`,
      [datasetId, version, decision.approvedBy, decision.at, decision.comment],
    );
    return changed === 1;
  }

  async ruleSets(datasetId: string): Promise<RuleSetRecord[]> {
    const rows = await this.deps.db.all<RuleRow>('SELECT * FROM masking_rule_sets WHERE dataset_id = $1 ORDER BY version', [datasetId]);
    return rows.map(toRuleSetRecord);
  }

  async ruleSet(datasetId: string, version: number): Promise<RuleSetRecord | undefined> {
    const row = await this.deps.db.one<RuleRow>('SELECT * FROM masking_rule_sets WHERE dataset_id = $1 AND version = $2', [datasetId, version]);
    return row && toRuleSetRecord(row);
  }
}

function toRuleSetRecord(r: RuleRow): RuleSetRecord {
  return {
    datasetId: r.dataset_id, version: Number(r.version), document: JSON.parse(r.document) as unknown, format: r.format,
    sha256: r.sha256, createdBy: r.created_by, createdAt: r.created_at,
    keepsIdentifiers: r.keeps_identifiers === true, approvedBy: r.approved_by, approvedAt: r.approved_at, approvalComment: r.approval_comment,
  };
}

/** The path as stored: relative to the data directory, which must contain it. */
function storedPath(dataDir: string, file: string): string {
  const relative = path.relative(dataDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new Error('a vault file must lie inside the data directory');
  return relative.split(path.sep).join('/');
}
