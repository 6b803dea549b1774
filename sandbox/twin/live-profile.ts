/**
 * What the twin reads of a live column, under the rules of twin-disclosure.ts: the values at least
 * TWIN_MIN_SUBJECTS subjects hold, with rounded frequencies (VARCHAR/BOOLEAN columns that are
 * neither personal nor identifiers, and columns whose rule publishes categories: generalised
 * bands, buckets and labels, kept categories), or a trimmed and rounded range with the NULL share
 * (numbers, dates, timestamps of columns that are neither personal nor identifiers). The one other
 * read of a sensitive column is a redact column's constant, which holds no personal value by
 * construction; it is used only when live really holds one constant. Every statement here is a
 * read-only SELECT on the live connection, and rare values are cut in SQL, before any reaches
 * this process.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { commonValuesSql } from './common-values-sql';
import { coarseCount } from './twin-disclosure';
import { readLiveRange, type LiveRange } from './live-ranges';
import { liveRows, num, type LiveColumn } from './live-reads';
import { quoteIdentifier } from './twin-sql';

/** Most distinct values a category column may have to be sampled from. */
export const MAX_CATEGORIES = 200;

export type LiveCategories = { kind: 'categories'; values: (string | null)[]; counts: number[] };
export type LiveProfile = LiveCategories | LiveRange | { kind: 'none' };

/** The profile of a non-sensitive live column of output type `type`. */
export async function readLiveProfile(at: LiveColumn, type: string): Promise<LiveProfile> {
  if (type === 'VARCHAR' || type === 'BOOLEAN') return readCategories(at);
  return readLiveRange(at, type);
}

/**
 * The values (as VARCHAR) that at least TWIN_MIN_SUBJECTS subjects hold, NULL included, in value
 * order (never in order of frequency, which one person can change), with frequencies rounded;
 * none when no value is that common or more than MAX_CATEGORIES are.
 */
export async function readCategories(at: LiveColumn): Promise<LiveCategories | { kind: 'none' }> {
  const value = `CAST(${quoteIdentifier(at.column)} AS VARCHAR)`;
  const found = await liveRows(at.live, `SELECT v, n FROM (${commonValuesSql(at.table, value, at.subjectKey)}) ORDER BY v NULLS LAST LIMIT ${MAX_CATEGORIES + 1}`);
  if (found.length === 0 || found.length > MAX_CATEGORIES) return { kind: 'none' };
  return { kind: 'categories', values: found.map((r) => (r.v === null ? null : String(r.v))), counts: found.map((r) => coarseCount(num(r.n))) };
}

/**
 * A redact column's constant as VARCHAR: null when live holds only NULLs; undefined when live has no
 * rows or does not hold exactly one constant (then the rule's own value is used).
 */
export async function readRedactConstant(live: DuckDBConnection, table: string, column: string): Promise<string | null | undefined> {
  const c = quoteIdentifier(column);
  const [r] = await liveRows(live, `SELECT count(DISTINCT ${c}) AS d, count(${c}) AS n, count(*) AS total, CAST(min(${c}) AS VARCHAR) AS v FROM ${quoteIdentifier(table)}`);
  if (num(r.total) === 0) return undefined;
  if (num(r.n) === 0) return null;
  return num(r.d) === 1 && num(r.n) === num(r.total) ? String(r.v) : undefined;
}
