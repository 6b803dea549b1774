/**
 * DuckDB's parser in the platform process, with no data behind it: an in-memory database,
 * locked down like a sandbox engine, whose only use is to read operator SQL into parse trees
 * (the guard, the disclosure planner) and to write trees back as SQL. Operator SQL is passed to
 * it as a bound value and never executed here; statements on data run in sandbox workers.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

const MAX_IDLE = 8;

export class SqlParser {
  /** Idle connections, reused (connecting and closing for each statement costs more than parsing it). */
  private readonly idle: DuckDBConnection[] = [];

  private constructor(private readonly instance: DuckDBInstance) {}

  static async open(): Promise<SqlParser> {
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '1', memory_limit: '256MB' });
    const setup = await instance.connect();
    try {
      await setup.run('SET enable_external_access = false');
      await setup.run('SET lock_configuration = true');
    } finally {
      setup.closeSync();
    }
    return new SqlParser(instance);
  }

  /** A connection of its own for `work` (a connection must not run two statements at once). */
  async use<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = this.idle.pop() ?? (await this.instance.connect());
    try {
      return await work(connection);
    } finally {
      if (this.idle.length < MAX_IDLE) this.idle.push(connection);
      else connection.closeSync();
    }
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.closeSync();
    this.instance.closeSync();
  }
}
