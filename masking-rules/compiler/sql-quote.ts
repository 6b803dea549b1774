/**
 * Quoting for every name and value the rule compiler puts into SQL. Nothing reaches a compiled
 * statement except through these functions, so a rule parameter or a column name cannot inject SQL:
 * identifiers become "…" with " doubled, strings become '…' with ' doubled (DuckDB treats a
 * backslash in a plain string literal as an ordinary character), numbers must be finite.
 */

/** A value the compiler may put into SQL as a literal. */
export type SqlLiteralValue = string | number | boolean | null;

/** Thrown when a name or value cannot be quoted safely (NUL characters, NaN, infinities). */
export class SqlQuoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqlQuoteError';
  }
}

/** `a"b` → `"a""b"`. Refuses the empty name and NUL characters. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0) throw new SqlQuoteError('an identifier must not be empty');
  if (name.includes('\u0000')) throw new SqlQuoteError('an identifier must not contain NUL');
  return `"${name.replaceAll('"', '""')}"`;
}

/** `it's` → `'it''s'`; 12 → `12`; true → `TRUE`; null → `NULL`. */
export function quoteLiteral(value: SqlLiteralValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numberLiteral(value);
  if (value.includes('\u0000')) throw new SqlQuoteError('a string literal must not contain NUL');
  return `'${value.replaceAll("'", "''")}'`;
}

/** A finite number as a parenthesised DOUBLE or integer literal, e.g. `(-1.5)`, `(1e+21)`. */
function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new SqlQuoteError('a number literal must be finite');
  const text = Object.is(value, -0) ? '0' : String(value);
  return Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? `(${text})` : `(${text}::DOUBLE)`;
}

/** `["main", "people"]` → `"main"."people"`. */
export function quoteQualified(...parts: string[]): string {
  return parts.map(quoteIdentifier).join('.');
}
