/** Trimming a text value before masking or generalising it, cheaply. */
import { quoteLiteral } from '../compiler/sql-quote';

/**
 * The characters DuckDB's trim() removes: exactly Unicode's space separators (Zs), checked over the
 * whole Basic Multilingual Plane; as [first, last] code point ranges.
 */
export const TRIMMED_SPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];

/**
 * `trim(input)`, but trim() is called only for values that start or end with a space separator:
 * trim() decodes the whole value to find its end (0.25 s per 2M addresses) and almost no value
 * needs it. The start is tested with byte-wise range comparisons (a value starts with a character
 * in [lo, hi] exactly when lo <= value < the character after hi), the end with ends_with per
 * character. The result equals trim(input) for every value, so padding never counts towards the
 * length that decides how much of a value a mask may show.
 */
export function trimmedSql(input: string): string {
  const char = (codePoint: number) => quoteLiteral(String.fromCodePoint(codePoint));
  const starts = TRIMMED_SPACE_RANGES.map(([lo, hi]) => `(${input} >= ${char(lo)} AND ${input} < ${char(hi + 1)})`);
  const ends = TRIMMED_SPACE_RANGES.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => `ends_with(${input}, ${char(lo + k)})`));
  return `(CASE WHEN ${[...starts, ...ends].join(' OR ')} THEN trim(${input}) ELSE ${input} END)`;
}
