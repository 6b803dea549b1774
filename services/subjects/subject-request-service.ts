/**
 * Data-subject requests (数据主体权益): which agreements, runs and products used one person's
 * record. The value is looked up in the vault versions of every dataset with a column of that
 * semantic; for each agreement that holds such a dataset, the runs and products its records
 * reached are listed with the reason (subject-uses.ts). The answer names uses, never data. The
 * value itself is never stored or logged.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteIdentifier } from '../../masking-rules/compiler/sql-quote';
import type { Semantic } from '../../masking-rules/dataset-schema';
import type { CatalogService } from '../catalog/catalog-service';
import type { CatalogStore } from '../catalog/catalog-store';
import type { AgreementStore } from '../agreements/agreement-store';
import type { StatementActor } from '../workspace/statement-journal';
import type { SubjectUse, SubjectUses } from './subject-uses';

export type SubjectMatch = {
  agreementId: string; agreementStatus: string; datasetId: string; vaultVersions: number[];
  /** Ids of the runs and products the person's records reached (runItems and productItems say why). */
  runs: string[]; products: string[]; runItems: SubjectUse[]; productItems: SubjectUse[];
};

export class SubjectRequestService {
  constructor(private readonly deps: { catalog: CatalogService; catalogStore: CatalogStore; agreements: AgreementStore; uses: SubjectUses }) {}

  async find(semantic: Semantic, value: string, actor: StatementActor): Promise<SubjectMatch[]> {
    const normalised = semantic === 'cn_id' || semantic === 'uscc' ? value.trim().toUpperCase() : value.trim();
    const found = new Map<string, { versions: number[]; columns: string[] }>();
    for (const dataset of await this.deps.catalog.list()) {
      const columns = dataset.columns.filter((c) => c.semantic === semantic).map((c) => c.name);
      if (!columns.length) continue;
      for (const version of await this.deps.catalogStore.versions(dataset.id)) {
        if (await containsValue(version.file, columns, normalised)) found.set(dataset.id, { columns, versions: [...(found.get(dataset.id)?.versions ?? []), version.version] });
      }
    }
    const matches: SubjectMatch[] = [];
    for (const agreement of await this.deps.agreements.list()) {
      for (const item of agreement.scope) {
        const held = found.get(item.datasetId);
        if (!held) continue;
        const uses = await this.deps.uses.of(agreement, item.datasetId, { columns: held.columns, value: normalised }, actor);
        matches.push({
          agreementId: agreement.id, agreementStatus: agreement.status, datasetId: item.datasetId, vaultVersions: held.versions,
          runs: uses.runs.map((u) => u.id), products: uses.products.map((u) => u.id), runItems: uses.runs, productItems: uses.products,
        });
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
