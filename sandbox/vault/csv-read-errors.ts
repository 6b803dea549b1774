/**
 * How a CSV that DuckDB cannot read is refused, in our own words: DuckDB's messages and its
 * rejects table quote the offending line, ours never do. Rows are data rows (1 = the first row
 * after the header).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UploadRejectedError } from './upload-rejected';

/** Maps an error DuckDB threw while reading a CSV. */
export function csvError(message: string): UploadRejectedError {
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

/**
 * Refuses the upload when DuckDB's rejects table holds a row it could not split into the
 * registered columns (too many or too few fields, an unterminated quote, an over-long line):
 * the first such rows, by row. Cast errors are left to the type checks.
 */
export async function refuseMalformedRows(db: DuckDBConnection, rejects: string, rowOf: (csvRow: number) => number): Promise<void> {
  const found = (await db.runAndReadAll(`SELECT DISTINCT line, error_type FROM ${rejects} WHERE error_type <> 'CAST' ORDER BY line LIMIT 20`)).getRowObjectsJS();
  if (found.length === 0) return;
  const rows = found.map((r) => ({ row: rowOf(Number(r.line) - 1), type: String(r.error_type) }));
  const first = rows[0].type;
  if (/UNICODE|ENCODING/.test(first)) throw new UploadRejectedError('the CSV is not valid UTF-8', rows.map(({ row }) => ({ row, message: 'invalid UTF-8 byte sequence' })), 'invalid_encoding');
  const details = rows.map(({ row, type }) => ({ row, message: /COLUMNS/.test(type) ? 'wrong number of fields' : /QUOTE/.test(type) ? 'unterminated quoted field' : 'malformed CSV' }));
  if (/COLUMNS/.test(first)) throw new UploadRejectedError('a row has the wrong number of fields', details, 'malformed_csv');
  if (/QUOTE/.test(first)) throw new UploadRejectedError('the CSV has an unterminated quote', details, 'malformed_csv');
  throw new UploadRejectedError('the CSV could not be read', details, 'malformed_csv');
}
