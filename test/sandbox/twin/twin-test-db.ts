/** Helpers for the twin tests: in-memory DuckDB connections and row reads with plain JS values. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type Row = Record<string, unknown>;

/** A fresh in-memory database and a connection to it. */
export async function memoryConnection(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

/** All rows of a query; BIGINTs become numbers, everything else stays as node-api's JS value. */
export async function readRows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql);
  return (reader.getRowObjectsJS() as Row[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

/** One column of a query as an array. */
export async function readColumn<T = unknown>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowsJS().map((row) => (typeof row[0] === 'bigint' ? Number(row[0]) : row[0]) as T);
}

/** `[name, type]` of every column of a table, in order. */
export async function columnsOf(connection: DuckDBConnection, table: string): Promise<[string, string][]> {
  const rows = await readRows(connection, `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table.replaceAll("'", "''")}' ORDER BY ordinal_position`);
  return rows.map((r) => [String(r.column_name), String(r.data_type)]);
}

/** Every cell of every table of the database, as text (NULLs left out). */
export async function allCells(connection: DuckDBConnection): Promise<Set<string>> {
  const tables = await readColumn<string>(connection, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`);
  const cells = new Set<string>();
  for (const table of tables) {
    const columns = (await columnsOf(connection, table)).map(([name]) => name);
    for (const column of columns) {
      const q = `"${column.replaceAll('"', '""')}"`;
      const values = await readColumn<string | null>(connection, `SELECT DISTINCT CAST(${q} AS VARCHAR) FROM "${table.replaceAll('"', '""')}"`);
      for (const value of values) if (value !== null) cells.add(value);
    }
  }
  return cells;
}
