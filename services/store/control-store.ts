/**
 * The control-plane store: `<dataDir>/control.duckdb`, migrated on open.
 * `main` serves the domain stores; the audit writer gets its own connection (`connectAudit`)
 * so that group commits never wait behind other work.
 *
 * `openReadOnly` opens an existing store without writing anything: DuckDB's READ_ONLY access
 * mode, no migration, no checkpoint on close, and a spill directory outside the data directory.
 * A WAL left by a crash is replayed in memory and stays on disk as it was (checked with DuckDB
 * 1.5: both files keep their bytes). DuckDB 1.5 cannot replay a WAL that builds an index in
 * read-only mode (duckdb#24103); that fails with "Failure while replaying WAL" and
 * `isReadOnlyWalReplayFailure` tells it apart from damage.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SerialConnection } from '../../sandbox/engine/serial-connection';
import { migrations, type Migration } from './migrations';

const READERS = 3;

export const CONTROL_FILE = 'control.duckdb';

/** The path of the control store in `dataDir`. */
export function controlFile(dataDir: string): string {
  return path.join(dataDir, CONTROL_FILE);
}

export class ControlStore {
  private readonly extra: SerialConnection[] = [];

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly main: SerialConnection,
    readonly file: string,
    readonly readOnly = false,
  ) {}

  /**
   * Opens (creating it if need be) and migrates. `beforeMigrate` runs on the opened store
   * before any migration (the start-up check, when the store could not be opened read-only).
   */
  static async open(dataDir: string, list: Migration[] = migrations, options: { beforeMigrate?: (store: ControlStore) => Promise<void> } = {}): Promise<ControlStore> {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = controlFile(dataDir);
    // One thread: the control store runs many tiny statements (an audit group commit per few
    // requests), and waking DuckDB's worker pool for each cost more than it gave. Measured with
    // `BENCH_ONLY=audit npm run bench` on 2 cores: audited/unaudited 0.705-0.728 with one thread,
    // 0.657-0.699 with the default two. Large reads here (audit export) are rare.
    const instance = await DuckDBInstance.create(file, {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      threads: '1',
    });
    // Reads go to connections of their own, so that they neither queue behind one another nor behind writes.
    const readers = [];
    for (let i = 0; i < READERS; i += 1) readers.push(new SerialConnection(await instance.connect()));
    const main = new SerialConnection(await instance.connect(), readers);
    const store = new ControlStore(instance, main, file);
    try {
      await options.beforeMigrate?.(store);
    } catch (error) {
      await store.close();
      throw error;
    }
    await store.migrate(list);
    return store;
  }

  /** Opens an existing store read-only (see the header). Throws when there is no such file. */
  static async openReadOnly(dataDir: string): Promise<ControlStore> {
    const file = controlFile(dataDir);
    if (!fs.existsSync(file)) throw new Error(`there is no control store at ${file}`);
    const instance = await DuckDBInstance.create(file, {
      access_mode: 'READ_ONLY',
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      // DuckDB spills to `<file>.tmp` by default, which is inside the data directory.
      temp_directory: path.join(os.tmpdir(), `shuyu-readonly-${crypto.randomUUID()}`),
    });
    try {
      const main = new SerialConnection(await instance.connect());
      return new ControlStore(instance, main, file, true);
    } catch (error) {
      instance.closeSync();
      throw error;
    }
  }

  async connectAudit(): Promise<SerialConnection> {
    const connection = new SerialConnection(await this.instance.connect());
    this.extra.push(connection);
    return connection;
  }

  async appliedVersions(): Promise<number[]> {
    const rows = await this.main.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    return rows.map((r) => Number(r.version));
  }

  private async migrate(list: Migration[]): Promise<void> {
    await this.main.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at VARCHAR NOT NULL)`);
    const applied = new Set(await this.appliedVersions());
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await this.main.transaction(async (tx) => {
        for (const statement of migration.statements) await tx.run(statement);
        await tx.run('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      });
    }
  }

  async close(): Promise<void> {
    for (const connection of this.extra) await connection.close();
    if (!this.readOnly) await this.main.run('CHECKPOINT').catch(() => undefined);
    await this.main.close();
    this.instance.closeSync();
  }
}

/** True when a read-only open failed only because DuckDB cannot replay this WAL read-only. */
export function isReadOnlyWalReplayFailure(error: unknown, dataDir: string): boolean {
  return /Failure while replaying WAL/i.test(String(error)) && /Could not write file/i.test(String(error)) && fs.existsSync(`${controlFile(dataDir)}.wal`);
}
