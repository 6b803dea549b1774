/**
 * Loads an uploaded file, as it is, into a `staging` table of the version being built.
 * CSV is read with every column as VARCHAR (never sniffed: leading zeros and 11-digit mobiles
 * survive), Parquet with its own types, Arrow IPC through apache-arrow into VARCHAR columns.
 * Column names are checked against the schema here; types and NOT NULL in validate-staged.
 */
import fs from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RecordBatchReader } from 'apache-arrow';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { readCsvHeader } from './csv-header';
import { resourceFailure, UploadRejectedError } from './upload-rejected';

export type UploadFormat = 'csv' | 'parquet' | 'arrow';

export async function stageUpload(db: DuckDBConnection, file: string, format: UploadFormat, columns: ColumnSpec[]): Promise<void> {
  if (format === 'csv') return stageCsv(db, file, columns);
  if (format === 'parquet') return stageParquet(db, file, columns);
  return stageArrow(db, file, columns);
}

export function checkColumnNames(found: string[], columns: ColumnSpec[]): void {
  const expected = columns.map((c) => c.name);
  const details = [
    ...expected.filter((n) => !found.includes(n)).map((n) => ({ column: n, message: 'column is missing' })),
    ...found.filter((n) => !expected.includes(n)).map((n) => ({ column: n.slice(0, 64), message: 'column is not in the schema' })),
    ...found.filter((n, i) => found.indexOf(n) !== i).map((n) => ({ column: n.slice(0, 64), message: 'column appears twice' })),
  ];
  if (details.length > 0 || found.length !== expected.length) {
    throw new UploadRejectedError(`expected ${expected.length} columns (${expected.join(', ')}), found ${found.length}`, details, 'schema_mismatch');
  }
}

async function stageCsv(db: DuckDBConnection, file: string, columns: ColumnSpec[]): Promise<void> {
  const header = readCsvHeader(file);
  if (!header) throw new UploadRejectedError('the CSV has no header line', [{ row: 0, message: 'missing header' }], 'missing_header');
  checkColumnNames(header, columns);
  const types = header.map((name) => `${quoteLiteral(name)}: 'VARCHAR'`).join(', ');
  try {
    await db.run(`CREATE TABLE staging AS SELECT * FROM read_csv(${quoteLiteral(file)}, header = true, auto_detect = false,
      delim = ',', quote = '"', escape = '"', columns = {${types}}, strict_mode = true, null_padding = false, encoding = 'utf-8')`);
  } catch (error) {
    throw resourceFailure(error) ?? csvError(String(error));
  }
}

/** Maps DuckDB's CSV errors to our own words: its messages quote the offending line, ours never do. */
function csvError(message: string): UploadRejectedError {
  const line = /line[:\s]+(\d+)/i.exec(message)?.[1];
  const row = line ? Math.max(1, Number(line) - 1) : undefined;
  const at = row === undefined ? {} : { row };
  if (/unicode|utf-?8|byte sequence/i.test(message)) return new UploadRejectedError('the CSV is not valid UTF-8', [{ ...at, message: 'invalid UTF-8 byte sequence' }], 'invalid_encoding');
  if (/Expected Number of Columns|too many columns|columns? (was|were) expected|missing column/i.test(message)) {
    return new UploadRejectedError('a row has the wrong number of fields', [{ ...at, message: 'wrong number of fields' }], 'malformed_csv');
  }
  if (/quote|unterminated/i.test(message)) return new UploadRejectedError('the CSV has an unterminated quote', [{ ...at, message: 'unterminated quoted field' }], 'malformed_csv');
  return new UploadRejectedError('the CSV could not be read', [{ ...at, message: 'malformed CSV' }], 'malformed_csv');
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
