/**
 * One DuckDB connection whose statements run one at a time, in arrival order.
 * A DuckDB connection must not run two statements at once; this queue makes that impossible,
 * and `transaction()` holds the queue across several statements so they commit together.
 */
import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBType, DuckDBValue } from '@duckdb/node-api';

export type SqlParams = DuckDBValue[] | Record<string, DuckDBValue>;
export type Row = Record<string, unknown>;

export interface SqlRunner {
  run(sql: string, params?: SqlParams): Promise<void>;
  /** Runs a data-changing statement and returns how many rows it changed. */
  change(sql: string, params?: SqlParams): Promise<number>;
  all<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]>;
  one<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T | undefined>;
}

/** Runs a statement through a prepared statement kept for its SQL text. */
export interface PreparedRunner {
  runPrepared(sql: string, values: DuckDBValue[], types: DuckDBType[]): Promise<void>;
}

export class SerialConnection implements SqlRunner, PreparedRunner {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly prepared = new Map<string, DuckDBPreparedStatement>();
  private closed = false;
  private nextReader = 0;

  /**
   * `readers`: further connections to the same database that take reads (`all`, `one`) in turn,
   * so that reads do not queue behind one another and behind writes. A read sees every write
   * that completed before it was issued (DuckDB commits each statement, or the transaction, first).
   */
  constructor(private readonly connection: DuckDBConnection, private readonly readers: SerialConnection[] = []) {}

  run(sql: string, params?: SqlParams): Promise<void> {
    return this.enqueue(() => runOn(this.connection, sql, params));
  }

  change(sql: string, params?: SqlParams): Promise<number> {
    return this.enqueue(() => changeOn(this.connection, sql, params));
  }

  all<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]> {
    if (this.readers.length) {
      const reader = this.readers[this.nextReader];
      this.nextReader = (this.nextReader + 1) % this.readers.length;
      return reader.all<T>(sql, params);
    }
    return this.enqueue(() => allOn<T>(this.connection, sql, params));
  }

  async one<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T | undefined> {
    const rows = await this.all<T>(sql, params);
    return rows[0];
  }

  /** Runs `work` inside BEGIN/COMMIT with exclusive use of the connection; rolls back on error. */
  transaction<T>(work: (tx: SqlRunner & PreparedRunner) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      const tx = { ...directRunner(this.connection), runPrepared: (sql: string, values: DuckDBValue[], types: DuckDBType[]) => this.prepareAndRun(sql, values, types) };
      await tx.run('BEGIN TRANSACTION');
      try {
        const result = await work(tx);
        await tx.run('COMMIT');
        return result;
      } catch (error) {
        await tx.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * Runs a statement through a prepared statement kept for this SQL text, so that a statement
   * run again and again (the audit log's group commit) is parsed and planned only once.
   */
  runPrepared(sql: string, values: DuckDBValue[], types: DuckDBType[]): Promise<void> {
    return this.enqueue(() => this.prepareAndRun(sql, values, types));
  }

  private async prepareAndRun(sql: string, values: DuckDBValue[], types: DuckDBType[]): Promise<void> {
    let prepared = this.prepared.get(sql);
    if (!prepared) {
      prepared = await this.connection.prepare(sql);
      this.prepared.set(sql, prepared);
    }
    prepared.bind(values, types);
    await prepared.run();
  }

  /** Waits for queued work, then closes the connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const reader of this.readers) await reader.close();
    await this.tail.catch(() => undefined);
    for (const statement of this.prepared.values()) statement.destroySync();
    this.prepared.clear();
    this.connection.closeSync();
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('connection is closed'));
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

function directRunner(connection: DuckDBConnection): SqlRunner {
  return {
    run: (sql, params) => runOn(connection, sql, params),
    change: (sql, params) => changeOn(connection, sql, params),
    all: <T extends Row>(sql: string, params?: SqlParams) => allOn<T>(connection, sql, params),
    one: async <T extends Row>(sql: string, params?: SqlParams) => (await allOn<T>(connection, sql, params))[0],
  };
}

async function runOn(connection: DuckDBConnection, sql: string, params?: SqlParams): Promise<void> {
  await connection.run(sql, params);
}

async function changeOn(connection: DuckDBConnection, sql: string, params?: SqlParams): Promise<number> {
  const result = await connection.run(sql, params);
  return Number(result.rowsChanged);
}

async function allOn<T extends Row>(connection: DuckDBConnection, sql: string, params?: SqlParams): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS() as T[];
}
