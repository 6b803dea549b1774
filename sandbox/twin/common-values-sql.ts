/**
 * SQL for "the values at least TWIN_MIN_SUBJECTS subjects hold" that stays cheap on millions of
 * rows: counting distinct subjects per value exactly costs a hash table of every (value, subject)
 * pair (2 s for 2M rows), so values are first counted by rows and by an approximate distinct count
 * (HyperLogLog: fewer than 10 distinct subjects can never be estimated at 1,000 or more), and only
 * values estimated below APPROXIMATE_ENOUGH are counted exactly, over their own rows alone.
 */
import { TWIN_MIN_SUBJECTS } from './twin-disclosure';
import { quoteIdentifier } from './twin-sql';

/** An approximate distinct count at or above this is taken as proof of TWIN_MIN_SUBJECTS subjects. */
export const APPROXIMATE_ENOUGH = 1000;

/**
 * `SELECT v, n`: each value of `value` (a VARCHAR expression over the table's columns) with its
 * row count, for the values at least TWIN_MIN_SUBJECTS subjects hold (rows, without a subject key).
 */
export function commonValuesSql(table: string, value: string, subjectKey: string | undefined): string {
  const t = quoteIdentifier(table);
  const k = TWIN_MIN_SUBJECTS;
  if (subjectKey === undefined) return `SELECT ${value} AS v, count(*) AS n FROM ${t} GROUP BY 1 HAVING count(*) >= ${k}`;
  const key = quoteIdentifier(subjectKey);
  return `WITH g AS (SELECT ${value} AS v, count(*) AS n, approx_count_distinct(${key}) AS a FROM ${t} GROUP BY 1 HAVING count(*) >= ${k}), `
    + `small AS (SELECT v FROM g WHERE a < ${APPROXIMATE_ENOUGH}), `
    + `exact AS (SELECT ${value} AS v FROM ${t} SEMI JOIN small ON ${value} IS NOT DISTINCT FROM small.v GROUP BY 1 HAVING count(DISTINCT ${key}) >= ${k}) `
    + `SELECT v, n FROM g WHERE a >= ${APPROXIMATE_ENOUGH} OR EXISTS (SELECT 1 FROM exact WHERE exact.v IS NOT DISTINCT FROM g.v)`;
}
