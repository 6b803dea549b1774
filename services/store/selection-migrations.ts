/**
 * Migrations of how the authority selects operators and what it offers them: public calls
 * (征集) and qualifications (资格), the directory of data open to authorized operation
 * (授权运营目录) in versions, and operators' partners (运营合作方).
 *
 * A platform that already ran before these existed keeps working: each operator unit with an
 * active principal is qualified for three years from the migration, and every dataset that is
 * not closed enters directory version 1 with all its columns and any scenario. The authority
 * revises both from then on.
 */
import type { Migration } from './migrations';

export const selectionMigrations: Migration[] = [
  {
    version: 19,
    name: 'calls_and_qualifications',
    statements: [
      `CREATE TABLE calls (
        id VARCHAR PRIMARY KEY,
        title VARCHAR NOT NULL,
        requirements VARCHAR NOT NULL,
        scenarios VARCHAR NOT NULL,
        deadline VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        opened_by VARCHAR NOT NULL,
        opened_at VARCHAR NOT NULL,
        closed_by VARCHAR,
        closed_at VARCHAR
      )`,
      `CREATE TABLE qualifications (
        id VARCHAR PRIMARY KEY,
        call_id VARCHAR,
        operator_unit VARCHAR NOT NULL,
        applicant_id VARCHAR NOT NULL,
        statement VARCHAR NOT NULL,
        materials VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        submitted_at VARCHAR NOT NULL,
        reviewed_by VARCHAR,
        reviewed_at VARCHAR,
        reasons VARCHAR,
        valid_until VARCHAR,
        revoked_by VARCHAR,
        revoked_at VARCHAR,
        revocation_reason VARCHAR
      )`,
      `INSERT INTO qualifications
        SELECT 'qual_migrated_' || md5(unit), NULL, unit, min(id), '迁移前已开展授权运营的单位（资格由迁移保留）', '[]', 'qualified',
               strftime(current_date, '%Y-%m-%dT00:00:00.000Z'), NULL, strftime(current_date, '%Y-%m-%dT00:00:00.000Z'),
               'kept by migration: the unit operated before qualifications existed',
               strftime(current_date + INTERVAL 3 YEAR, '%Y-%m-%dT00:00:00.000Z'), NULL, NULL, NULL
        FROM principals WHERE role = 'operator' AND revoked_at IS NULL GROUP BY unit`,
    ],
  },
  {
    version: 20,
    name: 'directory',
    statements: [
      `CREATE TABLE directory_versions (
        version INTEGER PRIMARY KEY,
        published_by VARCHAR NOT NULL,
        published_at VARCHAR NOT NULL,
        note VARCHAR NOT NULL
      )`,
      `CREATE TABLE directory_entries (
        version INTEGER NOT NULL,
        dataset_id VARCHAR NOT NULL,
        columns VARCHAR NOT NULL,
        scenarios VARCHAR NOT NULL,
        openness VARCHAR NOT NULL,
        PRIMARY KEY (version, dataset_id)
      )`,
      `CREATE TABLE directory_proposals (
        id VARCHAR PRIMARY KEY,
        dataset_id VARCHAR NOT NULL,
        source_unit VARCHAR NOT NULL,
        columns VARCHAR NOT NULL,
        scenarios VARCHAR NOT NULL,
        openness VARCHAR NOT NULL,
        note VARCHAR,
        status VARCHAR NOT NULL,
        proposed_by VARCHAR NOT NULL,
        proposed_at VARCHAR NOT NULL,
        decided_by VARCHAR,
        decided_at VARCHAR,
        decision_comment VARCHAR,
        published_version INTEGER
      )`,
      `INSERT INTO directory_versions
        SELECT 1, 'migration', strftime(current_date, '%Y-%m-%dT00:00:00.000Z'), 'datasets registered before the directory existed'
        WHERE EXISTS (SELECT 1 FROM datasets WHERE openness <> 'closed')`,
      `INSERT INTO directory_entries
        SELECT 1, id, to_json(json_extract_string(columns, '$[*].name'))::VARCHAR, '[]', openness FROM datasets WHERE openness <> 'closed'`,
    ],
  },
  {
    version: 21,
    name: 'partners',
    statements: [
      `CREATE TABLE partners (
        id VARCHAR PRIMARY KEY,
        operator_unit VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        unit VARCHAR NOT NULL,
        duties VARCHAR NOT NULL,
        starts_at VARCHAR NOT NULL,
        ends_at VARCHAR NOT NULL,
        documents VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        live_access BOOLEAN NOT NULL,
        filed_by VARCHAR NOT NULL,
        filed_at VARCHAR NOT NULL,
        decided_by VARCHAR,
        decided_at VARCHAR,
        decision_comment VARCHAR,
        ended_by VARCHAR,
        ended_at VARCHAR,
        end_reason VARCHAR
      )`,
      'ALTER TABLE principals ADD COLUMN partner_id VARCHAR',
    ],
  },
];
