/** Reading rows back out of DuckDB for trusted callers (the owning source unit's preview and detection). */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Rows as JSON-safe objects (BIGINT and DECIMAL as strings, DATE as YYYY-MM-DD). */
export async function jsonRows(db: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}
