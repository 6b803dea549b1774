/**
 * Turns raw sampled cells into comparable values for detection.
 *
 * Strings are trimmed, numbers and bigints become their decimal text (so an 11-digit mobile
 * sniffed as a number is still checked as a mobile), Dates stay Dates, and objects with their own
 * `toString` (DuckDB date or decimal values) become that text. Null, undefined, empty strings and
 * invalid numbers or dates count as empty and are left out.
 */

/** One non-empty sampled cell. `num` is set for numeric cells, `date` for Date cells. */
export type SampleValue = {
  text: string;
  kind: 'string' | 'number' | 'boolean' | 'date' | 'other';
  num?: number;
  date?: Date;
};

function hasOwnToString(raw: object): boolean {
  const candidate: unknown = (raw as { toString?: unknown }).toString;
  return typeof candidate === 'function' && candidate !== Object.prototype.toString;
}

/** Converts one cell, or returns null for an empty cell. */
export function toSampleValue(raw: unknown): SampleValue | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') {
    const text = raw.trim();
    return text === '' ? null : { text, kind: 'string' };
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? { text: String(raw), kind: 'number', num: raw } : null;
  if (typeof raw === 'bigint') return { text: raw.toString(), kind: 'number', num: Number(raw) };
  if (typeof raw === 'boolean') return { text: String(raw), kind: 'boolean' };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : { text: raw.toISOString(), kind: 'date', date: raw };
  if (typeof raw === 'object' && hasOwnToString(raw)) {
    const text = String(raw).trim();
    return text === '' ? null : { text, kind: 'string' };
  }
  return { text: '', kind: 'other' };
}

/** The non-empty values of one column across the sampled rows. */
export function columnValues(sample: readonly Record<string, unknown>[], column: string): SampleValue[] {
  const out: SampleValue[] = [];
  for (const row of sample) {
    if (!Object.prototype.hasOwnProperty.call(row, column)) continue;
    const value = toSampleValue(row[column]);
    if (value !== null) out.push(value);
  }
  return out;
}
