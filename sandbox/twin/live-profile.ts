/**
 * What the twin may learn from live, and only from columns that are neither personal nor
 * identifiers: the distinct values with their frequencies (VARCHAR/BOOLEAN, at most 200 of them),
 * or the range and NULL share (numbers, dates, timestamps). The one read of a sensitive column is a
 * redact column's constant, which holds no personal value by construction; it is used only when live
 * really holds one constant. Every statement here is a read-only SELECT on the live connection.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier } from './twin-sql';

/** Most distinct values a category column may have to be sampled from. */
export const MAX_CATEGORIES = 200;

export type LiveProfile =
  | { kind: 'categories'; values: (string | null)[]; counts: number[] }
  | { kind: 'number'; lo: number; hi: number; integral: boolean; nullShare: number }
  | { kind: 'date'; lo: string; days: number; nullShare: number }
  | { kind: 'timestamp'; loMicros: bigint; spanMicros: bigint; nullShare: number }
  | { kind: 'none' };

type Row = Record<string, unknown>;

async function rows(live: DuckDBConnection, sql: string): Promise<Row[]> {
  const reader = await live.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Row[];
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number.NaN);

/** The profile of a non-sensitive live column of output type `type`. */
export async function readLiveProfile(live: DuckDBConnection, table: string, column: string, type: string): Promise<LiveProfile> {
  const t = quoteIdentifier(table);
  const c = quoteIdentifier(column);
  if (type === 'VARCHAR' || type === 'BOOLEAN') {
    const found = await rows(live, `SELECT CAST(${c} AS VARCHAR) AS v, count(*) AS n FROM ${t} GROUP BY 1 ORDER BY n DESC, v NULLS LAST LIMIT ${MAX_CATEGORIES + 1}`);
    if (found.length === 0 || found.length > MAX_CATEGORIES) return { kind: 'none' };
    return { kind: 'categories', values: found.map((r) => (r.v === null ? null : String(r.v))), counts: found.map((r) => num(r.n)) };
  }
  const share = `1 - count(${c}) / greatest(count(*), 1)`;
  if (type === 'DATE') {
    const [r] = await rows(live, `SELECT CAST(min(${c}) AS VARCHAR) AS lo, date_diff('day', min(${c}), max(${c})) AS days, ${share} AS s FROM ${t}`);
    return r.lo === null ? { kind: 'none' } : { kind: 'date', lo: String(r.lo), days: num(r.days), nullShare: num(r.s) };
  }
  if (type === 'TIMESTAMP') {
    const [r] = await rows(live, `SELECT epoch_us(min(${c})) AS lo, epoch_us(max(${c})) - epoch_us(min(${c})) AS span, ${share} AS s FROM ${t}`);
    if (typeof r.lo !== 'bigint' || typeof r.span !== 'bigint') return { kind: 'none' };
    return { kind: 'timestamp', loMicros: r.lo, spanMicros: r.span, nullShare: num(r.s) };
  }
  const d = `CAST(${c} AS DOUBLE)`;
  const [r] = await rows(live, `SELECT min(${d}) AS lo, max(${d}) AS hi, coalesce(bool_and(${d} = trunc(${d})), true) AS integral, ${share} AS s FROM ${t}`);
  if (r.lo === null || !Number.isFinite(num(r.lo)) || !Number.isFinite(num(r.hi))) return { kind: 'none' };
  return { kind: 'number', lo: num(r.lo), hi: num(r.hi), integral: r.integral === true, nullShare: num(r.s) };
}

/**
 * A redact column's constant as VARCHAR: null when live holds only NULLs; undefined when live has no
 * rows or does not hold exactly one constant (then the rule's own value is used).
 */
export async function readRedactConstant(live: DuckDBConnection, table: string, column: string): Promise<string | null | undefined> {
  const c = quoteIdentifier(column);
  const [r] = await rows(live, `SELECT count(DISTINCT ${c}) AS d, count(${c}) AS n, count(*) AS total, CAST(min(${c}) AS VARCHAR) AS v FROM ${quoteIdentifier(table)}`);
  if (num(r.total) === 0) return undefined;
  if (num(r.n) === 0) return null;
  return num(r.d) === 1 && num(r.n) === num(r.total) ? String(r.v) : undefined;
}
