/**
 * Fault: the platform is killed (SIGKILL) inside a release, a provisioning run and a destruction,
 * at each named point between the work and its record. After the restart each is finished
 * exactly once with its one audit entry (a release published, a sandbox ready, a sandbox
 * destroyed with its certificate), nothing is left half done on disk, and the chain verifies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { residentsWorld, type World } from '../fixtures/demo-world';
import { bearer, makeTempDir, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { startCrashChild } from './crash-child';

/** The child server runs on the real clock: the agreement's term must cover today. */
const TERM = { startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-06-30T00:00:00Z' };
const REQUEST_ID = '00000000-0000-4000-8000-0000000cafe1';

async function ok<T = Record<string, unknown>>(pending: PromiseLike<{ status: number; body: unknown }>, status: number): Promise<T> {
  const res = await pending;
  if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** An application consented and ready for the authority's decision. */
async function consented(t: TestPlatform, w: World): Promise<string> {
  const app = await ok<{ id: string }>(t.http.post('/api/v1/applications').set(...bearer(w.operator.token))
    .send({ scenario: '就业帮扶', purpose: '统计各街道就业情况', datasets: [{ datasetId: w.datasetId, columns: ['id_number', 'street', 'income'] }], ...TERM }), 201);
  await ok(t.http.post(`/api/v1/applications/${app.id}/consents`).set(...bearer(w.source.token)).send({ datasetId: w.datasetId, decision: 'approve' }), 201);
  return app.id;
}

async function approved(t: TestPlatform, w: World): Promise<{ agreementId: string; sandboxId: string }> {
  const id = await consented(t, w);
  const decided = await ok<{ agreementId: string; sandboxId: string }>(t.http.post(`/api/v1/applications/${id}/decision`).set(...bearer(t.authorityToken)).send({ decision: 'approve' }), 201);
  await t.platform.provisioner.idle();
  return decided;
}

async function killedAt(dataDir: string, point: string, request: (url: (p: string) => string) => Promise<unknown>): Promise<void> {
  const child = await startCrashChild(dataDir, { pauseAt: point });
  const guard = setTimeout(() => void child.kill(), 40_000);
  try {
    void request(child.url).catch(() => undefined);
    expect(await child.paused).toBe(point);
  } finally {
    clearTimeout(guard);
    await child.kill();
  }
}

function send(url: (p: string) => string, method: string, p: string, token: string, json: unknown): Promise<Response> {
  return fetch(url(`/api/v1${p}`), { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Request-Id': REQUEST_ID }, body: JSON.stringify(json) });
}

describe('a release killed after its decision committed, before its output was published', () => {
  const dataDir = makeTempDir('shuyu-fault-release-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is released once, with its entry, and its output is published on restart', async () => {
    let t = await startTestPlatform({ dataDir });
    const w = await residentsWorld(t, 120);
    const { sandboxId } = await approved(t, w);
    const model = await ok<{ id: string }>(t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token))
      .send({ name: 'by_street', sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street ORDER BY street', purpose: '按街道统计' }), 201);
    await ok(t.http.post(`/api/v1/models/${model.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' }), 200);
    const run = await ok<{ id: string }>(t.http.post(`/api/v1/models/${model.id}/runs`).set(...bearer(w.operator.token)).send({ params: {} }), 201);
    await t.platform.runs.idle();
    await t.close();

    // Opening the airlock is recorded (release depends on it): killed after the handler, the
    // opening and its entry are both there after the restart.
    const opening = '00000000-0000-4000-8000-0000000cafe0';
    await killedAt(dataDir, 'route.handled', (url) => fetch(url(`/api/v1/runs/${run.id}/review`), { headers: { Authorization: `Bearer ${t.authorityToken}`, 'X-Request-Id': opening } }));
    t = await startTestPlatform({ dataDir });
    const opened = await ok<{ reviewOpenedBy: string | null }>(t.http.get(`/api/v1/runs/${run.id}`).set(...bearer(t.authorityToken)), 200);
    expect(opened.reviewOpenedBy).toBeTruthy();
    expect((await t.platform.audit.find({ limit: 10_000, action: 'run.review' })).filter((e) => e.requestId === opening)).toHaveLength(1);
    // The data are important: two-person release. The authority approves first; a second reviewer
    // (who did not approve the model) reads the airlock and gives the approval the kill lands on.
    const second = await t.principal('authority', 'second-reviewer');
    await ok(t.http.get(`/api/v1/runs/${run.id}/review`).set(...bearer(second.token)), 200);
    expect(await ok(t.http.post(`/api/v1/runs/${run.id}/release`).set(...bearer(t.authorityToken)).send({ decision: 'approve' }), 200)).toMatchObject({ status: 'awaiting-release' });
    await t.close();

    await killedAt(dataDir, 'release.committed', (url) => send(url, 'POST', `/runs/${run.id}/release`, second.token, { decision: 'approve' }));

    t = await startTestPlatform({ dataDir });
    try {
      expect(await ok(t.http.get(`/api/v1/runs/${run.id}`).set(...bearer(t.authorityToken)), 200)).toMatchObject({ status: 'released' });
      const entries = (await t.platform.audit.find({ limit: 10_000 })).filter((e) => e.requestId === REQUEST_ID);
      expect(entries).toEqual([expect.objectContaining({ action: 'run.release', outcome: 'allowed' })]);
      const output = await ok<{ rows: unknown[] }>(t.http.get(`/api/v1/runs/${run.id}/output`).set(...bearer(w.operator.token)), 200);
      expect(output.rows.length).toBeGreaterThan(0);
      expect(fs.readdirSync(path.join(dataDir, 'outputs')).filter((n) => n.startsWith('.'))).toEqual([]);
      expect((await t.platform.audit.verify()).valid).toBe(true);
    } finally {
      await t.close();
    }
  });
});

describe.each(['provisioning.built', 'provisioning.ready'])('provisioning killed at %s', (point) => {
  const dataDir = makeTempDir('shuyu-fault-provision-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('ends, after the restart, with the sandbox ready and exactly one sandbox.ready entry', async () => {
    let t = await startTestPlatform({ dataDir });
    const w = await residentsWorld(t, 80);
    const applicationId = await consented(t, w);
    await t.close();

    await killedAt(dataDir, point, (url) => send(url, 'POST', `/applications/${applicationId}/decision`, t.authorityToken, { decision: 'approve' }));

    t = await startTestPlatform({ dataDir });
    try {
      await t.platform.provisioner.idle();
      // The decision was answered before provisioning reached the point; its entry names the sandbox.
      const decision = (await t.platform.audit.find({ limit: 10_000, action: 'application.decide' })).find((e) => e.requestId === REQUEST_ID);
      const agreement = { sandboxId: String(decision?.details.sandboxId) };
      expect(await ok(t.http.get(`/api/v1/sandboxes/${agreement.sandboxId}`).set(...bearer(w.operator.token)), 200)).toMatchObject({ state: 'ready' });
      const ready = (await t.platform.audit.find({ limit: 10_000, action: 'sandbox.ready' })).filter((e) => e.resource === `sandbox:${agreement.sandboxId}`);
      expect(ready).toHaveLength(1);
      const query = await t.http.post(`/api/v1/sandboxes/${agreement.sandboxId}/query`).set(...bearer(w.operator.token)).send({ sql: 'SELECT count(*) AS n FROM residents', tier: 'dev' });
      expect(query.status).toBe(200);
      expect((await t.platform.audit.verify()).valid).toBe(true);
    } finally {
      await t.close();
    }
  });
});

describe.each(['destruction.wiped', 'destruction.certified'])('a destruction killed at %s', (point) => {
  const dataDir = makeTempDir('shuyu-fault-destroy-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is finished on the next pass, with one certificate and one sandbox.destroyed entry', async () => {
    let t = await startTestPlatform({ dataDir });
    const w = await residentsWorld(t, 80);
    const { agreementId, sandboxId } = await approved(t, w);
    await t.close();

    // Terminating starts the lifecycle job at once: it seals and destroys the sandbox.
    await killedAt(dataDir, point, (url) => send(url, 'POST', `/agreements/${agreementId}/terminate`, t.authorityToken, { reason: '风险处置' }));

    t = await startTestPlatform({ dataDir });
    try {
      const pass = await t.platform.lifecycle.run();
      expect(pass.failed).toEqual([]);
      expect(await ok(t.http.get(`/api/v1/agreements/${agreementId}`).set(...bearer(t.authorityToken)), 200)).toMatchObject({ status: 'destroyed' });
      const certificate = await ok<{ sandboxId: string; nothingRemains: boolean }>(t.http.get(`/api/v1/agreements/${agreementId}/certificate`).set(...bearer(t.authorityToken)), 200);
      expect(certificate).toMatchObject({ sandboxId, nothingRemains: true });
      expect(await t.platform.audit.find({ limit: 10, action: 'sandbox.destroyed', agreement: agreementId })).toHaveLength(1);
      expect(await t.platform.audit.find({ limit: 10, action: 'sandbox.sealed', agreement: agreementId })).toHaveLength(1);
      expect(fs.existsSync(path.join(dataDir, 'sandboxes', sandboxId))).toBe(false);
      expect((await t.platform.audit.verify()).valid).toBe(true);
    } finally {
      await t.close();
    }
  });
});
