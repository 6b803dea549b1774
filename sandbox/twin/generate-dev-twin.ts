/**
 * The `dev` twin of a sandbox (issue 4, Provisioning): for every live table, a table of the same
 * name, column names, order and output types, filled with exactly `rowsPerTable` synthetic rows.
 * Values follow each column's semantic and type and hold only what the column's rule can produce;
 * categories and ranges come only from live columns that are neither personal nor identifiers, or
 * whose rule publishes categories (generalised bands and buckets, kept categories), and never a
 * value fewer than 10 subjects hold, an exact minimum or maximum, or a live row
 * (twin-disclosure.ts); pseudonym columns draw from shared subject pools so twin tables join. Each table is one
 * `CREATE OR REPLACE TABLE … AS SELECT … FROM range(n)` in DuckDB (idempotent, no loop over rows);
 * faker (zh_CN, seeded) only builds dictionaries, once per seed. The same seed gives the same twin.
 */
import { twinDictionaries, type TwinDictionaries } from './twin-dictionaries';
import { columnValue } from './twin-column-value';
import { drawFor } from './twin-sql';
import { subjectPools } from './twin-subject-pools';
import { checkedType, twinTableSql, type PlannedColumn } from './twin-table-sql';
import { twinStrategies, type TwinInput, type TwinReport, type TwinTable } from './twin-types';

export type { TwinColumn, TwinInput, TwinReport, TwinTable } from './twin-types';

/** Largest twin table, a guard against a mistyped row count. */
export const MAX_TWIN_ROWS = 50_000_000;

/** Generates the twin tables in `input.dev`; reads `input.live` with SELECTs only. */
export async function generateDevTwin(input: TwinInput): Promise<TwinReport> {
  validate(input);
  const { live, dev, rowsPerTable: rows, seed } = input;
  const tables = input.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, type: checkedType(c.type) })) }));
  const pools = subjectPools(tables, rows, seed);
  let dictionaries: TwinDictionaries | undefined;
  const dict = () => (dictionaries ??= twinDictionaries(seed));
  const report: TwinReport = { tables: [] };
  for (const [index, table] of tables.entries()) {
    const planned: PlannedColumn[] = [];
    for (const column of table.columns) {
      const draw = drawFor(seed, table.name, column.name);
      const stages = await columnValue({ live, table: table.name, subjectKey: table.subjectKey, column, draw, pools, dict });
      planned.push({ name: column.name, type: column.type, stages });
    }
    await dev.run(twinTableSql(table.name, planned, rows));
    report.tables.push({ name: table.name, rows });
    input.onProgress?.(index + 1, tables.length);
  }
  return report;
}

/** Refuses input the generator cannot honour, before anything is written. */
function validate(input: TwinInput): void {
  if (!Number.isSafeInteger(input.rowsPerTable) || input.rowsPerTable < 0 || input.rowsPerTable > MAX_TWIN_ROWS) {
    throw new RangeError(`rowsPerTable must be an integer 0..${MAX_TWIN_ROWS}`);
  }
  if (!Number.isSafeInteger(input.seed)) throw new RangeError('seed must be a safe integer');
  unique(input.tables.map((t) => t.name), 'table');
  for (const table of input.tables) validateTable(table);
}

function validateTable(table: TwinTable): void {
  if (table.name.length === 0) throw new RangeError('a twin table needs a name');
  if (table.columns.length === 0) throw new RangeError(`twin table ${JSON.stringify(table.name)} has no columns`);
  unique(table.columns.map((c) => c.name), `column of ${JSON.stringify(table.name)}`);
  if (table.subjectKey !== undefined && !table.columns.some((c) => c.name === table.subjectKey)) {
    throw new RangeError(`the subject key of ${JSON.stringify(table.name)} is not one of its columns`);
  }
  for (const column of table.columns) {
    if (column.name.length === 0) throw new RangeError(`a column of ${JSON.stringify(table.name)} has no name`);
    if (!(twinStrategies as readonly string[]).includes(column.strategy)) {
      throw new RangeError(`unknown strategy ${JSON.stringify(column.strategy)} on ${JSON.stringify(column.name)}`);
    }
    checkedType(column.type);
  }
}

function unique(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    const folded = name.toLowerCase();
    if (seen.has(folded)) throw new RangeError(`duplicate ${what} name ${JSON.stringify(name)}`);
    seen.add(folded);
  }
}
