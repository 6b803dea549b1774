/**
 * The vault journal: how an upload's version file, its version row and its audit entry end up
 * together or not at all.
 *
 * An upload (1) records a journal row naming its version, the dotted scratch file it builds
 * and the final file, (2) builds the scratch file, (3) renames it into place, and (4) in one
 * transaction inserts the version row and its request's audit entry and deletes the journal
 * row. A crash between any two steps leaves the journal row; `reconcile` at start-up then rolls
 * the upload back (removes both files, records the request as interrupted), and removes every
 * file in the vault that no version row names. No version is in force without
 * its audit entry, and no raw data stays in the vault without a row that accounts for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { removeDatabase } from '../../sandbox/vault/build-vault-version';
import type { AuditEvent } from '../audit/audit-entry';

export type JournalEntry = { datasetId: string; version: number; buildingFile: string; finalFile: string; startedAt: string; requestId: string; actorId: string };
type JournalRow = { dataset_id: string; version: number; building_file: string; final_file: string; started_at: string; request_id: string; actor_id: string };

export type ReconcileReport = { rolledBack: number; completed: number; orphansRemoved: string[] };

export class VaultJournal {
  constructor(private readonly deps: { db: SqlRunner; dataDir: string }) {}

  async begin(entry: JournalEntry): Promise<void> {
    await this.deps.db.run('INSERT INTO vault_journal VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      entry.datasetId, entry.version, this.relative(entry.buildingFile), this.relative(entry.finalFile), entry.startedAt, entry.requestId, entry.actorId,
    ]);
  }

  /** Ends the journal row inside the caller's transaction (the one that inserts the version row). */
  async finish(tx: SqlRunner, datasetId: string, version: number): Promise<void> {
    await tx.run('DELETE FROM vault_journal WHERE dataset_id = $1 AND version = $2', [datasetId, version]);
  }

  /** Abandons an upload that failed before its version row committed (the process lives on). */
  async abandon(entry: JournalEntry): Promise<void> {
    removeDatabase(entry.finalFile);
    removeDatabase(entry.buildingFile);
    await this.deps.db.run('DELETE FROM vault_journal WHERE dataset_id = $1 AND version = $2', [entry.datasetId, entry.version]);
  }

  /**
   * At start-up, before serving: finish or roll back every journalled upload, then remove every
   * file under `vault/` that no version row names. `record` appends the audit entries.
   */
  async reconcile(record: (event: AuditEvent) => Promise<void>): Promise<ReconcileReport> {
    const report: ReconcileReport = { rolledBack: 0, completed: 0, orphansRemoved: [] };
    for (const row of await this.deps.db.all<JournalRow>('SELECT * FROM vault_journal ORDER BY started_at')) {
      const committed = await this.deps.db.one('SELECT 1 AS found FROM dataset_versions WHERE dataset_id = $1 AND version = $2', [row.dataset_id, row.version]);
      if (committed) {
        report.completed += 1;
      } else {
        removeDatabase(path.resolve(this.deps.dataDir, row.final_file));
        removeDatabase(path.resolve(this.deps.dataDir, row.building_file));
        report.rolledBack += 1;
        await record({
          actorId: row.actor_id, role: 'system', action: 'dataset.upload', resource: `dataset:${row.dataset_id}`, outcome: 'failed',
          requestId: row.request_id, details: { interrupted: true, version: row.version, reason: 'the platform stopped before the version was recorded; nothing was kept' },
        });
      }
      await this.deps.db.run('DELETE FROM vault_journal WHERE dataset_id = $1 AND version = $2', [row.dataset_id, row.version]);
    }
    report.orphansRemoved = await this.removeOrphans();
    if (report.orphansRemoved.length) {
      await record({
        actorId: null, role: 'system', action: 'vault.orphans_removed', resource: 'vault', outcome: 'allowed', requestId: 'startup',
        details: { files: report.orphansRemoved.slice(0, 100), count: report.orphansRemoved.length },
      });
    }
    return report;
  }

  private async removeOrphans(): Promise<string[]> {
    const root = path.join(this.deps.dataDir, 'vault');
    if (!fs.existsSync(root)) return [];
    const named = new Set((await this.deps.db.all<{ file: string }>('SELECT file FROM dataset_versions')).map((r) => path.resolve(this.deps.dataDir, r.file)));
    const removed: string[] = [];
    for (const dataset of fs.readdirSync(root)) {
      const dir = path.join(root, dataset);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const name of fs.readdirSync(dir)) {
        const file = path.join(dir, name);
        if (named.has(file)) continue;
        // A named version's WAL is not an orphan (DuckDB writes none for read-only opens, but be safe).
        if (name.endsWith('.wal') && named.has(file.slice(0, -'.wal'.length))) continue;
        fs.rmSync(file, { recursive: true, force: true });
        removed.push(this.relative(file));
      }
    }
    return removed;
  }

  private relative(file: string): string {
    return path.relative(this.deps.dataDir, file).split(path.sep).join('/');
  }
}
