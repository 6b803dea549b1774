/**
 * Migrations of product registration (登记管理暂行办法): a registration is valid for three years
 * from the authority's approval and is renewed, three years at a time, by the authority. Each
 * renewal is one row keyed by the expiry it extends, so a registration is renewed once per term.
 */
import type { Migration } from './migrations';

export const registrationMigrations: Migration[] = [
  {
    version: 24,
    name: 'product_renewals',
    statements: [
      `CREATE TABLE product_renewals (
        product_id VARCHAR NOT NULL,
        previous_expiry VARCHAR NOT NULL,
        new_expiry VARCHAR NOT NULL,
        renewed_by VARCHAR NOT NULL,
        renewed_at VARCHAR NOT NULL,
        comment VARCHAR,
        PRIMARY KEY (product_id, previous_expiry)
      )`,
    ],
  },
];
