/**
 * Rows from an Arrow IPC stream made by the sandbox worker, in the platform's JSON form:
 * integers beyond 2^53 and decimals stay strings, non-finite floats are 'NaN' / 'Infinity',
 * nested values and intervals are parsed back from their JSON text.
 */
import { tableFromIPC } from 'apache-arrow';
import { isJsonText, kindOf } from './arrow-stream';

export type ResultColumn = { name: string; type: string };

const WIDE_INTEGERS = new Set(['HUGEINT', 'UHUGEINT', 'UBIGINT']);

export function rowsFromIpc(ipc: Uint8Array, columns: ResultColumn[]): unknown[][] {
  const table = tableFromIPC(ipc);
  const rows: unknown[][] = Array.from({ length: table.numRows }, () => new Array<unknown>(columns.length));
  columns.forEach((column, c) => {
    const vector = table.getChildAt(c);
    if (!vector) return;
    const convert = converterFor(column.type);
    let r = 0;
    for (const value of vector) rows[r++][c] = value === null || value === undefined ? null : convert(value);
  });
  return rows;
}

function converterFor(type: string): (value: unknown) => unknown {
  const kind = kindOf(type);
  if (kind === 'int64') return (v) => (Number.isSafeInteger(Number(v)) ? Number(v) : String(v));
  if (kind === 'float') return (v) => (Number.isFinite(v) ? v : String(v));
  if (kind === 'text' && isJsonText(type)) return (v) => JSON.parse(String(v));
  if (kind === 'text' && WIDE_INTEGERS.has(type)) return (v) => (Number.isSafeInteger(Number(v)) ? Number(v) : v);
  return (v) => v;
}
