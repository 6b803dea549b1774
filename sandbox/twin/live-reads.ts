/** How the twin generator reads live: one read-only SELECT at a time, rows as plain JS values. */
import type { DuckDBConnection } from '@duckdb/node-api';

/** A live column as the twin reads it: where it is, and the live column that names its subjects, if any. */
export type LiveColumn = { live: DuckDBConnection; table: string; column: string; subjectKey?: string };

export type LiveRow = Record<string, unknown>;

export async function liveRows(live: DuckDBConnection, sql: string): Promise<LiveRow[]> {
  const reader = await live.runAndReadAll(sql);
  return reader.getRowObjectsJS() as LiveRow[];
}

/** A DuckDB number (BIGINT arrives as bigint) as a JS number; NaN for anything else. */
export const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number.NaN);
