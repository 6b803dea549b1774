/**
 * Ranges of live columns for the twin (twin-disclosure.ts): per subject its smallest (largest)
 * value, and of those the TWIN_MIN_SUBJECTS-th from each end, so that at least that many subjects
 * lie at or beyond each end; then rounded inwards on a grid of two significant digits of the range
 * (dates as days, timestamps as seconds since 1970). Live's own minimum and maximum never reach
 * the twin; NULLs appear in the same rounded share as in live only where enough subjects have one.
 * Each end is read from the rows nearest it (a top-N, cheap on millions of rows): the n-th subject
 * to appear in value order is the subject with the n-th smallest minimum, so the nearest rows
 * suffice once they hold enough subjects, and all rows are grouped only when they do not.
 */
import { commonValuesSql } from './common-values-sql';
import { inwardRange, TWIN_MIN_SUBJECTS } from './twin-disclosure';
import { liveRows, num, type LiveColumn } from './live-reads';
import { quoteIdentifier } from './twin-sql';

export type LiveRange =
  | { kind: 'number'; lo: number; hi: number; integral: boolean; nullShare: number }
  | { kind: 'date'; lo: string; days: number; nullShare: number }
  | { kind: 'timestamp'; loMicros: bigint; spanMicros: bigint; nullShare: number };

/** Rows read from each end first: ten per subject needed. */
const NEAREST_ROWS = 10 * TWIN_MIN_SUBJECTS;

/** The TWIN_MIN_SUBJECTS-th subject's value from one end of `value` (a number expression); null when fewer subjects hold values. */
async function nthSubjectFromEnd(at: LiveColumn, value: string, end: 'ASC' | 'DESC'): Promise<number | null> {
  const t = quoteIdentifier(at.table);
  const subject = at.subjectKey === undefined ? 'rowid' : quoteIdentifier(at.subjectKey);
  const read = async (limit: string) => {
    const [r] = await liveRows(at.live, `WITH r AS (SELECT ${value} AS v, ${subject} AS s FROM ${t} WHERE ${quoteIdentifier(at.column)} IS NOT NULL ORDER BY v ${end}${limit}), `
      + `m AS (SELECT ${end === 'ASC' ? 'min' : 'max'}(v) AS v FROM r GROUP BY s) `
      + `SELECT (SELECT v FROM m ORDER BY v ${end} LIMIT 1 OFFSET ${TWIN_MIN_SUBJECTS - 1}) AS v, (SELECT count(*) FROM r) AS rows`);
    return { v: r.v === null ? null : num(r.v), rows: num(r.rows) };
  };
  const nearest = await read(` LIMIT ${NEAREST_ROWS}`);
  return nearest.v !== null || nearest.rows < NEAREST_ROWS ? nearest.v : (await read('')).v;
}

/** The share of NULLs, rounded, where at least TWIN_MIN_SUBJECTS subjects have one; else 0. */
async function nullShare(at: LiveColumn): Promise<number> {
  const c = quoteIdentifier(at.column);
  const held = await liveRows(at.live, `SELECT v FROM (${commonValuesSql(at.table, `CAST(${c} IS NULL AS VARCHAR)`, at.subjectKey)}) WHERE v = 'true'`);
  if (held.length === 0) return 0;
  const [r] = await liveRows(at.live, `SELECT 1 - count(${c}) / greatest(count(*), 1) AS share FROM ${quoteIdentifier(at.table)}`);
  return Number(num(r.share).toPrecision(2));
}

/** The trimmed, rounded range of a non-sensitive number, date or timestamp column; none when there is none to give. */
export async function readLiveRange(at: LiveColumn, type: string): Promise<LiveRange | { kind: 'none' }> {
  const c = quoteIdentifier(at.column);
  const value = type === 'DATE' ? `date_diff('day', DATE '1970-01-01', ${c})`
    : type === 'TIMESTAMP' ? `epoch_us(${c}) // 1000000` : `CAST(${c} AS DOUBLE)`;
  const lo = await nthSubjectFromEnd(at, value, 'ASC');
  const hi = await nthSubjectFromEnd(at, value, 'DESC');
  if (lo === null || hi === null || !Number.isFinite(lo) || !Number.isFinite(hi)) return { kind: 'none' };
  const [w] = await liveRows(at.live, `SELECT coalesce(bool_and(${value} = trunc(${value})), true) AS integral FROM ${quoteIdentifier(at.table)}`);
  const integral = w.integral === true;
  const temporal = type === 'DATE' || type === 'TIMESTAMP';
  const range = inwardRange(lo, hi, temporal || integral);
  if (range === undefined) return { kind: 'none' };
  const nulls = await nullShare(at);
  if (type === 'DATE') return { kind: 'date', lo: new Date(range.lo * 86_400_000).toISOString().slice(0, 10), days: range.hi - range.lo, nullShare: nulls };
  if (type === 'TIMESTAMP') return { kind: 'timestamp', loMicros: BigInt(range.lo) * 1_000_000n, spanMicros: BigInt(range.hi - range.lo) * 1_000_000n, nullShare: nulls };
  return { kind: 'number', ...range, integral, nullShare: nulls };
}
