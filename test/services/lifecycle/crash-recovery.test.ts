/**
 * Crash tests. A crash is simulated by leaving the data directory exactly as the code would
 * leave it when interrupted between two of its steps (the control store's rows and the files),
 * then starting a new platform on it: interrupted provisioning is rebuilt and never served half
 * loaded; interrupted destruction is finished with exactly one certificate and one audit entry.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Agreement } from '../../../services/agreements/agreement';
import type { AuditEntry } from '../../../services/audit/audit-entry';
import { certificateHash, verifyCertificate, type DestructionCertificate, type KeyDestruction } from '../../../services/destruction/destruction-certificate';
import { DestructionStore } from '../../../services/destruction/destruction-store';
import { manifestOf, removeTree, wipeFiles, type WipedFile } from '../../../sandbox/wipe/secure-wipe';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { devFile, filesUnder, liveFile, queryFile, sandboxDir } from '../../fixtures/lifecycle-helpers';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

const ROWS = 120;

async function reopen(t: TestPlatform): Promise<TestPlatform> {
  await t.close();
  return startTestPlatform({ dataDir: t.dataDir, clock: t.clock });
}

async function agreementOf(t: TestPlatform, id: string): Promise<Agreement> {
  const agreement = await t.platform.agreements.get(id);
  if (!agreement) throw new Error(`no agreement ${id}`);
  return agreement;
}

async function destroyedEntries(t: TestPlatform, agreementId: string): Promise<AuditEntry[]> {
  const res = await t.http.get(`/api/v1/audit?action=sandbox.destroyed&agreement=${agreementId}&limit=50`).set(...bearer(t.authorityToken));
  expect(res.status).toBe(200);
  return res.body.entries as AuditEntry[];
}

describe('crash during provisioning', () => {
  let t: TestPlatform;
  afterAll(() => t.destroy());

  it('rebuilds an interrupted sandbox from scratch on restart and never serves it half loaded', async () => {
    t = await startTestPlatform();
    const w = await residentsWorld(t, ROWS);
    const { agreementId, sandboxId } = await approvedAgreement(t, w);
    const liveBefore = await queryFile(liveFile(t, sandboxId), 'SELECT * FROM residents ORDER BY id_number');
    expect(liveBefore).toHaveLength(ROWS);

    // The aftermath of a crash after the live database was renamed into place, before the dev
    // twin was: the record still says provisioning, live.duckdb is cut short, scratch files remain.
    await t.platform.store.main.run("UPDATE sandboxes SET state = 'provisioning', progress_done = 1, loaded = NULL, ready_at = NULL WHERE id = $1", [sandboxId]);
    const seen = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token));
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ state: 'provisioning', progress: { done: 1, total: 2 }, tables: [] });
    await t.close();
    const dir = sandboxDir(t, sandboxId);
    const live = liveFile(t, sandboxId);
    fs.truncateSync(live, Math.floor(fs.statSync(live).size / 3));
    fs.writeFileSync(`${live}.wal`, crypto.randomBytes(4096));
    fs.rmSync(devFile(t, sandboxId));
    fs.writeFileSync(path.join(dir, `.building-live-${crypto.randomUUID()}.duckdb`), crypto.randomBytes(8192));
    fs.writeFileSync(path.join(dir, `.building-dev-${crypto.randomUUID()}.duckdb.wal`), crypto.randomBytes(1024));

    t = await startTestPlatform({ dataDir: t.dataDir, clock: t.clock });
    // Watch the sandbox while it is rebuilt: provisioning until ready, and complete when ready.
    const states: string[] = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const res = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token));
      expect(res.status).toBe(200);
      states.push(res.body.state as string);
      if (res.body.state !== 'provisioning') break;
      expect(res.body.tables).toEqual([]);
    }
    await t.platform.provisioner.idle();
    expect(states.at(-1)).toBe('ready');
    expect(new Set(states)).toEqual(new Set(states.length > 1 ? ['provisioning', 'ready'] : ['ready']));

    const view = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token));
    expect(view.body).toMatchObject({ state: 'ready', progress: { done: 2, total: 2 }, error: null });
    expect(view.body.tables).toEqual([expect.objectContaining({ name: 'residents', rows: ROWS })]);
    // Same key, same rules, same vault version: the rebuilt live database is the one lost.
    expect(await queryFile(liveFile(t, sandboxId), 'SELECT * FROM residents ORDER BY id_number')).toEqual(liveBefore);
    expect(await queryFile(devFile(t, sandboxId), 'SELECT count(*)::INTEGER AS n FROM residents')).toEqual([{ n: 200 }]);
    expect(filesUnder(dir).map((f) => path.relative(dir, f))).toEqual(['dev.duckdb', 'live.duckdb']);

    const record = await t.platform.store.main.one<{ attempts: number }>('SELECT attempts FROM sandboxes WHERE id = $1', [sandboxId]);
    expect(record?.attempts).toBe(2);
    const ready = await t.platform.audit.find({ action: 'sandbox.ready', agreement: agreementId, limit: 10 });
    expect(ready).toHaveLength(2);
  });
});

type Case = { agreementId: string; sandboxId: string; manifest: WipedFile[]; certificateHash?: string };

describe('crash during destruction', () => {
  let t: TestPlatform;
  let w: World;
  const cases: Record<string, Case> = {};
  let journal: DestructionStore;

  /** A ready sandbox whose agreement is terminated and sealed; its files' manifest as they are. */
  async function sealed(): Promise<Case> {
    const { agreementId, sandboxId } = await approvedAgreement(t, w, ['id_number', 'mobile', 'street', 'income']);
    fs.writeFileSync(path.join(sandboxDir(t, sandboxId), 'outputs', 'run-unreleased.csv'), 'street,n\n光明街道,20\n');
    await t.platform.agreements.apply(agreementId, 'terminate', null, 'crash test');
    await t.platform.lifecycle.seal(await agreementOf(t, agreementId));
    expect(await agreementOf(t, agreementId)).toMatchObject({ status: 'sealed' });
    const manifest = await manifestOf(sandboxDir(t, sandboxId));
    expect(manifest.map((f) => f.name)).toEqual(expect.arrayContaining(['live.duckdb', 'dev.duckdb', path.join('outputs', 'run-unreleased.csv')]));
    return { agreementId, sandboxId, manifest };
  }

  async function startJournal(c: Case): Promise<void> {
    await journal.start(c.sandboxId, c.agreementId, t.clock.now().toISOString(), await manifestOf(sandboxDir(t, c.sandboxId)));
  }

  async function destroyKey(c: Case): Promise<KeyDestruction> {
    const sealedKey = await t.platform.store.main.one<{ key_ciphertext: string }>('SELECT key_ciphertext FROM sandbox_keys WHERE sandbox_id = $1', [c.sandboxId]);
    expect(sealedKey).toBeDefined();
    const record: KeyDestruction = {
      keyId: c.sandboxId,
      sealedKeySha256: crypto.createHash('sha256').update(sealedKey?.key_ciphertext ?? '').digest('hex'),
      destroyedAt: t.clock.now().toISOString(),
      method: 'sealed per-agreement key deleted from the control store',
    };
    await t.platform.store.main.transaction(async (tx) => {
      await tx.run('DELETE FROM sandbox_keys WHERE sandbox_id = $1', [c.sandboxId]);
      await journal.keyDestroyed(c.sandboxId, record, tx);
    });
    return record;
  }

  /** The state after a complete destruction, wound back to before its last transaction. */
  async function unmarkDestroyed(c: Case): Promise<void> {
    const db = t.platform.store.main;
    await db.run("UPDATE agreements SET status = 'sealed' WHERE id = $1", [c.agreementId]);
    await db.run("DELETE FROM agreement_transitions WHERE agreement_id = $1 AND to_status = 'destroyed'", [c.agreementId]);
    await db.run("UPDATE sandboxes SET state = 'sealed', destroyed_at = NULL WHERE id = $1", [c.sandboxId]);
  }

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, ROWS);
    journal = new DestructionStore({ db: t.platform.store.main });

    // (i) The journal is written; nothing is wiped.
    cases.journal = await sealed();
    await startJournal(cases.journal);

    // (i b) Mid-wipe: live.duckdb overwritten with zeros but not yet unlinked.
    cases.midWipe = await sealed();
    await startJournal(cases.midWipe);
    const live = liveFile(t, cases.midWipe.sandboxId);
    fs.writeFileSync(live, Buffer.alloc(fs.statSync(live).size));

    // (ii) Every file wiped and the directory removed; the key not destroyed.
    cases.wiped = await sealed();
    await startJournal(cases.wiped);
    wipeFiles(sandboxDir(t, cases.wiped.sandboxId));
    removeTree(sandboxDir(t, cases.wiped.sandboxId));

    // (ii b) The key destroyed; no certificate yet.
    cases.keyGone = await sealed();
    await startJournal(cases.keyGone);
    wipeFiles(sandboxDir(t, cases.keyGone.sandboxId));
    removeTree(sandboxDir(t, cases.keyGone.sandboxId));
    await destroyKey(cases.keyGone);

    // (iii) The certificate stored; not yet chained into the audit log (no audit entry).
    cases.issued = await sealed();
    await startJournal(cases.issued);
    wipeFiles(sandboxDir(t, cases.issued.sandboxId));
    removeTree(sandboxDir(t, cases.issued.sandboxId));
    const keyDestruction = await destroyKey(cases.issued);
    await t.platform.audit.flush();
    const sealedAt = (await t.platform.store.main.one<{ sealed_at: string }>('SELECT sealed_at FROM sandboxes WHERE id = $1', [cases.issued.sandboxId]))?.sealed_at ?? '';
    const body: Omit<DestructionCertificate, 'hash'> = {
      certificateId: `cert_${crypto.randomUUID()}`, agreementId: cases.issued.agreementId, sandboxId: cases.issued.sandboxId,
      operatorId: w.operator.id, operatorUnit: '深圳某数据科技公司', files: cases.issued.manifest, sealedAt,
      destroyedAt: t.clock.now().toISOString(), keyDestruction, nothingRemains: true, auditHead: t.platform.audit.head(),
    };
    const certificate: DestructionCertificate = { ...body, hash: certificateHash(body) };
    await journal.certificateIssued(cases.issued.sandboxId, certificate);
    cases.issued.certificateHash = certificate.hash;

    // (iii b) Appended to the audit log, but the journal does not record where.
    cases.appended = await sealed();
    await t.platform.lifecycle.destroy(await agreementOf(t, cases.appended.agreementId));
    cases.appended.certificateHash = (await t.platform.lifecycle.certificate(cases.appended.agreementId))?.hash;
    await t.platform.store.main.run('UPDATE destructions SET audit_seq = NULL WHERE sandbox_id = $1', [cases.appended.sandboxId]);
    await unmarkDestroyed(cases.appended);

    // (iv) Chained into the audit log; the agreement and sandbox not yet marked destroyed.
    cases.chained = await sealed();
    await t.platform.lifecycle.destroy(await agreementOf(t, cases.chained.agreementId));
    cases.chained.certificateHash = (await t.platform.lifecycle.certificate(cases.chained.agreementId))?.hash;
    await unmarkDestroyed(cases.chained);

    t = await reopen(t);
    const run = await t.platform.lifecycle.run();
    expect(run.failed).toEqual([]);
    expect(run.destroyed.sort()).toEqual(Object.values(cases).map((c) => c.agreementId).sort());
  });
  afterAll(() => t.destroy());

  it.each(['journal', 'midWipe', 'wiped', 'keyGone', 'issued', 'appended', 'chained'])('finishes a destruction interrupted at %s', async (name) => {
    const c = cases[name];
    expect(await agreementOf(t, c.agreementId)).toMatchObject({ status: 'destroyed' });
    const sandbox = await t.platform.store.main.one<{ state: string; destroyed_at: string | null }>('SELECT state, destroyed_at FROM sandboxes WHERE id = $1', [c.sandboxId]);
    expect(sandbox?.state).toBe('destroyed');
    expect(sandbox?.destroyed_at).not.toBeNull();
    expect((await t.http.get(`/api/v1/sandboxes/${c.sandboxId}`).set(...bearer(w.operator.token))).status).toBe(410);
    expect(fs.existsSync(sandboxDir(t, c.sandboxId))).toBe(false);
    expect(await t.platform.store.main.all('SELECT * FROM sandbox_keys WHERE sandbox_id = $1', [c.sandboxId])).toEqual([]);

    const journals = await t.platform.store.main.all<{ certificate: string | null; audit_seq: bigint | null }>('SELECT certificate, audit_seq FROM destructions WHERE agreement_id = $1', [c.agreementId]);
    expect(journals).toHaveLength(1);
    const res = await t.http.get(`/api/v1/agreements/${c.agreementId}/certificate`).set(...bearer(t.authorityToken));
    expect(res.status).toBe(200);
    const certificate = res.body as DestructionCertificate;
    expect(verifyCertificate(certificate)).toBe(true);
    expect(certificate).toMatchObject({ agreementId: c.agreementId, sandboxId: c.sandboxId, operatorId: w.operator.id, nothingRemains: true });
    // The hashes are those of the files as they were before anything was touched.
    expect(certificate.files).toEqual(c.manifest);
    if (c.certificateHash) expect(certificate.hash).toBe(c.certificateHash);

    const entries = await destroyedEntries(t, c.agreementId);
    expect(entries).toHaveLength(1);
    expect(entries[0].details).toMatchObject({ certificateId: certificate.certificateId, certificateHash: certificate.hash });
    expect(Number(journals[0].audit_seq)).toBe(entries[0].seq);
    expect(entries[0].seq).toBeGreaterThan(certificate.auditHead.seq);

    const history = (await t.platform.agreements.history(c.agreementId)).map((h) => h.to);
    expect(history).toEqual(['terminated', 'sealed', 'destroyed']);
  });

  it('keeps the audit chain valid, and a further run changes nothing', async () => {
    const verify = await t.http.get('/api/v1/audit/verify').set(...bearer(t.authorityToken));
    expect(verify.body.valid).toBe(true);
    expect(await t.platform.lifecycle.run()).toEqual({ expired: [], sealed: [], destroyed: [], failed: [] });
    const all = await t.platform.audit.find({ action: 'sandbox.destroyed', limit: 100 });
    expect(all).toHaveLength(Object.keys(cases).length);
    expect(fs.readdirSync(path.join(t.dataDir, 'sandboxes'))).toEqual([]);
  });
});
