/** How result values are told apart and shown: numeric columns, grouped numbers, NULL. */
import { formatNumber } from '../../format/format';
import type { ResultColumn } from './workspace-types';

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)\b/i;

export function isNumericType(type: string): boolean {
  return NUMERIC.test(type.trim());
}

/** A numeric value as a number (DECIMAL and HUGEINT may come as strings); null when not a number. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A cell's text; `null` for SQL NULL, which the grid shows apart. */
export function cellText(value: unknown, column: ResultColumn | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (column && isNumericType(column.type)) {
    const n = toNumber(value);
    if (n !== null && (typeof value !== 'string' || Number.isSafeInteger(n) || !/^-?\d+$/.test(value))) return formatNumber(n);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export type ChartKind = 'bar' | 'line' | 'pie';
export const chartKinds: readonly ChartKind[] = ['bar', 'line', 'pie'];

/** Default chart axes: the first text column as category, the first numeric one as value. */
export function defaultChartColumns(columns: ResultColumn[]): { category: string | null; value: string | null } {
  const value = columns.find((c) => isNumericType(c.type))?.name ?? null;
  const category = columns.find((c) => !isNumericType(c.type))?.name ?? columns.find((c) => c.name !== value)?.name ?? null;
  return { category, value };
}
