/**
 * Migrations of the governance work (the 办法's parties and procedures): entrustments of
 * examiners, the first of two approvals of a two-person release, reopened refusals, and risk
 * reports.
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
  {
    version: 16,
    name: 'consent_coordination',
    statements: [
      // A refusal the authority reopened (协调), with its note; the key makes it once per dataset.
      `CREATE TABLE reopened_consents (
        application_id VARCHAR NOT NULL,
        dataset_id VARCHAR NOT NULL,
        source_unit VARCHAR NOT NULL,
        decision VARCHAR NOT NULL,
        comment VARCHAR,
        decided_by VARCHAR NOT NULL,
        decided_at VARCHAR NOT NULL,
        reopened_by VARCHAR NOT NULL,
        reopened_at VARCHAR NOT NULL,
        note VARCHAR NOT NULL,
        PRIMARY KEY (application_id, dataset_id)
      )`,
    ],
  },
  {
    version: 17,
    name: 'risk_reports',
    statements: [
      `CREATE TABLE risk_reports (
        id VARCHAR PRIMARY KEY,
        agreement_id VARCHAR NOT NULL,
        operator_unit VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        summary VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        opened_by VARCHAR NOT NULL,
        opened_at VARCHAR NOT NULL,
        acknowledged_by VARCHAR,
        acknowledged_at VARCHAR,
        acknowledgement VARCHAR,
        closed_by VARCHAR,
        closed_at VARCHAR,
        resolution VARCHAR
      )`,
    ],
  },
  {
    version: 18,
    name: 'refused_applications',
    statements: [
      // Refusals recorded before refused existed left their application submitted: they wait for the authority too.
      `UPDATE applications SET status = 'refused' WHERE status = 'submitted'
        AND EXISTS (SELECT 1 FROM consents c WHERE c.application_id = applications.id AND c.decision = 'reject')`,
    ],
  },
];
