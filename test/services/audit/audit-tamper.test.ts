/**
 * Tampering with the stored audit log behind the platform's back: altering, removing,
 * reordering and cutting off entries, and forging the signed anchor. Each is done directly on
 * `<dataDir>/control.duckdb` (or the anchor file) while the platform is closed.
 *
 * Tampering inside the chain (the head still matches its anchor) is found by verification, which
 * the start-up check does not run: the platform starts and `GET /audit/verify` reports it.
 * Tampering that the anchor shows (a cut or rewritten tail, a missing or forged anchor) makes the
 * platform refuse to start, naming the file and the problem, without writing anything; read-only
 * verification reports it; after `shuyu audit reanchor` the platform starts and the break stays
 * recorded in the chain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ANCHOR_FILE, type SignedAnchor } from '../../../services/audit/audit-anchor';
import { ANCHOR_BREAK_ACTION, sealEntry, type AuditEntry } from '../../../services/audit/audit-entry';
import { rowToEntry } from '../../../services/audit/audit-store';
import { DataDirectoryDamaged } from '../../../services/doctor/data-directory-damaged';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { reanchor, snapshotDir, verifyReadOnly } from '../doctor/data-dir-fixtures';

type VerifyBody = {
  valid: boolean;
  entries: number;
  head: { seq: number; hash: string };
  firstInvalidSeq?: number;
  reason?: string;
  anchor: { seq: number; hash: string; at: string; signatureValid: boolean } | null;
};

/** Runs `work` on the control database with a connection of our own, then closes it. */
async function withControlDb<T>(dataDir: string, work: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

type Row = { seq: bigint; occurred_at: string; actor_id: string | null; role: string | null; action: string; resource: string; outcome: string; request_id: string; agreement_id: string | null; details: string; prev_hash: string; hash: string };

/**
 * An attacker who knows the hashing scheme: edits entries from..to with `edit` and recomputes
 * their hashes and links (but cannot re-sign the anchor, which needs the HMAC key).
 */
async function rewriteEntries(dataDir: string, from: number, to: number, edit: (e: AuditEntry) => AuditEntry): Promise<void> {
  await withControlDb(dataDir, async (db) => {
    const rows = (await db.runAndReadAll('SELECT * FROM audit_log WHERE seq >= $1 - 1 AND seq <= $2 ORDER BY seq', [from, to])).getRowObjectsJS() as Row[];
    let prevHash = rows[0].hash;
    for (const row of rows.slice(1)) {
      const edited = edit(rowToEntry(row));
      const sealed = sealEntry({ ...edited, prevHash });
      await db.run('UPDATE audit_log SET resource = $2, prev_hash = $3, hash = $4 WHERE seq = $1', [sealed.seq, sealed.resource, sealed.prevHash, sealed.hash]);
      prevHash = sealed.hash;
    }
  });
}

async function storedSeqs(dataDir: string): Promise<number[]> {
  return withControlDb(dataDir, async (db) => {
    const rows = (await db.runAndReadAll('SELECT seq FROM audit_log ORDER BY seq')).getRowObjectsJS();
    return rows.map((r) => Number(r.seq));
  });
}

/** A closed platform whose chain holds the bootstrap entry and ten GET /me entries: seq 1..11. */
async function seededDataDir(): Promise<string> {
  const t = await startTestPlatform();
  for (let i = 0; i < 10; i += 1) {
    expect((await t.http.get('/api/v1/me').set(...bearer(t.authorityToken))).status).toBe(200);
  }
  await t.close();
  expect(await storedSeqs(t.dataDir)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  return t.dataDir;
}

async function verify(t: TestPlatform): Promise<VerifyBody> {
  const res = await t.http.get('/api/v1/audit/verify').set(...bearer(t.authorityToken));
  expect(res.status).toBe(200);
  return res.body as VerifyBody;
}

/** Starting must fail with a DataDirectoryDamaged naming `file` and matching `what`, and write nothing. */
async function expectRefusal(dataDir: string, code: string, file: string, what: RegExp): Promise<void> {
  const before = snapshotDir(dataDir);
  const error = await startTestPlatform({ dataDir }).then(
    async (t) => {
      await t.close();
      throw new Error('the platform started');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataDirectoryDamaged);
  const damaged = error as DataDirectoryDamaged;
  expect(damaged.problems.map((p) => p.code)).toEqual([code]);
  expect(damaged.message).toContain(path.join(dataDir, file));
  expect(damaged.message).toMatch(what);
  expect(damaged.message).toMatch(/shuyu doctor/);
  expect(snapshotDir(dataDir)).toEqual(before);
}

async function actions(t: TestPlatform): Promise<AuditEntry[]> {
  return t.platform.audit.find({ limit: 1000 });
}

describe('audit log tampering', () => {
  let dataDir: string;
  let t: TestPlatform | undefined;

  beforeEach(async () => {
    dataDir = await seededDataDir();
    t = undefined;
  });
  afterEach(async () => {
    if (t) await t.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('an untouched chain verifies after a restart', async () => {
    t = await startTestPlatform({ dataDir });
    const report = await verify(t);
    expect(report).toMatchObject({ valid: true, entries: 11, head: { seq: 11 } });
    expect(report.firstInvalidSeq).toBeUndefined();
    expect(report.anchor).toMatchObject({ seq: 11, hash: report.head.hash, signatureValid: true });
  });

  it('reports an altered resource at the altered entry (seq 5)', async () => {
    await withControlDb(dataDir, (db) => db.run("UPDATE audit_log SET resource = 'principal:someone-else' WHERE seq = 5").then(() => undefined));
    t = await startTestPlatform({ dataDir });
    const first = await verify(t);
    expect(first).toMatchObject({ valid: false, firstInvalidSeq: 5, entries: 11 });
    expect(first.reason).toMatch(/5/);
    // The verify request itself was appended; the damage is still reported at 5.
    expect(await verify(t)).toMatchObject({ valid: false, firstInvalidSeq: 5, entries: 12 });
  });

  it('reports an altered entry whose hash was recomputed where it stops linking (seq 6)', async () => {
    await rewriteEntries(dataDir, 5, 5, (e) => ({ ...e, resource: 'principal:someone-else' }));
    t = await startTestPlatform({ dataDir });
    expect(await verify(t)).toMatchObject({ valid: false, firstInvalidSeq: 6 });
  });

  it('refuses to start on a rewritten tail (every hash from 5 on recomputed); verify reports it at the anchor (seq 11)', async () => {
    await rewriteEntries(dataDir, 5, 11, (e) => (e.seq === 5 ? { ...e, resource: 'principal:someone-else' } : e));
    await expectRefusal(dataDir, 'chain_rewritten', 'control.duckdb', /entry 11 does not match the anchored hash/);
    const report = await verifyReadOnly(dataDir);
    expect(report).toMatchObject({ valid: false, firstInvalidSeq: 11, entries: 11 });
    expect(report.reason).toMatch(/anchored hash/);

    // Acknowledged on purpose: the break and the re-anchoring are entries 12 and 13.
    expect(await reanchor(dataDir, 'incident 7: tail rewritten')).toMatch(/entry 11 does not match the anchored hash/);
    t = await startTestPlatform({ dataDir });
    const log = await actions(t);
    expect(log.slice(11, 13)).toMatchObject([
      { seq: 12, action: ANCHOR_BREAK_ACTION, details: { reason: expect.stringMatching(/entry 11 does not match/), anchoredSeq: 11 } },
      { seq: 13, action: 'audit.reanchor', details: { reason: 'incident 7: tail rewritten' } },
    ]);
    expect(await verify(t)).toMatchObject({ valid: true });
  });

  it('reports a deleted entry (seq 4) as missing', async () => {
    await withControlDb(dataDir, (db) => db.run('DELETE FROM audit_log WHERE seq = 4').then(() => undefined));
    t = await startTestPlatform({ dataDir });
    const report = await verify(t);
    expect(report).toMatchObject({ valid: false, firstInvalidSeq: 4, entries: 10 });
    expect(report.reason).toMatch(/missing or out of order/);
  });

  it('reports two swapped entries (seq 6 and 7) at the first of them', async () => {
    await withControlDb(dataDir, async (db) => {
      await db.run('UPDATE audit_log SET seq = -7 WHERE seq = 7');
      await db.run('UPDATE audit_log SET seq = 7 WHERE seq = 6');
      await db.run('UPDATE audit_log SET seq = 6 WHERE seq = -7');
    });
    expect(await storedSeqs(dataDir)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    t = await startTestPlatform({ dataDir });
    const report = await verify(t);
    expect(report).toMatchObject({ valid: false, firstInvalidSeq: 6, entries: 11 });
  });

  it('refuses to start on a cut-off tail (seq 9..11 deleted); verify reports it at the new head + 1 from the signed anchor', async () => {
    await withControlDb(dataDir, (db) => db.run('DELETE FROM audit_log WHERE seq > 8').then(() => undefined));
    await expectRefusal(dataDir, 'chain_cut', 'control.duckdb', /ends at entry 8 but was anchored at 11: entries 9\.\.11 were cut off/);
    // The chain itself is intact up to 8: only the anchor (still at 11) shows the cut.
    const report = await verifyReadOnly(dataDir);
    expect(report).toMatchObject({ valid: false, firstInvalidSeq: 9, entries: 8, head: { seq: 8 } });
    expect(report.anchor).toMatchObject({ seq: 11, signatureValid: true });
    expect(report.reason).toMatch(/cut off/);
  });

  it('keeps refusing a cut-off tail until someone re-anchors on purpose; the break stays in the chain after', async () => {
    await withControlDb(dataDir, (db) => db.run('DELETE FROM audit_log WHERE seq > 8').then(() => undefined));
    await expectRefusal(dataDir, 'chain_cut', 'control.duckdb', /anchored at 11/);
    await expectRefusal(dataDir, 'chain_cut', 'control.duckdb', /anchored at 11/); // a refused start changed nothing
    expect(await verifyReadOnly(dataDir)).toMatchObject({ valid: false, firstInvalidSeq: 9 });

    expect(await reanchor(dataDir, 'incident 9: backup restored')).toMatch(/the chain ends at 8 but was anchored at 11/);
    t = await startTestPlatform({ dataDir });
    expect((await t.http.get('/api/v1/me').set(...bearer(t.authorityToken))).status).toBe(200);
    const log = await actions(t);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(log[8]).toMatchObject({ seq: 9, action: ANCHOR_BREAK_ACTION, outcome: 'failed', details: { anchoredSeq: 11, headSeqAtDetection: 8 } });
    expect(log[9]).toMatchObject({ seq: 10, action: 'audit.reanchor', details: { reason: 'incident 9: backup restored' } });
    expect(await verify(t)).toMatchObject({ valid: true });
    await t.close();
    // Restarting later starts normally (the new anchor covers the chain).
    t = await startTestPlatform({ dataDir });
    expect(await verify(t)).toMatchObject({ valid: true, entries: 12 }); // 8, the break, the re-anchoring, GET /me, the first verify
  });

  it('refuses to start without the anchor file; verify reports it missing', async () => {
    fs.rmSync(path.join(dataDir, ANCHOR_FILE));
    await expectRefusal(dataDir, 'anchor_missing', ANCHOR_FILE, /anchor file is missing while the audit chain holds 11 entries/);
    const report = await verifyReadOnly(dataDir);
    expect(report).toMatchObject({ valid: false, anchor: null });
    expect(report.reason).toMatch(/missing/);
  });

  it('refuses to start on an anchor whose signature was tampered with; verify reports the signature', async () => {
    const file = path.join(dataDir, ANCHOR_FILE);
    const anchor = JSON.parse(fs.readFileSync(file, 'utf8')) as SignedAnchor;
    expect(anchor.seq).toBe(11);
    const flipped = `${anchor.mac[0] === '0' ? '1' : '0'}${anchor.mac.slice(1)}`;
    fs.writeFileSync(file, JSON.stringify({ ...anchor, mac: flipped }));
    await expectRefusal(dataDir, 'anchor_invalid', ANCHOR_FILE, /does not carry a valid signature/);
    const report = await verifyReadOnly(dataDir);
    expect(report.valid).toBe(false);
    expect(report.anchor).toMatchObject({ seq: 11, signatureValid: false });
    expect(report.reason).toMatch(/signature/);
  });

  it('refuses to start on an anchor moved to a lower seq without the key (truncation disguised by editing the anchor)', async () => {
    await withControlDb(dataDir, (db) => db.run('DELETE FROM audit_log WHERE seq > 8').then(() => undefined));
    const file = path.join(dataDir, ANCHOR_FILE);
    const anchor = JSON.parse(fs.readFileSync(file, 'utf8')) as SignedAnchor;
    const head = await withControlDb(dataDir, async (db) => (await db.runAndReadAll('SELECT hash FROM audit_log WHERE seq = 8')).getRowObjectsJS()[0]);
    fs.writeFileSync(file, JSON.stringify({ ...anchor, seq: 8, hash: String(head.hash) }));
    await expectRefusal(dataDir, 'anchor_invalid', ANCHOR_FILE, /anchor \(seq 8\) does not carry a valid signature/);
    const report = await verifyReadOnly(dataDir);
    expect(report.valid).toBe(false);
    expect(report.anchor).toMatchObject({ seq: 8, signatureValid: false });
  });
});
