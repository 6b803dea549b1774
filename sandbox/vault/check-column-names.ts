/**
 * Checks the column names an upload brings against the registered schema: every registered
 * column exactly once, nothing else. A CSV or sheet's header is a row of cells, and when the
 * header is missing it is a row of data; so there an unknown name is reported by the address of
 * its cell (`C1`: column C of the header row, as Excel or WPS shows it), never by its text.
 * Parquet and Arrow names are schema, not cells, and are named.
 */
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { UploadRejectedError, type UploadProblem } from './upload-rejected';

export function checkColumnNames(found: string[], columns: ColumnSpec[], headerRow?: number): void {
  const expected = columns.map((c) => c.name);
  const known = new Set(expected);
  const unknown = (name: string, index: number): UploadProblem => (headerRow === undefined
    ? { column: name.slice(0, 64), message: 'column is not in the schema' }
    : { path: `${columnLetters(index + 1)}${headerRow}`, message: 'column is not in the schema' });
  const details = [
    ...expected.filter((n) => !found.includes(n)).map((n) => ({ column: n, message: 'column is missing' })),
    ...found.flatMap((n, i) => (known.has(n) ? [] : [unknown(n, i)])),
    ...found.flatMap((n, i) => (known.has(n) && found.indexOf(n) !== i ? [{ column: n, message: 'column appears twice' }] : [])),
  ];
  if (details.length > 0 || found.length !== expected.length) {
    throw new UploadRejectedError(`expected ${expected.length} columns (${expected.join(', ')}), found ${found.length}`, details, 'schema_mismatch');
  }
}

/** 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
