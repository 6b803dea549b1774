/**
 * Migrations of key custody: the platform's own secrets, sealed under the master key like the
 * agreement keys, so that a master-key rotation re-seals them instead of changing them (the
 * output-fingerprint key, which until now was derived from the master key itself).
 */
import type { Migration } from './migrations';

export const keyMigrations: Migration[] = [
  {
    version: 27,
    name: 'platform_secrets',
    statements: [
      `CREATE TABLE platform_secrets (
        name VARCHAR PRIMARY KEY,
        sealed VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL
      )`,
    ],
  },
];
