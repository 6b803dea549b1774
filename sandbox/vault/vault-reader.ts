/** Read-only access to one vault version, for the owning source unit's preview and detection. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export async function withVaultVersion<T>(file: string, work: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(file, {
    access_mode: 'READ_ONLY',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const db = await instance.connect();
  try {
    return await work(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** Rows as JSON-safe objects (BIGINT and DECIMAL as strings, DATE as YYYY-MM-DD). */
export async function jsonRows(db: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}
