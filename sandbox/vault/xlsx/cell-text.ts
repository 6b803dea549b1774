/**
 * One workbook cell as the text of a CSV field for its registered column, or the problem that
 * keeps it out. The cached result of a formula is the value; a formula error (#DIV/0!, #N/A)
 * is a bad cell. Dates (cells formatted as dates, and serials in DATE or TIMESTAMP columns)
 * become exact ISO dates; text is passed on for DuckDB to cast, as in a CSV (it reads
 * `2024/3/5` and `2024-3-5` as dates). A number in a code column (identity card, credit code,
 * bank card, region code, mobile, plate) is refused: Excel has already dropped its leading
 * zeros, or its digits past the 15th.
 */
import type { CellValue } from 'exceljs';
import type { ColumnSpec, Semantic } from '../../../masking-rules/dataset-schema';
import { dateToSerial, isoDate, isoDateTime, serialToUtcMs } from './excel-dates';

/** The field's text, or the problem (its message written here, where the scan of message templates finds it). */
export type CellText = { text: string } | { problem: { message: string } };

type Plain = null | number | string | boolean | Date;

const TEXT_CODES: ReadonlySet<Semantic> = new Set(['cn_id', 'uscc', 'bank_card', 'region_code', 'cn_mobile', 'plate']);

const FORMULA_ERROR = Symbol('formula error');
const NO_RESULT = Symbol('no result');

export function cellText(value: CellValue, column: ColumnSpec, date1904: boolean): CellText {
  const plain = plainValue(value);
  if (plain === FORMULA_ERROR) return { problem: { message: 'the cell holds a formula error' } };
  if (plain === NO_RESULT) return { problem: { message: 'a formula that failed or was never calculated (no saved result)' } };
  if (plain === null || plain === '') return { text: '' };
  if (typeof plain === 'string') return { text: plain };
  if (typeof plain === 'boolean') return { text: String(plain) };
  if (plain instanceof Date || column.type === 'DATE' || column.type === 'TIMESTAMP') {
    return dateText(plain instanceof Date ? dateToSerial(plain, date1904) : plain, column, plain instanceof Date, date1904);
  }
  if (column.type === 'VARCHAR' && column.semantic && TEXT_CODES.has(column.semantic)) {
    return { problem: { message: 'a code stored as a number: format the column as text so that leading zeros and every digit are kept' } };
  }
  return { text: String(plain) };
}

/** A serial in a DATE or TIMESTAMP column, or a cell formatted as a date in any column (other columns get its ISO text, for DuckDB to refuse or keep). */
function dateText(serial: number, column: ColumnSpec, formattedAsDate: boolean, date1904: boolean): CellText {
  const ms = serialToUtcMs(serial, date1904);
  if (ms === null) return { problem: { message: 'not a real date (Excel day 0, or the 29 February 1900 Excel invented)' } };
  if (column.type === 'TIMESTAMP') return { text: isoDateTime(ms) };
  const date = isoDate(ms);
  if (column.type !== 'DATE') return { text: date ?? isoDateTime(ms) };
  if (date === null) return { problem: { message: formattedAsDate ? 'a date with a time of day in a DATE column' : 'a number with a fraction (a time of day) in a DATE column' } };
  return { text: date };
}

/** True when a cell holds nothing (no value, an empty string, a formula whose result is empty). */
export function isEmptyCell(value: CellValue): boolean {
  const plain = plainValue(value);
  return plain === null || plain === '';
}

/** The text of a header cell: its value as text, trimmed. */
export function headerText(value: CellValue): string {
  const plain = plainValue(value);
  return typeof plain === 'string' || typeof plain === 'number' || typeof plain === 'boolean' ? String(plain).trim() : '';
}

/** The value behind formulas, rich text and links. */
function plainValue(value: CellValue): Plain | typeof FORMULA_ERROR | typeof NO_RESULT {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? FORMULA_ERROR : value;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return FORMULA_ERROR;
  if ('richText' in value) return value.richText.map((r) => r.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? NO_RESULT : plainValue(value.result);
  if ('text' in value) return plainValue(value.text);
  return null;
}
