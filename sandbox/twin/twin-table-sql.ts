/**
 * The one statement that creates (or replaces) a twin table: nested SELECTs over `range(rows)`, one
 * level per stage, each column's stage reading its own previous stage, then every column cast to its
 * live output type under its live name, in live order, ordered by row number.
 */
import { quoteIdentifier, ROW } from './twin-sql';
import type { Stage } from './twin-types';

export type PlannedColumn = { name: string; type: string; stages: readonly Stage[] };

/** DuckDB types a twin column may have (the loader's output types). */
const typePattern = /^(VARCHAR|BOOLEAN|INTEGER|BIGINT|DOUBLE|DATE|TIMESTAMP|DECIMAL\((\d{1,2}),\s*(\d{1,2})\))$/;

/** The type, normalised, or an error for anything that is not a plain supported type. */
export function checkedType(type: string): string {
  const match = typePattern.exec(type.trim().toUpperCase());
  if (match === null) throw new RangeError(`unsupported twin column type: ${JSON.stringify(type)}`);
  if (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 38 || Number(match[3]) > Number(match[2]))) {
    throw new RangeError(`unsupported twin column type: ${JSON.stringify(type)}`);
  }
  return match[0].replace(/\s+/g, '');
}

/** `CREATE OR REPLACE TABLE "<table>" AS SELECT …` generating `rows` rows. */
export function twinTableSql(table: string, columns: readonly PlannedColumn[], rows: number): string {
  if (columns.length === 0) throw new RangeError(`twin table ${JSON.stringify(table)} has no columns`);
  const alias = (k: number) => quoteIdentifier(`c${k}`);
  const depth = Math.max(...columns.map((c) => c.stages.length));
  let from = `range(${rows}) AS r(${ROW})`;
  for (let level = 0; level < depth; level += 1) {
    const select = columns.map((column, k) => {
      const stage = column.stages[level];
      if (level === 0 && stage === undefined) throw new RangeError(`twin column ${JSON.stringify(column.name)} has no stages`);
      return stage === undefined ? alias(k) : `${stage(alias(k))} AS ${alias(k)}`;
    });
    from = `(SELECT ${ROW}, ${select.join(', ')} FROM ${from}) AS s${level}`;
  }
  const output = columns.map((column, k) => `CAST(${alias(k)} AS ${checkedType(column.type)}) AS ${quoteIdentifier(column.name)}`);
  // Qualified, so that an output column named like the row column cannot shadow it.
  return `CREATE OR REPLACE TABLE ${quoteIdentifier(table)} AS SELECT ${output.join(', ')} FROM ${from} ORDER BY s${depth - 1}.${ROW}`;
}
