/**
 * Loads an uploaded Parquet file or Arrow IPC stream, as it is, into a `staging` table of the
 * version being built: Parquet with its own types, Arrow IPC through apache-arrow into VARCHAR
 * columns. Column names are checked against the schema here; types and NOT NULL in
 * validate-staged. (CSV, and workbooks converted to CSV, are read typed: load-typed-csv.ts.)
 */
import fs from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RecordBatchReader } from 'apache-arrow';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { checkColumnNames } from './check-column-names';
import { resourceFailure, UploadRejectedError } from './upload-rejected';

export async function stageUpload(db: DuckDBConnection, file: string, format: 'parquet' | 'arrow', columns: ColumnSpec[]): Promise<void> {
  if (format === 'parquet') return stageParquet(db, file, columns);
  return stageArrow(db, file, columns);
}

async function stageParquet(db: DuckDBConnection, file: string, columns: ColumnSpec[]): Promise<void> {
  try {
    await db.run(`CREATE TABLE staging AS SELECT * FROM read_parquet(${quoteLiteral(file)})`);
  } catch (error) {
    throw resourceFailure(error) ?? new UploadRejectedError('the body is not a readable Parquet file', [{ message: 'invalid or truncated Parquet file' }], 'invalid_parquet');
  }
  const described = await db.runAndReadAll('SELECT column_name FROM (DESCRIBE staging)');
  checkColumnNames(described.getRowObjectsJS().map((r) => String(r.column_name)), columns);
}

async function stageArrow(db: DuckDBConnection, file: string, columns: ColumnSpec[]): Promise<void> {
  let reader: Awaited<ReturnType<typeof RecordBatchReader.from>>;
  try {
    reader = await RecordBatchReader.from(fs.createReadStream(file));
    await reader.open();
  } catch {
    throw new UploadRejectedError('the body is not a readable Arrow IPC stream', [{ message: 'invalid Arrow IPC stream' }], 'invalid_arrow');
  }
  const names = reader.schema.fields.map((f) => f.name);
  checkColumnNames(names, columns);
  await db.run(`CREATE TABLE staging (${names.map((n) => `${quoteIdentifier(n)} VARCHAR`).join(', ')})`);
  const appender = await db.createAppender('staging');
  try {
    for await (const batch of reader) {
      const vectors = names.map((_, i) => batch.getChildAt(i));
      for (let row = 0; row < batch.numRows; row += 1) {
        for (const vector of vectors) {
          const value: unknown = vector?.get(row);
          if (value === null || value === undefined) appender.appendNull();
          else appender.appendVarchar(arrowValueText(value));
        }
        appender.endRow();
      }
    }
    appender.flushSync();
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw resourceFailure(error) ?? new UploadRejectedError('the Arrow IPC stream is truncated or invalid', [{ message: 'invalid Arrow IPC stream' }], 'invalid_arrow');
  } finally {
    appender.closeSync();
  }
}

function arrowValueText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  return String(value);
}
