/**
 * Operations copy and move data directories (a restore, a migration to a new volume). A copy must
 * work on its own and never read or write the original: every stored path is relative to the data
 * directory. A data directory written before (absolute vault paths) is carried over on open. And
 * an operator never sees a file path in a sandbox's state.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { approvedAgreement, residentsWorld, type World } from '../fixtures/demo-world';
import { residentRow, residentsCsv } from '../fixtures/residents-dataset';
import { bearer, makeTempDir, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

/** Every file under `dir` with its content hash and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        out.set(path.relative(dir, full), `${crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out;
}

async function onControlDb(dataDir: string, sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
  const connection = await instance.connect();
  try {
    await connection.run(sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('a copied or moved data directory', () => {
  const root = makeTempDir('shuyu-fault-moved-');
  const original = path.join(root, 'original');
  const copy = path.join(root, 'copy');
  let w: World;
  let sandboxId: string;
  let t: TestPlatform | null = null;
  afterAll(async () => {
    await t?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const first = await startTestPlatform({ dataDir: original });
    w = await residentsWorld(first, 60);
    sandboxId = (await approvedAgreement(first, w)).sandboxId;
    await first.close();
    fs.cpSync(original, copy, { recursive: true, preserveTimestamps: true });
  });

  it('works on its own and never touches the original', async () => {
    const before = snapshot(original);
    t = await startTestPlatform({ dataDir: copy, env: { SHUYU_LOG_LEVEL: 'error' } });
    const query = await t.http.post(`/api/v1/sandboxes/${sandboxId}/query`).set(...bearer(w.operator.token)).send({ sql: 'SELECT count(*) AS n FROM residents', tier: 'dev' });
    expect(query.status).toBe(200);
    const upload = await t.http.put(`/api/v1/datasets/${w.datasetId}/data`).set(...bearer(w.source.token)).set('Content-Type', 'text/csv').send(residentsCsv(70));
    expect(upload.body).toMatchObject({ version: 2, rows: 70 });
    // A new sandbox is built from the copy's vault (version 2), and a subject request reads it.
    const second = await approvedAgreement(t, w);
    const sandbox = await t.http.get(`/api/v1/sandboxes/${second.sandboxId}`).set(...bearer(w.operator.token));
    expect(sandbox.body.state).toBe('ready');
    const subject = await t.http.post('/api/v1/subject-requests').set(...bearer(t.authorityToken)).send({ semantic: 'cn_id', value: residentRow(3)[0] });
    expect(subject.status).toBe(200);
    expect(subject.body.matches.length).toBeGreaterThan(0);
    expect((await t.platform.audit.verify()).valid).toBe(true);
    await t.close();
    t = null;
    expect(snapshot(original)).toEqual(before);
  });

  it('still works when the original is gone', async () => {
    fs.rmSync(original, { recursive: true, force: true });
    t = await startTestPlatform({ dataDir: copy });
    const versions = await t.http.get(`/api/v1/datasets/${w.datasetId}/versions`).set(...bearer(w.source.token));
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const third = await approvedAgreement(t, w);
    expect((await t.http.get(`/api/v1/sandboxes/${third.sandboxId}`).set(...bearer(w.operator.token))).body.state).toBe('ready');
    await t.close();
    t = null;
  });

  it('carries absolute vault paths written by an earlier version over to relative ones', async () => {
    // As an earlier version stored them: absolute, under a directory that no longer exists.
    await onControlDb(copy, `UPDATE dataset_versions SET file = '/srv/shuyu-old/' || file`);
    await onControlDb(copy, 'DELETE FROM schema_migrations WHERE version = 12');
    t = await startTestPlatform({ dataDir: copy });
    const fourth = await approvedAgreement(t, w);
    const sandbox = await t.http.get(`/api/v1/sandboxes/${fourth.sandboxId}`).set(...bearer(w.operator.token));
    expect(sandbox.body.state).toBe('ready');
    await t.close();
    t = null;
  });

  it('never shows an operator a file path when a sandbox cannot be built', async () => {
    t = await startTestPlatform({ dataDir: copy });
    // The vault file of the version in force disappears while the platform runs (a damaged volume).
    for (const name of fs.readdirSync(path.join(copy, 'vault', w.datasetId))) fs.rmSync(path.join(copy, 'vault', w.datasetId, name), { force: true });
    const applied = await approvedAgreement(t, w).catch((error: unknown) => error);
    expect(applied).not.toBeInstanceOf(Error);
    const { sandboxId: failedId } = applied as { sandboxId: string };
    const sandbox = await t.http.get(`/api/v1/sandboxes/${failedId}`).set(...bearer(w.operator.token));
    expect(sandbox.body.state).toBe('failed');
    const shown = JSON.stringify(sandbox.body);
    expect(shown).not.toMatch(/\/[a-z0-9_.-]+\/[a-z0-9_.-]+/i);
    expect(shown).not.toContain(copy);
    expect(shown).not.toContain('.duckdb');
    expect(shown).not.toMatch(/ds_[0-9a-f-]{8,}/);
  });
});
