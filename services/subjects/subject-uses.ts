/**
 * Which runs and products of an agreement one person's records of one dataset reached, and why
 * each is listed:
 *
 * - a run is a candidate only if its model read the dataset's table (the tables it recorded at run
 *   time; for runs from before, its model's SQL parsed again);
 * - where it released cells, their stored lineage decides: `contributed-rows` when the person is
 *   among the subjects of a released cell, and the run is not listed when they are not (a filter or
 *   join left them out, or only suppressed cells held them); `read-table-unchecked` when the
 *   sandbox's live data or key is gone and the lineage can no longer be run;
 * - without released cells (not released yet, blocked, failed, rejected, record-level output) the
 *   run read the table and no row lineage was kept: `read-table`;
 * - a dataset product follows its run; an API product's model reads the table on every call, so it
 *   is listed as `contributed-rows` when a released call held the person, else `read-table`.
 */
import type { Agreement } from '../agreements/agreement';
import type { ModelStore } from '../models/model-store';
import type { ProductStore } from '../products/product-store';
import type { RunStore } from '../runs/run-store';
import { tablesReadBySql, type TableRead } from '../runs/tables-read';
import type { SandboxStore } from '../sandboxes/sandbox-store';
import type { SqlParser } from '../../sandbox/guard/sql-parser';
import type { StatementActor } from '../workspace/statement-journal';
import type { PersonMatch, SubjectRows } from './subject-rows';

export const subjectUseReasons = ['contributed-rows', 'read-table', 'read-table-unchecked'] as const;
export type SubjectUseReason = (typeof subjectUseReasons)[number];
/** One run or product the person's records reached; `tables`: the sandbox tables it read. */
export type SubjectUse = { id: string; reason: SubjectUseReason; tables: string[] };

export class SubjectUses {
  constructor(private readonly deps: { runs: RunStore; models: ModelStore; products: ProductStore; sandboxes: SandboxStore; parser: SqlParser; rows: SubjectRows }) {}

  async of(agreement: Agreement, datasetId: string, person: PersonMatch, actor: StatementActor): Promise<{ runs: SubjectUse[]; products: SubjectUse[] }> {
    const sandbox = await this.deps.sandboxes.get(agreement.sandboxId);
    if (!sandbox) return { runs: [], products: [] };
    const modelTables = new Map<string, Promise<TableRead[]>>();
    const tablesOfModel = (modelId: string) => {
      if (!modelTables.has(modelId)) {
        modelTables.set(modelId, this.deps.models.get(modelId).then((m) => (m ? tablesReadBySql(this.deps.parser, m.sql, sandbox.loaded) : [])));
      }
      return modelTables.get(modelId) as Promise<TableRead[]>;
    };
    const reads = (tables: TableRead[]) => tables.some((t) => t.datasetId === datasetId);
    const names = (tables: TableRead[]) => [...new Set(tables.map((t) => t.table))];

    const runs = await Promise.all((await this.deps.runs.withTablesRead(agreement.id)).map(async ({ run, tablesRead }) => ({ run, tables: tablesRead ?? (await tablesOfModel(run.modelId)) })));
    const products = (await this.deps.products.list()).filter((p) => p.agreementId === agreement.id);
    const apiTables = new Map(await Promise.all(products.filter((p) => p.kind === 'api' && p.modelId).map(async (p) => [p.id, await tablesOfModel(p.modelId as string)] as const)));
    const readers = runs.filter((r) => reads(r.tables));
    if (readers.length === 0 && ![...apiTables.values()].some(reads)) return { runs: [], products: [] };

    const found = await this.deps.rows.contributions(agreement, sandbox, datasetId, person, actor);
    const reason = (source: string): SubjectUseReason => {
      const contributed = found.get(source);
      return contributed === true ? 'contributed-rows' : contributed === 'unchecked' ? 'read-table-unchecked' : 'read-table';
    };
    const runUses = readers.filter(({ run }) => found.get(run.id) !== false).map(({ run, tables }) => ({ id: run.id, reason: reason(run.id), tables: names(tables) }));
    const productUses: SubjectUse[] = [];
    for (const product of products) {
      const tables = apiTables.get(product.id);
      const fromRun = product.runId ? runUses.find((u) => u.id === product.runId) : undefined;
      if (tables) {
        if (reads(tables)) productUses.push({ id: product.id, reason: reason(product.id), tables: names(tables) });
      } else if (fromRun) {
        productUses.push({ ...fromRun, id: product.id });
      }
    }
    return { runs: runUses, products: productUses };
  }
}
