/**
 * Migrations of subject requests exactly (issue 14): each run records the sandbox tables (and
 * their datasets) its model read, from the parsed statement at run time, as JSON
 * `[{ "table", "datasetId" }]`. Runs from before have none; a subject request parses their
 * model's SQL again.
 */
import type { Migration } from './migrations';

export const subjectLineageMigrations: Migration[] = [
  {
    version: 26,
    name: 'run_tables_read',
    statements: ['ALTER TABLE runs ADD COLUMN tables_read VARCHAR'],
  },
];
