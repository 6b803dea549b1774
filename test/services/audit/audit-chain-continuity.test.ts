/**
 * The chain survives restarts: the writer resumes from the stored head, the first entry after a
 * restart links to the last one before it, and closing leaves the signed anchor at the head. A
 * chain longer than its anchor (a group commit whose anchor write the crash beat) is not damage:
 * the platform starts, verifies valid and anchors the new head with its next commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ANCHOR_FILE, AuditAnchor, type AuditHead } from '../../../services/audit/audit-anchor';
import { sealEntry, type AuditEntry } from '../../../services/audit/audit-entry';
import { canonicalJson } from '../../../services/audit/canonical-json';
import { inspectDataDirectory } from '../../../services/doctor/inspect-data-directory';
import { bearer, makeTempDir, startTestPlatform, testConfig, type TestPlatform } from '../../fixtures/test-platform';

/** The head as stored in control.duckdb, read with a connection of our own (platform closed). */
async function storedHead(dataDir: string): Promise<AuditHead> {
  const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
  const connection = await instance.connect();
  try {
    const [row] = (await connection.runAndReadAll('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).getRowObjectsJS();
    return { seq: Number(row.seq), hash: String(row.hash) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function newestEntries(t: TestPlatform, limit: number): Promise<AuditEntry[]> {
  const res = await t.http.get(`/api/v1/audit?order=desc&limit=${limit}`).set(...bearer(t.authorityToken));
  expect(res.status).toBe(200);
  return res.body.entries as AuditEntry[];
}

describe('audit chain continuity across restarts', () => {
  let dataDir: string;
  let t: TestPlatform | undefined;

  beforeEach(() => {
    dataDir = makeTempDir();
  });
  afterEach(async () => {
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('links the first entry after a restart to the head before it', async () => {
    t = await startTestPlatform({ dataDir });
    for (let i = 0; i < 5; i += 1) await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    const before = await t.platform.audit.verify();
    expect(before).toMatchObject({ valid: true, entries: 6, head: { seq: 6 } });
    expect(t.platform.audit.head()).toEqual(before.head);
    await t.close();

    t = await startTestPlatform({ dataDir });
    expect(t.platform.audit.head()).toEqual(before.head);
    const me = await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    expect(me.status).toBe(200);

    // GET /audit reads before appending its own entry, so the newest entry is the GET /me.
    const [newest, previous] = await newestEntries(t, 2);
    expect(newest).toMatchObject({ seq: before.head.seq + 1, prevHash: before.head.hash, action: 'me.read', requestId: me.headers['x-request-id'] });
    expect(previous).toMatchObject({ seq: before.head.seq, hash: before.head.hash });
    expect(await t.platform.audit.verify()).toMatchObject({ valid: true, entries: before.entries + 2 });
  });

  it('leaves the signed anchor equal to the stored head after close', async () => {
    t = await startTestPlatform({ dataDir });
    for (let i = 0; i < 3; i += 1) await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    await t.http.get('/api/v1/me'); // a denied request is chained and anchored like any other
    await t.close();

    const head = await storedHead(dataDir);
    expect(head.seq).toBe(5);
    const file = JSON.parse(fs.readFileSync(path.join(dataDir, ANCHOR_FILE), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ seq: head.seq, hash: head.hash });
    expect((fs.statSync(path.join(dataDir, ANCHOR_FILE)).mode & 0o777).toString(8)).toBe('600');
    const reading = new AuditAnchor({ dataDir, key: testConfig(dataDir).audit.hmacKey ?? '' }).read();
    expect(reading.signatureValid).toBe(true);
    expect(new AuditAnchor({ dataDir, key: 'another-key-0123456789abcdefghijklmnopqrstuvwxyz' }).read().signatureValid).toBe(false);
  });

  it('stays one valid chain over several restarts, with contiguous seqs', async () => {
    const requestIds: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      t = await startTestPlatform({ dataDir });
      for (let i = 0; i < 4; i += 1) {
        const res = await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
        requestIds.push(String(res.headers['x-request-id']));
      }
      await t.close();
    }
    t = await startTestPlatform({ dataDir });
    const report = await t.platform.audit.verify();
    expect(report).toMatchObject({ valid: true, entries: 13, head: { seq: 13 } });
    const all = await t.platform.audit.find({ limit: 100 });
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(all.slice(1).map((e) => e.requestId)).toEqual(requestIds);
    all.slice(1).forEach((e, i) => expect(e.prevHash).toBe(all[i].hash));
    // Only the first start bootstrapped the authority.
    expect(all.filter((e) => e.action === 'principal.bootstrap')).toHaveLength(1);
  });

  it('starts on a chain longer than its anchor (entries committed, anchor not yet written when the process died)', async () => {
    t = await startTestPlatform({ dataDir });
    for (let i = 0; i < 3; i += 1) await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    await t.close();
    const anchored = await storedHead(dataDir);
    expect(anchored.seq).toBe(4);

    // What the crash leaves: two more entries in the chain, committed after the last anchor write.
    const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
    const connection = await instance.connect();
    try {
      let previous = anchored;
      for (const seq of [5, 6]) {
        const entry = sealEntry({
          seq, at: '2026-01-05T08:00:01.000Z', actorId: null, role: 'system', action: 'me.read', resource: 'principal:x',
          outcome: 'allowed', requestId: `unacknowledged-${seq}`, agreementId: null, details: { status: 200 }, prevHash: previous.hash,
        });
        await connection.run('INSERT INTO audit_log VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, NULL, $8, $9, $10)', [
          entry.seq, entry.at, entry.role, entry.action, entry.resource, entry.outcome, entry.requestId, canonicalJson(entry.details), entry.prevHash, entry.hash,
        ]);
        previous = { seq: entry.seq, hash: entry.hash };
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }

    const report = await inspectDataDirectory(dataDir, { hmacKey: testConfig(dataDir).audit.hmacKey, depth: 'full' });
    expect(report).toMatchObject({ healthy: true, problems: [], audit: { head: { seq: 6 }, anchor: { seq: 4, signatureValid: true }, chain: { valid: true, entries: 6 } } });
    t = await startTestPlatform({ dataDir });
    expect(await t.platform.audit.verify()).toMatchObject({ valid: true, entries: 6, anchor: { seq: 4 } });
    await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    expect(await t.platform.audit.verify()).toMatchObject({ valid: true, entries: 7, anchor: { seq: 7 } });
  });
});
