/**
 * Checks a staged upload against the registered types and NOT NULL constraints, in SQL.
 * Reports the first problems by row (1 = first data row) and column, never the values.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { UploadRejectedError } from './upload-rejected';

const MAX_REPORTED = 20;

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
  const sql = `SELECT row, col, problem FROM (${checks.join(' UNION ALL ')}) ORDER BY row, col LIMIT ${MAX_REPORTED}`;
  const problems = (await db.runAndReadAll(sql)).getRowObjectsJS();
  if (problems.length === 0) return;
  const details = problems.map((p) => ({ row: Number(p.row), column: String(p.col), message: String(p.problem) }));
  throw new UploadRejectedError(`the data does not fit the schema (first problem: row ${details[0].row}, column ${details[0].column})`, details, 'invalid_data');
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
