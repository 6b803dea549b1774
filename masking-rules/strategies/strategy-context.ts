/**
 * What every masking strategy receives and returns. A strategy turns one column rule into one DuckDB
 * SQL expression over an already quoted input expression; it never sees data and never runs SQL.
 */
import type { ColumnSpec, DatasetSchema } from '../dataset-schema';

/** Compile-time facts a strategy may use. */
export type StrategyContext = {
  /** The dataset the column belongs to. */
  schema: DatasetSchema;
  /** The column being masked. */
  column: ColumnSpec;
  /** Lower-case hex key of the agreement; strategies pass it to keyedHashSql or keyedDrawSql, which quote it. */
  key: string;
  /**
   * VARCHAR SQL expression of the record's identity: the whole source row's values
   * (compiler/record-identity.ts), so that each record, not each person, gets its own draw.
   */
  identity: string;
  /** Reference date for ages, YYYY-MM-DD. */
  asOf: string;
};

/**
 * How the live table stores an output whose shape the strategy knows: `dictionary` for few
 * distinct texts (age bands, regions, surnames, fake picks), `uncompressed` for many (pseudonyms,
 * masked mobiles: random-looking text that compression barely shrinks, and whose bytes then stay
 * visible to a byte scan of the file). Declared storage spares DuckDB from trying every compression
 * on every segment, which is most of the cost of writing a table (2M people: 2.65 s instead of
 * 3.4 s; the file grows from 53 to 111 MiB). Omitted: DuckDB chooses, as for a kept column.
 */
export type ColumnStorage = 'uncompressed' | 'dictionary';

/** One compiled output column: its SQL expression, its DuckDB type and, if known, its storage. */
export type SqlExpression = { sql: string; type: string; storage?: ColumnStorage };

/** A strategy's static checks of a rule against its column: one message per problem. */
export type RuleCheck<R> = (rule: R, column: ColumnSpec, schema: DatasetSchema) => string[];

/** A strategy's compiler: `input` is the quoted input column expression, e.g. `"src"."mobile"`. */
export type RuleCompile<R> = (rule: R, input: string, ctx: StrategyContext) => SqlExpression | null;

/** Column types that hold numbers. */
export const numericTypes: readonly string[] = ['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,2)'];

/** Column types that hold dates or timestamps. */
export const temporalTypes: readonly string[] = ['DATE', 'TIMESTAMP'];

/** A message for a strategy used on a column type it does not support. */
export function typeMismatch(strategy: string, column: ColumnSpec, allowed: readonly string[]): string[] {
  return allowed.includes(column.type)
    ? []
    : [`${strategy} applies to ${allowed.join('/')} columns, not ${column.type}`];
}
