/**
 * Migrations of the durability work: vault paths relative to the data directory, and the
 * journal that lets an upload's version file be renamed into place only after it is recorded.
 */
import type { Migration } from './migrations';

export const durabilityMigrations: Migration[] = [
  {
    version: 12,
    name: 'relative_vault_paths',
    statements: [
      // Absolute paths written before: keep what follows the data directory (`vault/<id>/vNNNNNN.duckdb`).
      `UPDATE dataset_versions SET file = regexp_extract(file, '(vault/ds_[A-Za-z0-9-]+/v[0-9]+\\.duckdb)$', 1)
        WHERE file LIKE '/%' AND regexp_matches(file, 'vault/ds_[A-Za-z0-9-]+/v[0-9]+\\.duckdb$')`,
    ],
  },
  {
    version: 13,
    name: 'vault_journal',
    statements: [
      `CREATE TABLE vault_journal (
        dataset_id VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        building_file VARCHAR NOT NULL,
        final_file VARCHAR NOT NULL,
        started_at VARCHAR NOT NULL,
        request_id VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        PRIMARY KEY (dataset_id, version)
      )`,
    ],
  },
];
