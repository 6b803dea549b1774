/**
 * The statements that write a compiled projection into a table: CREATE TABLE with each output
 * column's type and, where its strategy declared one, its storage (`USING COMPRESSION uncompressed` or
 * `dictionary`), then INSERT … <projection>. Declaring storage spares DuckDB from trying every
 * compression on every segment of a column whose shape is known. Column names are quoted; types
 * come from the compiler (allowed list) and storage from a closed set.
 */
import type { CompiledProjection } from './compile-projection';
import { quoteIdentifier } from './sql-quote';

const storageClause = { uncompressed: ' USING COMPRESSION uncompressed', dictionary: ' USING COMPRESSION dictionary' } as const;

/** [CREATE TABLE, INSERT INTO … SELECT]; run them in order on one connection. */
export function maskedTableStatements(table: string, projection: CompiledProjection): [string, string] {
  const columns = projection.columns.map((c) => `${quoteIdentifier(c.name)} ${c.type}${c.storage === undefined ? '' : storageClause[c.storage]}`);
  const name = quoteIdentifier(table);
  return [`CREATE TABLE ${name} (${columns.join(', ')})`, `INSERT INTO ${name}\n${projection.sql}`];
}
