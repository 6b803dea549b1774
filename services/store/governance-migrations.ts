/**
 * Migrations of the governance work (the 办法's parties and procedures): entrustments of
 * examiners, and the first of two approvals of a two-person release.
 */
import type { Migration } from './migrations';

export const governanceMigrations: Migration[] = [
  {
    version: 14,
    name: 'entrustments',
    statements: [
      `CREATE TABLE entrustments (
        id VARCHAR PRIMARY KEY,
        examiner_id VARCHAR NOT NULL,
        agreement_id VARCHAR,
        note VARCHAR,
        created_by VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        revoked_by VARCHAR,
        revoked_at VARCHAR
      )`,
    ],
  },
  {
    version: 15,
    name: 'two_person_release',
    statements: [
      'ALTER TABLE runs ADD COLUMN first_release_by VARCHAR',
      'ALTER TABLE runs ADD COLUMN first_release_at VARCHAR',
      'ALTER TABLE runs ADD COLUMN first_release_comment VARCHAR',
    ],
  },
];
