/**
 * The vault against the versions the control store names (for `shuyu doctor`; too slow for
 * every start on a large vault). Every file `dataset_versions` names (a path relative to the
 * data directory, or an absolute one written before) must exist, open read-only, be as long as
 * its blocks, and hold a `data` table that reads completely with the recorded number of rows.
 * Every other file under `vault/` is reported as a warning: a dotted leftover of an interrupted
 * upload, a file an upload journal row names, or an orphan nobody accounts for (it may hold raw
 * data). Nothing is written: files open with DuckDB's READ_ONLY access mode.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SerialConnection, type SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Problem } from './problem';
import { fileLengthProblem, firstLine, readEveryTable } from './read-every-table';

export type VaultCheck = { versions: number; filesChecked: number; problems: Problem[] };

type VersionRow = { dataset_id: string; version: number; file: string; rows: bigint };

export async function checkVault(db: SqlRunner, dataDir: string): Promise<VaultCheck> {
  const problems: Problem[] = [];
  const versions = await db.all<VersionRow>('SELECT dataset_id, version, file, rows FROM dataset_versions ORDER BY dataset_id, version');
  const named = new Set<string>();
  let filesChecked = 0;
  for (const row of versions) {
    const file = path.resolve(dataDir, row.file);
    named.add(file);
    const problem = await checkVersionFile(file, Number(row.rows));
    filesChecked += 1;
    if (problem) {
      problems.push({ area: 'vault', severity: 'damage', file, ...problem, advice: versionAdvice(row) });
    }
  }
  const pending = new Set((await journalFiles(db)).map((f) => path.resolve(dataDir, f)));
  for (const file of vaultFiles(path.join(dataDir, 'vault'))) {
    if (named.has(file)) continue;
    problems.push(unaccounted(file, pending));
  }
  return { versions: versions.length, filesChecked, problems };
}

/**
 * The cheap part, for every start: each named version file exists and is longer than DuckDB's
 * headers. A file damaged inside is found only by `checkVault`.
 */
export async function statVault(db: SqlRunner, dataDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const row of await db.all<VersionRow>('SELECT dataset_id, version, file, rows FROM dataset_versions ORDER BY dataset_id, version')) {
    const file = path.resolve(dataDir, row.file);
    const bytes = fs.existsSync(file) ? fs.statSync(file).size : -1;
    if (bytes >= HEADER_BYTES) continue;
    problems.push({
      area: 'vault', severity: 'damage', code: bytes < 0 ? 'vault_missing' : 'vault_truncated', file,
      what: bytes < 0 ? 'the vault version file is missing' : `the vault version file is only ${bytes} bytes long: it was cut off`,
      advice: versionAdvice(row),
    });
  }
  return problems;
}

/** DuckDB's three 4 KiB file headers: no database file is shorter. */
const HEADER_BYTES = 3 * 4096;

function versionAdvice(row: VersionRow): string {
  return `restore this file from the backup; until then, sandboxes cannot be loaded from version ${row.version} of dataset ${row.dataset_id}`;
}

async function checkVersionFile(file: string, recordedRows: number): Promise<{ code: string; what: string } | null> {
  if (!fs.existsSync(file)) return { code: 'vault_missing', what: 'the vault version file is missing' };
  let instance: DuckDBInstance | null = null;
  try {
    instance = await DuckDBInstance.create(file, {
      access_mode: 'READ_ONLY', autoinstall_known_extensions: 'false', autoload_known_extensions: 'false',
      temp_directory: path.join(os.tmpdir(), `shuyu-readonly-${crypto.randomUUID()}`),
    });
    const db = new SerialConnection(await instance.connect());
    try {
      const walPending = fs.existsSync(`${file}.wal`);
      const ragged = walPending ? null : await fileLengthProblem(db, fs.statSync(file).size);
      if (ragged) return { code: 'vault_truncated', what: `the vault version file ${ragged}` };
      const read = await readEveryTable(db);
      if (read.failures.length) return { code: 'vault_unreadable', what: `the vault version file cannot be read: ${read.failures[0].error}` };
      const short = walPending ? null : await fileLengthProblem(db, fs.statSync(file).size, read.tables);
      if (short) return { code: 'vault_truncated', what: `the vault version file ${short}` };
      const data = read.tables.find((t) => t.table === 'data');
      if (!data) return { code: 'vault_unreadable', what: 'the vault version file holds no data table' };
      if (data.rows !== recordedRows) return { code: 'vault_rows', what: `the vault version file holds ${data.rows} rows where ${recordedRows} were recorded: it was replaced or damaged` };
      return null;
    } finally {
      await db.close();
    }
  } catch (error) {
    return { code: 'vault_unreadable', what: `the vault version file cannot be read: ${firstLine(error)}` };
  } finally {
    instance?.closeSync();
  }
}

async function journalFiles(db: SqlRunner): Promise<string[]> {
  try {
    const rows = await db.all<{ building_file: string; final_file: string }>('SELECT building_file, final_file FROM vault_journal');
    return rows.flatMap((r) => [r.building_file, r.final_file]);
  } catch {
    return []; // a store from before the upload journal
  }
}

function unaccounted(file: string, pending: Set<string>): Problem {
  const base = file.replace(/\.(wal|tmp)$/, '');
  if (pending.has(file) || pending.has(base)) {
    return { area: 'vault', severity: 'warning', code: 'vault_pending', file, what: 'an upload was in progress when the server stopped',
      advice: 'the server finishes or rolls the upload back on its next start' };
  }
  if (path.basename(file).startsWith('.')) {
    return { area: 'vault', severity: 'warning', code: 'vault_leftover', file, what: 'a leftover of an interrupted upload',
      advice: 'the server clears these up on start; it may hold raw data, so do not copy it elsewhere' };
  }
  return { area: 'vault', severity: 'warning', code: 'vault_orphan', file, what: 'no dataset version names this file',
    advice: 'it may hold raw data: find out how it got there, then remove it' };
}

/** Every file under `vault/`, at any depth. */
function vaultFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) found.push(...vaultFiles(full));
    else found.push(full);
  }
  return found.sort();
}
