/**
 * A read-only inspection of a data directory: `inspectDataDirectory(dataDir, options)`.
 *
 * Contract: nothing in the data directory is created, changed or removed. control.duckdb opens
 * with DuckDB's READ_ONLY access mode (a WAL left by a crash is replayed in memory only), the
 * anchor is read and never written, its key is read and never created, and vault files open
 * read-only. Checks, at both depths:
 * - control.duckdb opens, is as long as its blocks, and every table reads completely (every
 *   column, so every data block is checksummed); single-column unique indexes are probed;
 * - schema_migrations names no migration this build does not know (a newer Shuyu wrote it);
 * - the audit chain's head against the signed anchor (see check-anchor.ts).
 * - every vault version file exists and is longer than DuckDB's headers.
 * `full` (for `shuyu doctor`; too slow for every start on a large store) adds the whole chain
 * (`verifyChain`), more index probes, and reads every vault version file (see check-vault.ts).
 */
import { dataDirCryptoProfile, hashAlgorithm } from '../../sandbox/crypto/crypto-profile';
import fs from 'node:fs';
import path from 'node:path';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { ANCHOR_FILE, type AnchorReading, type AuditHead } from '../audit/audit-anchor';
import { verifyChain, type VerifyProgress, type VerifyReport } from '../audit/audit-verifier';
import { ControlStore, controlFile, isReadOnlyWalReplayFailure } from '../store/control-store';
import { migrations } from '../store/migrations';
import { checkAnchor, readAnchor } from './check-anchor';
import { checkVault, statVault } from './check-vault';
import { RESTORE_ADVICE, type Problem } from './problem';
import { fileLengthProblem, firstLine, probeIndexes, readEveryTable, type TableSummary } from './read-every-table';

export type InspectionDepth = 'start' | 'full';
export type InspectOptions = { hmacKey?: string; depth: InspectionDepth; onProgress?: VerifyProgress };

export type AnchorSummary = { seq: number; hash: string; at: string; signatureValid: boolean };

export type DataDirectoryReport = {
  dataDir: string;
  depth: InspectionDepth;
  healthy: boolean;
  problems: Problem[];
  notes: string[];
  controlStore: { file: string; exists: boolean; opened: boolean; bytes: number | null; walBytes: number | null; tables: TableSummary[] };
  audit: { head: AuditHead | null; anchor: AnchorSummary | null; anchorKeyFound: boolean; chain: VerifyReport | null };
  vault: { versions: number; filesChecked: number } | null;
};

/** Index keys looked up per single-column unique index: one at start, a spread in doctor. */
const PROBES = { start: 1, full: 256 } as const;

export async function inspectDataDirectory(dataDir: string, options: InspectOptions): Promise<DataDirectoryReport> {
  const file = controlFile(dataDir);
  const report = emptyReport(dataDir, options);
  if (!fs.existsSync(file)) {
    if (fs.existsSync(path.join(dataDir, ANCHOR_FILE))) {
      report.problems.push({
        area: 'control-store', severity: 'damage', code: 'control_missing', file,
        what: `control.duckdb is missing, but ${ANCHOR_FILE} shows an audit log was kept here`,
        advice: 'restore control.duckdb, audit-anchor.json and audit-anchor.key together from the latest backup',
      });
    } else {
      report.notes.push('no control store yet: a new data directory');
    }
    return finish(report, options);
  }
  report.controlStore.exists = true;
  let store: ControlStore;
  try {
    store = await ControlStore.openReadOnly(dataDir);
  } catch (error) {
    report.problems.push(openFailure(error, dataDir));
    return finish(report, options);
  }
  try {
    await inspectOpenStore(store.main, dataDir, options, report);
  } catch (error) {
    report.problems.push({ area: 'control-store', severity: 'damage', code: 'unreadable', file, what: `control.duckdb cannot be read: ${firstLine(error)}`, advice: RESTORE_ADVICE });
  } finally {
    await store.close();
  }
  return finish(report, options);
}

/**
 * The checks on an open store. The start-up check also runs them on the read-write store, before
 * migrating, when DuckDB could not open the store read-only (see isReadOnlyWalReplayFailure).
 */
export async function inspectOpenStore(db: SqlRunner, dataDir: string, options: InspectOptions, into = emptyReport(dataDir, options)): Promise<DataDirectoryReport> {
  const report = into;
  const file = controlFile(dataDir);
  report.controlStore.exists = true;
  report.controlStore.opened = true;
  const damage = (code: string, what: string, advice = RESTORE_ADVICE): void => {
    report.problems.push({ area: 'control-store', severity: 'damage', code, file, what, advice });
  };

  const walPending = fs.existsSync(`${file}.wal`);
  const ragged = walPending ? null : await fileLengthProblem(db, fs.statSync(file).size);
  if (ragged) damage('truncated', `control.duckdb ${ragged}`);
  const { tables, failures } = await readEveryTable(db);
  report.controlStore.tables = tables;
  const short = walPending || ragged ? null : await fileLengthProblem(db, fs.statSync(file).size, tables);
  if (short) damage('truncated', `control.duckdb ${short}`);
  for (const failure of failures) damage('table_unreadable', `table ${failure.table} cannot be read: ${failure.error}`);
  for (const failure of await probeIndexes(db, PROBES[options.depth], tables)) {
    damage('index_unreadable', `the index on ${failure.table}.${failure.index} cannot be read: ${failure.error}`);
  }
  const readable = new Set(tables.map((t) => t.table));

  if (readable.has('schema_migrations')) {
    const known = new Set(migrations.map((m) => m.version));
    const applied = (await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));
    const unknown = applied.filter((v) => !known.has(v));
    if (unknown.length) {
      report.problems.push({
        area: 'schema', severity: 'damage', code: 'schema_ahead', file,
        what: `control.duckdb was migrated by a newer Shuyu (migrations ${unknown.join(', ')} are unknown to this build)`,
        advice: 'run the Shuyu version that wrote it, or restore a backup made with this version',
      });
    }
  }

  if (readable.has('audit_log')) {
    const anchor = await checkAnchor(db, dataDir, options.hmacKey);
    report.audit.head = anchor.head;
    report.audit.anchor = summary(anchor.reading);
    report.audit.anchorKeyFound = anchor.keyFound;
    report.problems.push(...anchor.problems);
    if (options.depth === 'full') {
      const chain = await verifyChain(db, anchor.reading ?? { anchor: null, signatureValid: true }, options.onProgress, hashAlgorithm(dataDirCryptoProfile(dataDir)));
      report.audit.chain = chain;
      if (!chain.valid && chain.reason && isLinkFailure(chain.reason)) {
        report.problems.push({
          area: 'audit-chain', severity: 'damage', code: 'chain_broken', file,
          what: `the audit chain is broken at entry ${chain.firstInvalidSeq}: ${chain.reason}`,
          advice: 'the log was altered inside control.duckdb: keep this copy as evidence and restore control.duckdb from the backup; re-anchoring does not mend a broken link (verification keeps reporting it)',
        });
      }
    }
  }

  if (options.depth === 'full' && readable.has('dataset_versions')) {
    const vault = await checkVault(db, dataDir);
    report.vault = { versions: vault.versions, filesChecked: vault.filesChecked };
    report.problems.push(...vault.problems);
  } else if (readable.has('dataset_versions')) {
    report.problems.push(...(await statVault(db, dataDir)));
  }
  return report;
}

function openFailure(error: unknown, dataDir: string): Problem {
  const file = controlFile(dataDir);
  const text = firstLine(error);
  if (/Could not set lock/i.test(text)) {
    return { area: 'control-store', severity: 'unchecked', code: 'in_use', file, what: 'control.duckdb is in use by another process (a running server?)',
      advice: 'stop the server first, or ask the running server: GET /api/v1/audit/verify' };
  }
  if (isReadOnlyWalReplayFailure(error, dataDir)) {
    return { area: 'control-store', severity: 'unchecked', code: 'wal_replay_read_only', file: `${file}.wal`,
      what: 'control.duckdb.wal holds changes DuckDB 1.5 cannot replay read-only (an index build), so the store could not be inspected without writing',
      advice: 'start the server once (it folds the WAL into control.duckdb and checks the store before migrating), then run `shuyu doctor` again' };
  }
  return { area: 'control-store', severity: 'damage', code: 'unreadable', file, what: `control.duckdb cannot be opened: ${text}`,
    advice: 'restore control.duckdb, audit-anchor.json and audit-anchor.key together from the latest backup' };
}

function isLinkFailure(reason: string): boolean {
  return /missing or out of order|does not link|was altered/.test(reason);
}

function summary(reading: AnchorReading | null): AnchorSummary | null {
  const anchor = reading?.anchor;
  return anchor ? { seq: anchor.seq, hash: anchor.hash, at: anchor.at, signatureValid: reading.signatureValid } : null;
}

function fillAnchor(report: DataDirectoryReport, options: InspectOptions): void {
  const { reading, keyFound } = readAnchor(report.dataDir, options.hmacKey);
  report.audit.anchor = summary(reading);
  report.audit.anchorKeyFound = keyFound;
}

function emptyReport(dataDir: string, options: InspectOptions): DataDirectoryReport {
  const file = controlFile(dataDir);
  return {
    dataDir, depth: options.depth, healthy: true, problems: [], notes: [],
    controlStore: { file, exists: false, opened: false, bytes: null, walBytes: null, tables: [] },
    audit: { head: null, anchor: null, anchorKeyFound: false, chain: null },
    vault: null,
  };
}

function finish(report: DataDirectoryReport, options: InspectOptions): DataDirectoryReport {
  const file = report.controlStore.file;
  if (fs.existsSync(file)) report.controlStore.bytes = fs.statSync(file).size;
  if (fs.existsSync(`${file}.wal`)) {
    report.controlStore.walBytes = fs.statSync(`${file}.wal`).size;
    if (report.controlStore.opened) report.notes.push(`control.duckdb.wal (${report.controlStore.walBytes} bytes) holds changes made after the last checkpoint: read in memory and left as they are; the server folds them in on start`);
  }
  if (report.audit.head === null) fillAnchor(report, options);
  report.healthy = report.problems.every((p) => p.severity === 'warning');
  return report;
}
