/**
 * The whole path through the API with a settable clock: apply, consent, approve, provision,
 * use, expire, seal, destroy, certificate. Expiry happens by moving the clock, not by sleeping.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { verifyCertificate, type DestructionCertificate } from '../../../services/destruction/destruction-certificate';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

describe('agreement end to end', () => {
  let t: TestPlatform;
  let w: World;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t);
  });
  afterAll(() => t.destroy());

  it('goes from application to a destroyed, certified sandbox', async () => {
    const { agreementId, sandboxId } = await approvedAgreement(t, w);
    const sandbox = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token));
    expect(sandbox.status).toBe(200);
    expect(sandbox.body).toMatchObject({ state: 'ready', progress: { done: 2, total: 2 } });
    expect(sandbox.body.tables).toEqual([expect.objectContaining({ name: 'residents', rows: 300 })]);
    expect(sandbox.body.loadedFrom).toEqual([{ datasetId: w.datasetId, table: 'residents', vaultVersion: 1, rulesVersion: 1 }]);

    const dir = path.join(t.dataDir, 'sandboxes', sandboxId);
    const liveHash = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'live.duckdb'))).digest('hex');

    // Still inside the term: the lifecycle job leaves it alone.
    t.clock.set('2026-06-30T23:59:00Z');
    expect((await t.platform.lifecycle.run()).expired).toEqual([]);
    // Past the term: expired, sealed and destroyed in one run.
    t.clock.set('2026-07-01T00:00:01Z');
    const run = await t.platform.lifecycle.run();
    expect(run).toMatchObject({ expired: [agreementId], sealed: [agreementId], destroyed: [agreementId], failed: [] });

    expect(fs.existsSync(dir)).toBe(false);
    const agreement = await t.http.get(`/api/v1/agreements/${agreementId}`).set(...bearer(w.operator.token));
    expect(agreement.body.status).toBe('destroyed');
    expect(agreement.body.history.map((h: { to: string }) => h.to)).toEqual(['expired', 'sealed', 'destroyed']);
    expect((await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token))).status).toBe(410);

    const cert = await t.http.get(`/api/v1/agreements/${agreementId}/certificate`).set(...bearer(t.authorityToken));
    expect(cert.status).toBe(200);
    const certificate = cert.body as DestructionCertificate;
    expect(verifyCertificate(certificate)).toBe(true);
    expect(certificate.files.find((f) => f.name === 'live.duckdb')).toMatchObject({ sha256: liveHash });
    expect(certificate.files.map((f) => f.name)).toEqual(expect.arrayContaining(['live.duckdb', 'dev.duckdb']));
    expect(certificate).toMatchObject({ agreementId, sandboxId, operatorId: w.operator.id, nothingRemains: true });
    const keys = await t.platform.store.main.all('SELECT * FROM sandbox_keys WHERE sandbox_id = $1', [sandboxId]);
    expect(keys).toEqual([]);

    const chained = await t.http.get(`/api/v1/audit?action=sandbox.destroyed&agreement=${agreementId}`).set(...bearer(t.authorityToken));
    expect(chained.body.entries).toHaveLength(1);
    expect(chained.body.entries[0].details.certificateHash).toBe(certificate.hash);
    expect(chained.body.entries[0].seq).toBeGreaterThan(certificate.auditHead.seq);
    const verify = await t.http.get('/api/v1/audit/verify').set(...bearer(t.authorityToken));
    expect(verify.body.valid).toBe(true);

    // A second run changes nothing and issues no second certificate.
    expect(await t.platform.lifecycle.run()).toEqual({ expired: [], sealed: [], destroyed: [], failed: [] });
    expect((await t.http.get(`/api/v1/agreements/${agreementId}/certificate`).set(...bearer(t.authorityToken))).body.hash).toBe(certificate.hash);
  });
});
