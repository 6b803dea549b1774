/**
 * SQL builders for the generalize strategy (GB/T 37964 generalisation, top and bottom coding).
 * Each takes a quoted input expression; NULL in gives NULL out.
 */
import { quoteLiteral } from '../compiler/sql-quote';
import { trimmedSql } from './trimmed-value';

/** 'YYYY' or 'YYYY-MM' from a DATE or TIMESTAMP. */
export function truncateDateSql(input: string, to: 'year' | 'month'): string {
  return `strftime(${input}, ${quoteLiteral(to === 'year' ? '%Y' : '%Y-%m')})`;
}

/** 'YYYY-MM-DD' `years` calendar years before `asOf`; 29 February becomes the 28th in a common year. */
export function yearsBefore(asOf: string, years: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(Math.max(year, 1), 4)}-${pad(m, 2)}-${pad(day, 2)}`;
}

/**
 * Age band of a birth DATE/TIMESTAMP on `asOf` (YYYY-MM-DD): '30-39' for width 10, `max`+ at or
 * above `max` (a band never reaches past max − 1), NULL for births after asOf and for the infinite
 * dates DuckDB allows. The age is exact in
 * completed years: someone is at least L years old on asOf exactly when born on or before the date
 * L years before asOf, so each band is one date comparison against a constant and each label is a
 * constant (five times cheaper in DuckDB than computing the age and building the label per row).
 */
export function ageBandSql(input: string, asOf: string, width: number, max: number): string {
  const birth = `CAST(${input} AS DATE)`;
  const arms = [`WHEN ${birth} > DATE ${quoteLiteral(asOf)} OR NOT isfinite(${birth}) THEN NULL`, `WHEN ${birth} <= DATE ${quoteLiteral(yearsBefore(asOf, max))} THEN ${quoteLiteral(`${max}+`)}`];
  const lowers: number[] = [];
  for (let lower = 0; lower < max; lower += width) lowers.push(lower);
  for (const lower of lowers.reverse()) {
    const label = `${lower}-${Math.min(lower + width - 1, max - 1)}`;
    arms.push(`WHEN ${birth} <= DATE ${quoteLiteral(yearsBefore(asOf, lower))} THEN ${quoteLiteral(label)}`);
  }
  return `CASE ${arms.join(' ')} ELSE NULL END`;
}

/** Lower bound of the `width`-wide bucket holding the value, as `type`. */
export function bucketWidthSql(input: string, width: number, type: string): string {
  const w = quoteLiteral(width);
  return `CAST(floor(CAST(${input} AS DOUBLE) / ${w}) * ${w} AS ${type})`;
}

/** Every interval label of ascending breaks, lowest first: '(-inf,0)', '[0,1000)', …, '[5000,+inf)'. */
export function bucketBreakLabels(breaks: readonly number[]): string[] {
  return [`(-inf,${breaks[0]})`, ...breaks.slice(1).map((b, i) => `[${breaks[i]},${b})`), `[${breaks[breaks.length - 1]},+inf)`];
}

/** Interval label from ascending breaks (bucketBreakLabels). */
export function bucketBreaksSql(input: string, breaks: readonly number[]): string {
  const labels = bucketBreakLabels(breaks);
  const arms = breaks.map((b, i) => `WHEN ${input} < ${quoteLiteral(b)} THEN ${quoteLiteral(labels[i])}`);
  return `CASE WHEN ${input} IS NULL THEN NULL ${arms.join(' ')} ELSE ${quoteLiteral(labels[breaks.length])} END`;
}

/** First `digits` characters of a region code padded with zeros to 6; NULL unless they are digits. */
export function regionSql(input: string, digits: 2 | 4 | 6): string {
  const code = trimmedSql(input);
  return `CASE WHEN regexp_matches(${code}, ${quoteLiteral(`^[0-9]{${digits}}`)}) `
    + `THEN rpad(left(${code}, ${digits}), 6, '0') ELSE NULL END`;
}

/**
 * Top and bottom coding: values below `min` become min, above `max` become max; cast to `type`.
 * Written with CASE, not least()/greatest(), because DuckDB's least/greatest skip NULLs and would
 * turn a NULL into the bound.
 */
export function clampSql(input: string, min: number | undefined, max: number | undefined, type: string): string {
  const arms: string[] = [];
  if (max !== undefined) arms.push(`WHEN ${input} > ${quoteLiteral(max)} THEN ${quoteLiteral(max)}`);
  if (min !== undefined) arms.push(`WHEN ${input} < ${quoteLiteral(min)} THEN ${quoteLiteral(min)}`);
  return `CAST(CASE ${arms.join(' ')} ELSE ${input} END AS ${type})`;
}
