/**
 * The read-only inspection of a data directory (`inspectDataDirectory`, behind `shuyu doctor`
 * and the start-up check): what it finds on healthy, new and damaged directories, how it deals
 * with a WAL left by a crash, and that it never changes, creates or removes a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ANCHOR_KEY_FILE } from '../../../services/audit/audit-anchor';
import { buildPlatform } from '../../../services/composition-root';
import { DataDirectoryDamaged } from '../../../services/doctor/data-directory-damaged';
import { doctorText } from '../../../services/doctor/doctor-output';
import { inspectDataDirectory, type InspectionDepth } from '../../../services/doctor/inspect-data-directory';
import { bearer, makeTempDir, startTestPlatform, testConfig } from '../../fixtures/test-platform';
import { snapshotDir, sql } from './data-dir-fixtures';

const HMAC_KEY = testConfig('/tmp').audit.hmacKey;
const DEPTHS: InspectionDepth[] = ['start', 'full'];

/** Runs `statements` on control.duckdb and closes without a checkpoint: they stay in the WAL. */
async function leaveInWal(dataDir: string, statements: string[]): Promise<void> {
  const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
  const connection = await instance.connect();
  try {
    await connection.run('PRAGMA disable_checkpoint_on_shutdown');
    await connection.run("SET wal_autocheckpoint = '1TB'");
    for (const statement of statements) await connection.run(statement);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function inspect(dataDir: string, depth: InspectionDepth, key: { hmacKey?: string } = { hmacKey: HMAC_KEY }) {
  const before = snapshotDir(dataDir);
  const report = await inspectDataDirectory(dataDir, { ...key, depth });
  expect(snapshotDir(dataDir)).toEqual(before);
  return report;
}

describe('inspectDataDirectory', () => {
  let dataDir: string;

  beforeEach(async () => {
    const t = await startTestPlatform();
    for (let i = 0; i < 3; i += 1) await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    await t.close();
    dataDir = t.dataDir;
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it.each(DEPTHS)('finds a healthy directory healthy (%s), reading every table, and writes nothing', async (depth) => {
    const report = await inspect(dataDir, depth);
    expect(report).toMatchObject({ healthy: true, problems: [], audit: { head: { seq: 4 }, anchor: { seq: 4, signatureValid: true }, anchorKeyFound: true } });
    expect(report.controlStore.tables).toEqual(expect.arrayContaining([{ table: 'audit_log', rows: 4 }, { table: 'principals', rows: 1 }]));
    expect(report.audit.chain).toEqual(depth === 'full' ? expect.objectContaining({ valid: true, entries: 4 }) : null);
    expect(doctorText(report)).toMatch(/^healthy: /);
  });

  it.each(DEPTHS)('calls a new data directory healthy and creates nothing in it, nor the directory itself (%s)', async (depth) => {
    const empty = makeTempDir('shuyu-new-');
    const missing = path.join(empty, 'not-yet');
    try {
      expect(await inspect(empty, depth)).toMatchObject({ healthy: true, problems: [], controlStore: { exists: false } });
      expect(fs.readdirSync(empty)).toEqual([]);
      expect((await inspectDataDirectory(missing, { depth })).healthy).toBe(true);
      expect(fs.existsSync(missing)).toBe(false);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('reads a WAL left by a crash in memory, leaves it as it is, and the platform then folds it in', async () => {
    await leaveInWal(dataDir, ["INSERT INTO principals (id, name, role, unit, token_hash, created_at, created_by, revoked_at) VALUES ('prn_wal', 'in-the-wal', 'operator', 'u', 'hash-in-the-wal', '2026-01-05', NULL, NULL)"]);
    expect(fs.existsSync(path.join(dataDir, 'control.duckdb.wal'))).toBe(true);
    const report = await inspect(dataDir, 'full');
    expect(report).toMatchObject({ healthy: true, controlStore: { walBytes: expect.any(Number) } });
    expect(report.controlStore.tables).toContainEqual({ table: 'principals', rows: 2 });
    expect(report.notes.join(' ')).toMatch(/control\.duckdb\.wal .* left as they are/);
    const t = await startTestPlatform({ dataDir });
    await t.close();
    expect(fs.existsSync(path.join(dataDir, 'control.duckdb.wal'))).toBe(false);
  });

  it('says so when DuckDB cannot replay the WAL read-only (an index build), and the platform checks after its own replay', async () => {
    await leaveInWal(dataDir, ['CREATE INDEX audit_by_action ON audit_log (action)']);
    const report = await inspect(dataDir, 'full');
    expect(report.healthy).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ code: 'wal_replay_read_only', severity: 'unchecked', file: path.join(dataDir, 'control.duckdb.wal') })]);
    const t = await startTestPlatform({ dataDir });
    await t.close();
    expect(await inspect(dataDir, 'full')).toMatchObject({ healthy: true });
  });

  it('reports a store migrated by a newer Shuyu, and the platform refuses it', async () => {
    await sql(path.join(dataDir, 'control.duckdb'), "INSERT INTO schema_migrations VALUES (9999, 'from-the-future', '2027-01-01')");
    const report = await inspect(dataDir, 'start');
    expect(report.problems).toEqual([expect.objectContaining({ code: 'schema_ahead', what: expect.stringMatching(/9999/) })]);
    await expect(startTestPlatform({ dataDir })).rejects.toThrow(DataDirectoryDamaged);
  });

  it('reports a missing anchor key without creating one', async () => {
    const plain = makeTempDir('shuyu-keyless-');
    try {
      const config = testConfig(plain);
      const platform = await buildPlatform({ ...config, audit: { ...config.audit, hmacKey: undefined } });
      await platform.close();
      expect(fs.existsSync(path.join(plain, ANCHOR_KEY_FILE))).toBe(true);
      expect(await inspect(plain, 'full', {})).toMatchObject({ healthy: true });
      fs.rmSync(path.join(plain, ANCHOR_KEY_FILE));
      const report = await inspect(plain, 'full', {});
      expect(report.problems).toEqual([expect.objectContaining({ code: 'anchor_key_missing', file: path.join(plain, ANCHOR_KEY_FILE) })]);
      expect(fs.existsSync(path.join(plain, ANCHOR_KEY_FILE))).toBe(false);
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });

  it('reports a broken link only in the full inspection (the start-up check compares the head with the anchor)', async () => {
    await sql(path.join(dataDir, 'control.duckdb'), "UPDATE audit_log SET details = '{\"status\":403}' WHERE seq = 2");
    expect((await inspect(dataDir, 'start')).healthy).toBe(true);
    const report = await inspect(dataDir, 'full');
    expect(report.problems).toEqual([expect.objectContaining({ area: 'audit-chain', code: 'chain_broken', what: expect.stringMatching(/entry 2/) })]);
    expect(doctorText(report)).toMatch(/^damaged: .*\(1 problem\)\n\ndamage \[chain_broken\]/);
  });
});
