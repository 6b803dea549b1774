/**
 * Migrations of disclosure control (issue 9): model grants for unsafe statistics, queued runs
 * and the reviewer's airlock, per-agreement budgets and thresholds, the subject sets of
 * released cells for differencing, API-product calls and parameter domains, and the authority's
 * approval of rule sets that keep identifiers in clear. Appended to `migrations` in order.
 */
import type { Migration } from './migrations';

export const disclosureMigrations: Migration[] = [
  {
    version: 10,
    name: 'disclosure_control',
    statements: [
      'ALTER TABLE models ADD COLUMN unsafe_statistics_granted BOOLEAN DEFAULT false',
      'ALTER TABLE runs ADD COLUMN created_at VARCHAR',
      'ALTER TABLE runs ADD COLUMN failure VARCHAR',
      'ALTER TABLE runs ADD COLUMN review_opened_by VARCHAR',
      'ALTER TABLE runs ADD COLUMN review_opened_at VARCHAR',
      'ALTER TABLE runs ALTER COLUMN finished_at DROP NOT NULL',
      'ALTER TABLE agreement_settings ADD COLUMN extra VARCHAR',
      `CREATE TABLE released_cells (
        agreement_id VARCHAR NOT NULL,
        source_id VARCHAR NOT NULL,
        product_id VARCHAR,
        cell VARCHAR NOT NULL,
        table_name VARCHAR NOT NULL,
        subjects BIGINT NOT NULL,
        hash_sum VARCHAR NOT NULL,
        sketch VARCHAR NOT NULL,
        lineage VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL
      )`,
      `CREATE TABLE product_invocations (
        id VARCHAR PRIMARY KEY,
        product_id VARCHAR NOT NULL,
        grantee_id VARCHAR NOT NULL,
        params VARCHAR NOT NULL,
        outcome VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL
      )`,
      'ALTER TABLE products ADD COLUMN parameter_domains VARCHAR',
    ],
  },
  {
    version: 11,
    name: 'rule_set_approvals',
    statements: [
      'ALTER TABLE masking_rule_sets ADD COLUMN keeps_identifiers BOOLEAN DEFAULT false',
      'ALTER TABLE masking_rule_sets ADD COLUMN approved_by VARCHAR',
      'ALTER TABLE masking_rule_sets ADD COLUMN approved_at VARCHAR',
      'ALTER TABLE masking_rule_sets ADD COLUMN approval_comment VARCHAR',
    ],
  },
];
