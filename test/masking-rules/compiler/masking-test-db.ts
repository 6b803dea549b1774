/**
 * Test harness: an in-memory DuckDB with helpers to create a table from a dataset schema and rows,
 * and to read results as plain JS values (BIGINT → number, DATE → 'YYYY-MM-DD').
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';
import { quoteIdentifier, quoteLiteral, type SqlLiteralValue } from '../../../masking-rules/compiler/sql-quote';

export type TestRow = Record<string, SqlLiteralValue>;

export class MaskingTestDb {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  /** In memory by default; give a file to get on-disk storage (compression applies only there). */
  static async create(file = ':memory:'): Promise<MaskingTestDb> {
    const instance = await DuckDBInstance.create(file);
    return new MaskingTestDb(instance, await instance.connect());
  }

  /** CREATE TABLE with the schema's columns and types, then INSERT the rows in chunks. */
  async createTable(table: string, schema: DatasetSchema, rows: TestRow[]): Promise<void> {
    const columns = schema.columns.map((c) => `${quoteIdentifier(c.name)} ${c.type}`).join(', ');
    await this.connection.run(`CREATE TABLE ${quoteIdentifier(table)} (${columns})`);
    for (let start = 0; start < rows.length; start += 2000) {
      const values = rows.slice(start, start + 2000).map((row) =>
        `(${schema.columns.map((c) => `CAST(${quoteLiteral(row[c.name] ?? null)} AS ${c.type})`).join(', ')})`);
      await this.connection.run(`INSERT INTO ${quoteIdentifier(table)} VALUES ${values.join(', ')}`);
    }
  }

  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  async all(sql: string): Promise<Record<string, unknown>[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
  }

  /** The values of one column of a query, in row order. */
  async column<T = unknown>(sql: string, name: string): Promise<T[]> {
    return (await this.all(sql)).map((row) => row[name] as T);
  }

  async tableExists(table: string): Promise<boolean> {
    const rows = await this.all(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ${quoteLiteral(table)}`);
    return rows[0].n === 1;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}
