/**
 * SQL primitives of the twin generator. Every random choice is a pure function of (seed, row number,
 * table, column, salt) through DuckDB's `hash()`, so a twin is deterministic for its seed (on one
 * DuckDB version: `hash()` is not promised stable across versions) and is generated in one
 * vectorised statement per table, never by a JavaScript loop over rows. Names and values reach SQL
 * only through quoteIdentifier/quoteLiteral.
 */
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import type { Stage } from './twin-types';

export { quoteIdentifier, quoteLiteral };

/** The row-number column of `range(rows)`; never an output name, so no live column can shadow it. */
export const ROW = '__twin_row';

/** A UBIGINT draw for one salt: `hash(seed, row, '<table>|<column>|<salt>')`. */
export type Draw = (salt: string) => string;

/** The draw function of one column of one table. */
export function drawFor(seed: number, table: string, column: string): Draw {
  return (salt) => `hash(${seed}, ${ROW}, ${quoteLiteral(`${table}|${column}|${salt}`)})`;
}

/** An integer in [0, n) as BIGINT; n must be a positive safe integer. */
export function below(draw: Draw, salt: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError('below() needs a positive safe integer');
  return `CAST(${draw(salt)} % ${n} AS BIGINT)`;
}

/** An integer in [lo, hi] as BIGINT. */
export function between(draw: Draw, salt: string, lo: number, hi: number): string {
  return `(${lo} + ${below(draw, salt, hi - lo + 1)})`;
}

/** A DOUBLE uniform in [0, 1). */
export function uniform(draw: Draw, salt: string): string {
  return `(CAST(${draw(salt)} AS DOUBLE) / 18446744073709551616.0)`;
}

/** `count` decimal digits as a zero-padded VARCHAR (count ≤ 15). */
export function digits(draw: Draw, salt: string, count: number): string {
  return `lpad(CAST(${below(draw, salt, 10 ** count)} AS VARCHAR), ${count}, '0')`;
}

/** A DuckDB list literal of quoted strings (NULL for null). */
export function listLiteral(values: readonly (string | null)[]): string {
  return `[${values.map((v) => quoteLiteral(v)).join(', ')}]`;
}

/** One element of `values`, uniformly. */
export function pick(values: readonly string[], draw: Draw, salt: string): string {
  if (values.length === 0) throw new RangeError('pick() needs a non-empty list');
  if (values.length === 1) return quoteLiteral(values[0]);
  return `list_element(${listLiteral(values)}, ${below(draw, salt, values.length)} + 1)`;
}

/** `length` characters of `alphabet`, each drawn independently. */
export function charsFrom(alphabet: string, draw: Draw, salt: string, length: number): string {
  const parts = Array.from({ length }, (_, k) =>
    `substr(${quoteLiteral(alphabet)}, CAST(${below(draw, `${salt}${k}`, alphabet.length)} AS INTEGER) + 1, 1)`);
  return parts.join(' || ');
}

/**
 * Two stages that pick one of `values` with probability proportional to `counts` (exact): the first
 * draws u in [0, total), the second maps u to its value with a CASE over the cumulative counts.
 */
export function weightedStages(values: readonly (string | null)[], counts: readonly number[], draw: Draw): Stage[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (values.length === 0 || total < 1) throw new RangeError('weightedStages() needs positive counts');
  if (values.length === 1) return [() => quoteLiteral(values[0])];
  const bounds: number[] = [];
  let cumulative = 0;
  for (const count of counts.slice(0, -1)) bounds.push((cumulative += count));
  const last = quoteLiteral(values[values.length - 1]);
  return [
    () => below(draw, 'weighted', total),
    (u) => `CASE ${bounds.map((b, k) => `WHEN ${u} < ${b} THEN ${quoteLiteral(values[k])}`).join(' ')} ELSE ${last} END`,
  ];
}

/** A NULL with probability `nullShare` (0..1), else the previous stage's value. */
export function withNulls(nullShare: number, draw: Draw): Stage | undefined {
  if (!(nullShare > 0)) return undefined;
  const threshold = Math.round(Math.min(nullShare, 1) * 1_000_000);
  return (prev) => `CASE WHEN ${below(draw, 'null', 1_000_000)} < ${threshold} THEN NULL ELSE ${prev} END`;
}
