/**
 * Checks uploaded rows against the registered types and NOT NULL constraints, in SQL, and
 * reports the first problems by row (1 = first data row) and column, never the values.
 *
 * Two sources of rows: a `staging` table of VARCHAR (Arrow) or Parquet-typed columns, checked
 * with TRY_CAST; and a CSV read by `read_csv` with the registered types straight into its
 * table, whose cells that did not cast are in DuckDB's rejects table (the rows themselves are
 * left out of the table, so the typed rows are numbered back to the file's rows here).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { UploadRejectedError, type UploadProblem } from './upload-rejected';

export const MAX_REPORTED = 20;

export async function validateStaged(db: DuckDBConnection, columns: ColumnSpec[]): Promise<void> {
  const checks = columns.flatMap((c) => {
    const col = quoteIdentifier(c.name);
    const name = quoteLiteral(c.name);
    const list = [
      `SELECT rowid + 1 AS row, ${name} AS col, ${quoteLiteral(`not a valid ${c.type}`)} AS problem
       FROM staging WHERE ${col} IS NOT NULL AND TRY_CAST(${col} AS ${c.type}) IS NULL`,
    ];
    if (c.nullable === false) list.push(`SELECT rowid + 1, ${name}, 'must not be empty' FROM staging WHERE ${col} IS NULL`);
    return list;
  });
  const problems = await problemRows(db, checks.join(' UNION ALL '));
  if (problems.length > 0) throw invalidData(problems);
}

/**
 * The problems of a CSV read with the registered types into `table`: the cells DuckDB could
 * not cast (its `rejects` table, `line` 1 being the header) and the empty cells of NOT NULL
 * columns. A row of `table` is numbered as in the file: its position plus the rejected rows
 * before it (the n-th rejected row r has r - n typed rows before it).
 */
export async function typedCsvProblems(db: DuckDBConnection, columns: ColumnSpec[], table: string, rejects: string): Promise<UploadProblem[]> {
  const notValid = columns.map((c) => `WHEN ${quoteLiteral(c.name)} THEN ${quoteLiteral(`not a valid ${c.type}`)}`).join(' ');
  const checks = [`SELECT line - 1 AS row, column_name AS col, CASE column_name ${notValid} END AS problem FROM ${rejects} WHERE error_type = 'CAST'`];
  for (const c of columns.filter((column) => column.nullable === false)) {
    checks.push(`SELECT k + (SELECT count(*) FROM skipped WHERE r - n < k), ${quoteLiteral(c.name)}, 'must not be empty'
      FROM (SELECT rowid + 1 AS k FROM ${table} WHERE ${quoteIdentifier(c.name)} IS NULL ORDER BY rowid LIMIT ${MAX_REPORTED})`);
  }
  const skipped = `skipped AS (SELECT r, row_number() OVER (ORDER BY r) AS n FROM (SELECT DISTINCT line - 1 AS r FROM ${rejects}))`;
  return problemRows(db, checks.join(' UNION ALL '), skipped);
}

/** The refusal of data that does not fit the schema, naming where its first problem is. */
export function invalidData(details: UploadProblem[]): UploadRejectedError {
  return new UploadRejectedError(`the data does not fit the schema (first problem: row ${details[0].row}, column ${details[0].column})`, details, 'invalid_data');
}

async function problemRows(db: DuckDBConnection, union: string, ...ctes: string[]): Promise<UploadProblem[]> {
  const sql = `${ctes.length ? `WITH ${ctes.join(', ')} ` : ''}SELECT row, col, problem FROM (${union}) ORDER BY row, col LIMIT ${MAX_REPORTED}`;
  const problems = (await db.runAndReadAll(sql)).getRowObjectsJS();
  return problems.map((p) => ({ row: Number(p.row), column: String(p.col), message: String(p.problem) }));
}

/**
 * The final immutable table: every column cast to its registered type, in schema order, rows in
 * upload order, written as table `data` of `targetFile` (attached for the purpose, checkpointed,
 * then detached). ORDER BY rowid also makes DuckDB write full row groups: a plain parallel copy
 * of Parquet-staged rows left partial ones and half the file as freed blocks.
 */
export async function materialise(db: DuckDBConnection, columns: ColumnSpec[], targetFile: string): Promise<number> {
  const select = columns.map((c) => `CAST(${quoteIdentifier(c.name)} AS ${c.type}) AS ${quoteIdentifier(c.name)}`).join(', ');
  await db.run(`ATTACH ${quoteLiteral(targetFile)} AS target`);
  try {
    await db.run(`CREATE TABLE target.data AS SELECT ${select} FROM staging ORDER BY rowid`);
    await db.run('CHECKPOINT target');
    const counted = (await db.runAndReadAll('SELECT count(*) AS n FROM target.data')).getRowObjectsJS();
    return Number(counted[0].n);
  } finally {
    await db.run('DETACH target');
  }
}
