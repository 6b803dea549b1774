/**
 * The control-plane store: `<dataDir>/control.duckdb`, migrated on open.
 * `main` serves the domain stores; the audit writer gets its own connection (`connectAudit`)
 * so that group commits never wait behind other work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SerialConnection } from '../../sandbox/engine/serial-connection';
import { migrations, type Migration } from './migrations';

const READERS = 3;

export class ControlStore {
  private readonly extra: SerialConnection[] = [];

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly main: SerialConnection,
    readonly file: string,
  ) {}

  static async open(dataDir: string, list: Migration[] = migrations): Promise<ControlStore> {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = path.join(dataDir, 'control.duckdb');
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
    await store.migrate(list);
    return store;
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
    await this.main.run('CHECKPOINT').catch(() => undefined);
    await this.main.close();
    this.instance.closeSync();
  }
}
