/**
 * Row lineage for a subject request: whether one person's records are among the subjects of the
 * cells a run (or an API product's calls) released from one table. A released cell keeps the
 * query that recomputes its subject set on `live` (released-cells-store.ts); the person's subjects
 * in that table are found by masking their vault rows as the loader did (person-live-rows.ts) and
 * looking those rows up in `live`, hashed as disclosure control hashes subjects (checked-query.ts
 * subjectSql). The lookups run in the sandbox's worker, journalled like every statement on
 * sandbox data, and name no raw value (only masked ones).
 */
import type { Agreement } from '../agreements/agreement';
import { sandboxKeyContext } from '../agreements/agreement-service';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { CatalogService } from '../catalog/catalog-service';
import type { CatalogStore } from '../catalog/catalog-store';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { ReleasedCellsStore, ReleasedLineage } from '../runs/released-cells-store';
import type { Sandbox } from '../sandboxes/sandbox';
import type { SandboxStore } from '../sandboxes/sandbox-store';
import type { StatementActor, StatementJournal } from '../workspace/statement-journal';
import { HIDDEN, subjectSql } from '../../sandbox/disclosure/checked-query';
import { uniqueSubjectTables } from '../../sandbox/disclosure/unique-subjects';
import { open } from '../../sandbox/keys/sealed-box';
import type { SandboxStatements, StatementRunner } from '../../sandbox/worker/sandbox-statements';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { personLiveRows } from './person-live-rows';

/** Per source (a run id, or a product id for its calls): its released cells hold the person (true), hold them not (false), or cannot be checked. */
export type Contributions = Map<string, boolean | 'unchecked'>;
export type PersonMatch = { columns: string[]; value: string };

const CELLS_PER_STATEMENT = 50;

export class SubjectRows {
  constructor(private readonly deps: {
    sandboxes: SandboxStore; catalog: CatalogService; catalogStore: CatalogStore; rules: MaskingRulesService; masterKey: Buffer;
    statements: SandboxStatements; journal: StatementJournal; settings: AgreementSettingsStore; cells: ReleasedCellsStore;
  }) {}

  /** The sources with released cells of the dataset's table in this agreement, each with whether they hold the person. */
  async contributions(agreement: Agreement, sandbox: Sandbox, datasetId: string, person: PersonMatch, actor: StatementActor): Promise<Contributions> {
    const loaded = sandbox.loaded.find((l) => l.datasetId === datasetId);
    if (!loaded) return new Map();
    const cells = (await this.deps.cells.lineageOf(agreement.id)).filter((c) => c.table.toLowerCase() === loaded.table.toLowerCase());
    const sources = [...new Set(cells.map(sourceOf))];
    const answer = (value: boolean | 'unchecked'): Contributions => new Map(sources.map((s) => [s, value]));
    if (cells.length === 0) return new Map();
    const subjects = await this.personSubjects(agreement, sandbox, datasetId, person, actor).catch(() => null);
    if (subjects === null) return answer('unchecked');
    if (subjects.length === 0) return answer(false);
    const result: Contributions = new Map();
    for (const source of sources) {
      const mine = cells.filter((c) => sourceOf(c) === source).map((c) => c.lineage);
      let found = false;
      for (let start = 0; start < mine.length && !found; start += CELLS_PER_STATEMENT) {
        const union = mine.slice(start, start + CELLS_PER_STATEMENT).map((sql) => `(${sql})`).join(' UNION ALL ');
        const sql = `SELECT count(*) AS n FROM (${union}) AS cells WHERE CAST(cells.${HIDDEN}s AS VARCHAR) IN (${subjects.map(quoteLiteral).join(', ')})`;
        const rows = await this.onLive(agreement, sandbox, actor, sql).catch(() => null);
        if (rows === null) return answer('unchecked');
        found = Number(rows[0]?.[0] ?? 0) > 0;
      }
      result.set(source, found);
    }
    return result;
  }

  /** The person's subjects in the live table (as VARCHAR hashes); null when they cannot be worked out any more. */
  private async personSubjects(agreement: Agreement, sandbox: Sandbox, datasetId: string, person: PersonMatch, actor: StatementActor): Promise<string[] | null> {
    const loaded = sandbox.loaded.find((l) => l.datasetId === datasetId);
    const sealed = await this.deps.sandboxes.sealedKey(sandbox.id);
    if (!loaded || !sealed || !['ready', 'suspended'].includes(sandbox.state) || this.deps.statements.isClosed(sandbox.id)) return null;
    const schema = await this.deps.catalog.get(datasetId);
    const ruleSet = (await this.deps.rules.versions(datasetId)).find((v) => v.version === loaded.rulesVersion)?.document;
    const vaultFile = (await this.deps.catalogStore.versions(datasetId)).find((v) => v.version === loaded.vaultVersion)?.file;
    if (!ruleSet || !vaultFile) return null;
    const columns = loaded.columns.map((c) => c.name);
    const rows = await personLiveRows({
      vaultFile, schema, ruleSet, columns, key: open(sealed, this.deps.masterKey, sandboxKeyContext(sandbox.id)).toString('hex'),
      asOf: agreement.createdAt.slice(0, 10), match: person,
    });
    if (rows.length === 0) return [];
    const table = loaded.table.toLowerCase();
    const subjectKey = schema.subjectKey !== undefined && columns.includes(schema.subjectKey) ? schema.subjectKey : null;
    const runner = this.runner(agreement, sandbox, actor);
    const unique = await uniqueSubjectTables(runner, new Map([[table, { subjectKey, sensitive: new Set<string>(), personal: new Set<string>() }]]), await this.timeout(agreement));
    const subject = subjectSql({ alias: loaded.table, table, subjectKey }, unique, false);
    const values = rows.map((row) => `(${row.map((v) => `CAST(${quoteLiteral(v)} AS VARCHAR)`).join(', ')})`).join(', ');
    const same = columns.map((c, i) => `CAST(${quoteIdentifier(loaded.table)}.${quoteIdentifier(c)} AS VARCHAR) IS NOT DISTINCT FROM p.p${i}`).join(' AND ');
    const sql = `SELECT DISTINCT CAST(${subject} AS VARCHAR) AS s FROM ${quoteIdentifier(loaded.table)} `
      + `WHERE EXISTS (SELECT 1 FROM (VALUES ${values}) AS p(${columns.map((_, i) => `p${i}`).join(', ')}) WHERE ${same})`;
    return (await this.onLive(agreement, sandbox, actor, sql)).map((r) => String(r[0]));
  }

  private async timeout(agreement: Agreement): Promise<number> {
    return (await this.deps.settings.get(agreement.id)).queryTimeoutMs;
  }

  /** A runner on the sandbox's live tier whose every statement is journalled as the request's. */
  private runner(agreement: Agreement, sandbox: Sandbox, actor: StatementActor): StatementRunner {
    const live = this.deps.statements.on(sandbox.id, 'live');
    return {
      query: (sql, limits, params) => this.deps.journal.around(actor, { sandboxId: sandbox.id, agreementId: agreement.id, tier: 'live', sql }, async () => {
        await this.deps.statements.warm(sandbox.id, 'live');
        return live.query(sql, limits, params);
      }),
    };
  }

  private async onLive(agreement: Agreement, sandbox: Sandbox, actor: StatementActor, sql: string): Promise<unknown[][]> {
    const result = await this.runner(agreement, sandbox, actor).query(sql, { timeoutMs: await this.timeout(agreement), maxRows: 100_000 });
    return result.rows;
  }
}

/** Who released a cell: the product, for its calls; else the run. */
function sourceOf(cell: ReleasedLineage): string {
  return cell.productId ?? cell.sourceId;
}
