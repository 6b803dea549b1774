/**
 * Types of the `dev` twin generator: the live tables it mirrors (names, output types, masking
 * strategy per column), its input and report, and the SQL stage a column's generation is made of.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Semantic } from '../../masking-rules/dataset-schema';

/** The masking strategies a live column can have been produced by (dropped columns are absent). */
export const twinStrategies = ['keep', 'redact', 'mask', 'pseudonymize', 'generalize', 'noise', 'fake'] as const;
export type TwinStrategy = (typeof twinStrategies)[number];

/** One column of a live table, in live order. */
export type TwinColumn = {
  name: string;
  /** The OUTPUT DuckDB type of the column in the live table, e.g. VARCHAR, DECIMAL(18,2). */
  type: string;
  semantic?: Semantic;
  /** The masking strategy applied in live. */
  strategy: TwinStrategy;
  /** Personal/sensitive or an identifier: its live values are never a source of categories or ranges. */
  sensitive: boolean;
  /** The rule's params (mask preset, generalize `to`, pseudonymize `length`/`prefix`, …). */
  params?: Record<string, unknown>;
};

/**
 * `subjectKey`: the live column that names the table's subjects (its dataset's subject key, when
 * the agreement grants it); live values are then counted by distinct subjects, else by rows.
 */
export type TwinTable = { name: string; columns: TwinColumn[]; subjectKey?: string };

export type TwinInput = {
  /** Where the live tables can be read. Only read-only SELECTs are run on it. */
  live: DuckDBConnection;
  /** The dev database the twin tables are created (or replaced) in. */
  dev: DuckDBConnection;
  tables: TwinTable[];
  /** Rows per twin table; callers default to 10,000. */
  rowsPerTable: number;
  /** The same seed gives the same twin. */
  seed: number;
  /** Called after each table with (tables done, tables in total). */
  onProgress?: (done: number, total: number) => void;
};

export type TwinReport = { tables: { name: string; rows: number }[] };

/**
 * SQL of one stage of a column: an expression over the previous stage's value `prev` (an already
 * quoted column reference; ignored by the first stage) and the row number column ROW (BIGINT).
 */
export type Stage = (prev: string) => string;
