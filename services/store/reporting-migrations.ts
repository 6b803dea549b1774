/**
 * Migrations of the reporting work between the parties: quality feedback (质量反馈) from
 * operators to source units, and periodic filings (定期报备) from operators to the authority
 * with the scheduler's overdue flags. The filing schedule itself lives in the agreement's
 * settings (`agreement_settings.extra`), so it needs no table.
 */
import type { Migration } from './migrations';

export const reportingMigrations: Migration[] = [
  {
    version: 22,
    name: 'quality_feedback',
    statements: [
      `CREATE TABLE feedback (
        id VARCHAR PRIMARY KEY,
        agreement_id VARCHAR NOT NULL,
        operator_unit VARCHAR NOT NULL,
        raised_by VARCHAR NOT NULL,
        raised_at VARCHAR NOT NULL,
        dataset_id VARCHAR NOT NULL,
        source_unit VARCHAR NOT NULL,
        column_name VARCHAR,
        category VARCHAR NOT NULL,
        description VARCHAR NOT NULL,
        example_kind VARCHAR,
        example_run_id VARCHAR,
        example_text VARCHAR,
        status VARCHAR NOT NULL,
        first_answered_at VARCHAR,
        closed_by VARCHAR,
        closed_at VARCHAR,
        closing_note VARCHAR
      )`,
      `CREATE TABLE feedback_answers (
        feedback_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        answered_by VARCHAR NOT NULL,
        answered_at VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        PRIMARY KEY (feedback_id, seq)
      )`,
    ],
  },
  {
    version: 23,
    name: 'periodic_filings',
    statements: [
      // One filing per agreement and period (the key); corrections are further versions of it.
      `CREATE TABLE filings (
        id VARCHAR PRIMARY KEY,
        agreement_id VARCHAR NOT NULL,
        operator_unit VARCHAR NOT NULL,
        period VARCHAR NOT NULL,
        due_at VARCHAR NOT NULL,
        submitted_by VARCHAR NOT NULL,
        submitted_at VARCHAR NOT NULL,
        late BOOLEAN NOT NULL,
        UNIQUE (agreement_id, period)
      )`,
      `CREATE TABLE filing_versions (
        filing_id VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        attachments VARCHAR NOT NULL,
        reason VARCHAR,
        submitted_by VARCHAR NOT NULL,
        submitted_at VARCHAR NOT NULL,
        PRIMARY KEY (filing_id, version)
      )`,
      // The scheduler's flag on an obligation past due without a filing: raised once (the key), cleared by a late filing.
      `CREATE TABLE filing_overdue_flags (
        agreement_id VARCHAR NOT NULL,
        period VARCHAR NOT NULL,
        operator_unit VARCHAR NOT NULL,
        due_at VARCHAR NOT NULL,
        flagged_at VARCHAR NOT NULL,
        cleared_at VARCHAR,
        cleared_by_filing VARCHAR,
        PRIMARY KEY (agreement_id, period)
      )`,
    ],
  },
  {
    version: 25,
    name: 'filing_partner_reports',
    statements: [
      // What a filing says of each of the operator's partners active in its period (运营合作方).
      "ALTER TABLE filing_versions ADD COLUMN partner_reports VARCHAR DEFAULT '[]'",
    ],
  },
];
