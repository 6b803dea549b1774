/**
 * The control plane's schema, as an ordered list of migrations. A migration is applied once,
 * inside a transaction, and recorded in schema_migrations; re-running is a no-op.
 * Later capabilities append migrations here; never edit one that has shipped.
 */
import { disclosureMigrations } from './disclosure-migrations';
import { durabilityMigrations } from './durability-migrations';
import { governanceMigrations } from './governance-migrations';
import { selectionMigrations } from './selection-migrations';
import { reportingMigrations } from './reporting-migrations';
import { keyMigrations } from './key-migrations';
import { registrationMigrations } from './registration-migrations';
import { subjectLineageMigrations } from './subject-lineage-migrations';

export type Migration = { version: number; name: string; statements: string[] };

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'principals',
    statements: [
      `CREATE TABLE principals (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL UNIQUE,
        role VARCHAR NOT NULL,
        unit VARCHAR NOT NULL,
        token_hash VARCHAR NOT NULL UNIQUE,
        created_at VARCHAR NOT NULL,
        created_by VARCHAR,
        revoked_at VARCHAR
      )`,
    ],
  },
  {
    version: 2,
    name: 'audit_log',
    statements: [
      // No index on purpose: the single writer appends in seq order, so DuckDB's zone maps serve
      // range reads, and verification catches a duplicate or missing seq; an index would double
      // the cost of every group commit.
      `CREATE TABLE audit_log (
        seq BIGINT NOT NULL,
        occurred_at VARCHAR NOT NULL,
        actor_id VARCHAR,
        role VARCHAR,
        action VARCHAR NOT NULL,
        resource VARCHAR NOT NULL,
        outcome VARCHAR NOT NULL,
        request_id VARCHAR NOT NULL,
        agreement_id VARCHAR,
        details VARCHAR NOT NULL,
        prev_hash VARCHAR NOT NULL,
        hash VARCHAR NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    name: 'catalog',
    statements: [
      `CREATE TABLE datasets (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL UNIQUE,
        title VARCHAR NOT NULL,
        description VARCHAR,
        level VARCHAR NOT NULL,
        openness VARCHAR NOT NULL,
        subject_key VARCHAR,
        columns VARCHAR NOT NULL,
        owner_unit VARCHAR NOT NULL,
        created_by VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL
      )`,
      `CREATE TABLE dataset_versions (
        dataset_id VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        file VARCHAR NOT NULL,
        format VARCHAR NOT NULL,
        rows BIGINT NOT NULL,
        bytes BIGINT NOT NULL,
        sha256 VARCHAR NOT NULL,
        created_by VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        PRIMARY KEY (dataset_id, version)
      )`,
      `CREATE TABLE masking_rule_sets (
        dataset_id VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        document VARCHAR NOT NULL,
        format VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        created_by VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        PRIMARY KEY (dataset_id, version)
      )`,
    ],
  },
  {
    version: 4,
    name: 'applications_and_agreements',
    statements: [
      `CREATE TABLE applications (
        id VARCHAR PRIMARY KEY,
        operator_id VARCHAR NOT NULL,
        operator_unit VARCHAR NOT NULL,
        scenario VARCHAR NOT NULL,
        purpose VARCHAR NOT NULL,
        datasets VARCHAR NOT NULL,
        starts_at VARCHAR NOT NULL,
        ends_at VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        decided_by VARCHAR,
        decided_at VARCHAR,
        decision_comment VARCHAR
      )`,
      `CREATE TABLE consents (
        application_id VARCHAR NOT NULL,
        dataset_id VARCHAR NOT NULL,
        source_unit VARCHAR NOT NULL,
        decision VARCHAR NOT NULL,
        comment VARCHAR,
        decided_by VARCHAR NOT NULL,
        decided_at VARCHAR NOT NULL,
        PRIMARY KEY (application_id, dataset_id)
      )`,
      `CREATE TABLE agreements (
        id VARCHAR PRIMARY KEY,
        application_id VARCHAR NOT NULL UNIQUE,
        operator_id VARCHAR NOT NULL,
        operator_unit VARCHAR NOT NULL,
        scenario VARCHAR NOT NULL,
        scope VARCHAR NOT NULL,
        starts_at VARCHAR NOT NULL,
        ends_at VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        sandbox_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        status_changed_at VARCHAR NOT NULL,
        status_reason VARCHAR
      )`,
      `CREATE TABLE agreement_transitions (
        agreement_id VARCHAR NOT NULL,
        occurred_at VARCHAR NOT NULL,
        from_status VARCHAR NOT NULL,
        to_status VARCHAR NOT NULL,
        actor_id VARCHAR,
        reason VARCHAR
      )`,
    ],
  },
  {
    version: 5,
    name: 'sandboxes',
    statements: [
      `CREATE TABLE sandboxes (
        id VARCHAR PRIMARY KEY,
        agreement_id VARCHAR NOT NULL UNIQUE,
        state VARCHAR NOT NULL,
        progress_done INTEGER NOT NULL,
        progress_total INTEGER NOT NULL,
        attempts INTEGER NOT NULL,
        loaded VARCHAR,
        error VARCHAR,
        created_at VARCHAR NOT NULL,
        ready_at VARCHAR,
        sealed_at VARCHAR,
        destroyed_at VARCHAR
      )`,
      `CREATE TABLE sandbox_keys (
        sandbox_id VARCHAR PRIMARY KEY,
        key_ciphertext VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL
      )`,
    ],
  },
  {
    version: 6,
    name: 'destructions',
    statements: [
      `CREATE TABLE destructions (
        sandbox_id VARCHAR PRIMARY KEY,
        agreement_id VARCHAR NOT NULL,
        started_at VARCHAR NOT NULL,
        manifest VARCHAR NOT NULL,
        key_destruction VARCHAR,
        certificate VARCHAR,
        certificate_hash VARCHAR,
        audit_seq BIGINT
      )`,
    ],
  },
  {
    version: 7,
    name: 'agreement_settings',
    statements: [
      `CREATE TABLE agreement_settings (
        agreement_id VARCHAR PRIMARY KEY,
        k_min INTEGER NOT NULL,
        query_timeout_ms INTEGER NOT NULL,
        max_suppressed_share DOUBLE NOT NULL,
        updated_by VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL
      )`,
    ],
  },
  {
    version: 8,
    name: 'models_and_runs',
    statements: [
      `CREATE TABLE models (
        id VARCHAR PRIMARY KEY,
        sandbox_id VARCHAR NOT NULL,
        agreement_id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        sql VARCHAR NOT NULL,
        parameters VARCHAR NOT NULL,
        purpose VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        checks VARCHAR NOT NULL,
        created_by VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        reviewed_by VARCHAR,
        reviewed_at VARCHAR,
        review_comment VARCHAR,
        record_level_granted BOOLEAN NOT NULL,
        UNIQUE (sandbox_id, name, version)
      )`,
      `CREATE TABLE runs (
        id VARCHAR PRIMARY KEY,
        model_id VARCHAR NOT NULL,
        agreement_id VARCHAR NOT NULL,
        sandbox_id VARCHAR NOT NULL,
        params VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        row_count INTEGER NOT NULL,
        disclosure VARCHAR NOT NULL,
        output_sha256 VARCHAR,
        fingerprint VARCHAR,
        run_by VARCHAR NOT NULL,
        started_at VARCHAR NOT NULL,
        finished_at VARCHAR NOT NULL,
        released_by VARCHAR,
        released_at VARCHAR,
        release_comment VARCHAR
      )`,
    ],
  },
  {
    version: 9,
    name: 'products',
    statements: [
      `CREATE TABLE products (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        run_id VARCHAR,
        model_id VARCHAR,
        agreement_id VARCHAR NOT NULL,
        sandbox_id VARCHAR NOT NULL,
        operator_id VARCHAR NOT NULL,
        operator_unit VARCHAR NOT NULL,
        source_units VARCHAR NOT NULL,
        description VARCHAR NOT NULL,
        grantees VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        reviewed_by VARCHAR,
        reviewed_at VARCHAR,
        review_comment VARCHAR
      )`,
    ],
  },
  ...disclosureMigrations,
  ...durabilityMigrations,
  ...governanceMigrations,
  ...selectionMigrations,
  ...reportingMigrations,
  ...registrationMigrations,
  ...subjectLineageMigrations,
  ...keyMigrations,
];
