/**
 * Data-subject requests (数据主体权益): which agreements, runs and products used one person's
 * record. The value is looked up in the vault versions of every dataset with a column of that
 * semantic; the answer names uses, never data. The value itself is never stored or logged.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteIdentifier } from '../../masking-rules/compiler/sql-quote';
import type { Semantic } from '../../masking-rules/dataset-schema';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { CatalogService } from '../catalog/catalog-service';
import type { CatalogStore } from '../catalog/catalog-store';
import type { AgreementStore } from '../agreements/agreement-store';

export type SubjectMatch = { agreementId: string; agreementStatus: string; datasetId: string; vaultVersions: number[]; runs: string[]; products: string[] };

export class SubjectRequestService {
  constructor(private readonly deps: { db: SqlRunner; catalog: CatalogService; catalogStore: CatalogStore; agreements: AgreementStore }) {}

  async find(semantic: Semantic, value: string): Promise<SubjectMatch[]> {
    const normalised = semantic === 'cn_id' || semantic === 'uscc' ? value.trim().toUpperCase() : value.trim();
    const found = new Map<string, number[]>();
    for (const dataset of await this.deps.catalog.list()) {
      const columns = dataset.columns.filter((c) => c.semantic === semantic).map((c) => c.name);
      if (!columns.length) continue;
      for (const version of await this.deps.catalogStore.versions(dataset.id)) {
        if (await containsValue(version.file, columns, normalised)) found.set(dataset.id, [...(found.get(dataset.id) ?? []), version.version]);
      }
    }
    const matches: SubjectMatch[] = [];
    for (const agreement of await this.deps.agreements.list()) {
      for (const item of agreement.scope) {
        const versions = found.get(item.datasetId);
        if (!versions) continue;
        const runs = await this.deps.db.all<{ id: string }>('SELECT id FROM runs WHERE agreement_id = $1 ORDER BY started_at', [agreement.id]);
        const products = await this.deps.db.all<{ id: string }>('SELECT id FROM products WHERE agreement_id = $1 ORDER BY created_at', [agreement.id]);
        matches.push({ agreementId: agreement.id, agreementStatus: agreement.status, datasetId: item.datasetId, vaultVersions: versions, runs: runs.map((r) => r.id), products: products.map((p) => p.id) });
      }
    }
    return matches;
  }
}

async function containsValue(file: string, columns: string[], value: string): Promise<boolean> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY', autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const db = await instance.connect();
  try {
    const where = columns.map((c) => `CAST(${quoteIdentifier(c)} AS VARCHAR) = $1`).join(' OR ');
    const rows = (await db.runAndReadAll(`SELECT 1 AS hit FROM data WHERE ${where} LIMIT 1`, [value])).getRowObjectsJS();
    return rows.length > 0;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
