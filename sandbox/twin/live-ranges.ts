/**
 * Ranges of live columns for the twin (twin-disclosure.ts): per subject its smallest and largest
 * value, then the TWIN_MIN_SUBJECTS-th of each from its end, so that at least that many subjects lie
 * at or beyond each end; then rounded inwards on a grid of two significant digits of the range
 * (dates as days, timestamps as seconds since 1970). Live's own minimum and maximum never reach
 * the twin; NULLs appear in the same rounded share as in live only where enough subjects have one.
 */
import { inwardRange, subjectCountSql, TWIN_MIN_SUBJECTS } from './twin-disclosure';
import { liveRows, num, type LiveColumn } from './live-reads';
import { quoteIdentifier } from './twin-sql';

export type LiveRange =
  | { kind: 'number'; lo: number; hi: number; integral: boolean; nullShare: number }
  | { kind: 'date'; lo: string; days: number; nullShare: number }
  | { kind: 'timestamp'; loMicros: bigint; spanMicros: bigint; nullShare: number };

type Ends = { lo: number; hi: number; integral: boolean; nullShare: number };

/**
 * The trimmed ends of `value` (a number expression over the column), whether every value is whole,
 * and the NULL share; undefined when fewer than 2 × TWIN_MIN_SUBJECTS subjects hold values.
 */
async function trimmedEnds(at: LiveColumn, value: string): Promise<Ends | undefined> {
  const t = quoteIdentifier(at.table);
  const c = quoteIdentifier(at.column);
  const perSubject = at.subjectKey === undefined
    ? `SELECT ${value} AS lo, ${value} AS hi FROM ${t} WHERE ${c} IS NOT NULL`
    : `SELECT min(${value}) AS lo, max(${value}) AS hi FROM ${t} WHERE ${c} IS NOT NULL GROUP BY ${quoteIdentifier(at.subjectKey)}`;
  const offset = TWIN_MIN_SUBJECTS - 1;
  const [r] = await liveRows(at.live, `WITH s AS (${perSubject}) SELECT (SELECT lo FROM s ORDER BY lo LIMIT 1 OFFSET ${offset}) AS lo, `
    + `(SELECT hi FROM s ORDER BY hi DESC LIMIT 1 OFFSET ${offset}) AS hi, (SELECT count(*) FROM s) AS subjects, `
    + `(SELECT coalesce(bool_and(${value} = trunc(${value})), true) FROM ${t}) AS integral, `
    + `(SELECT 1 - count(${c}) / greatest(count(*), 1) FROM ${t}) AS null_share, (SELECT ${subjectCountSql(at.subjectKey)} FROM ${t} WHERE ${c} IS NULL) AS null_subjects`);
  if (num(r.subjects) < 2 * TWIN_MIN_SUBJECTS || !Number.isFinite(num(r.lo)) || !Number.isFinite(num(r.hi))) return undefined;
  // NULLs, too, are a value: shown only where enough subjects hold it, and in a rounded share.
  const nullShare = num(r.null_subjects) >= TWIN_MIN_SUBJECTS ? Number(num(r.null_share).toPrecision(2)) : 0;
  return { lo: num(r.lo), hi: num(r.hi), integral: r.integral === true, nullShare };
}

/** The trimmed, rounded range of a non-sensitive number, date or timestamp column; none when there is none to give. */
export async function readLiveRange(at: LiveColumn, type: string): Promise<LiveRange | { kind: 'none' }> {
  const c = quoteIdentifier(at.column);
  const value = type === 'DATE' ? `date_diff('day', DATE '1970-01-01', ${c})`
    : type === 'TIMESTAMP' ? `epoch_us(${c}) // 1000000` : `CAST(${c} AS DOUBLE)`;
  const ends = await trimmedEnds(at, value);
  const temporal = type === 'DATE' || type === 'TIMESTAMP';
  const range = ends && inwardRange(ends.lo, ends.hi, temporal || ends.integral);
  if (ends === undefined || range === undefined) return { kind: 'none' };
  const { nullShare } = ends;
  if (type === 'DATE') return { kind: 'date', lo: new Date(range.lo * 86_400_000).toISOString().slice(0, 10), days: range.hi - range.lo, nullShare };
  if (type === 'TIMESTAMP') return { kind: 'timestamp', loMicros: BigInt(range.lo) * 1_000_000n, spanMicros: BigInt(range.hi - range.lo) * 1_000_000n, nullShare };
  return { kind: 'number', ...range, integral: ends.integral, nullShare };
}
