/**
 * Entrustments through the API: the authority entrusts an examiner with one agreement or with
 * all, the examiner reviews there and nowhere else, and a revocation holds from the next request.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

describe('entrustments', () => {
  let t: TestPlatform;
  let w: World;
  let a: { agreementId: string; sandboxId: string };
  let b: { agreementId: string; sandboxId: string };
  let examiner: { id: string; token: string };

  const entrust = (body: object, token = t.authorityToken) => t.http.post('/api/v1/entrustments').set(...bearer(token)).send(body);
  const submit = (sandboxId: string) => t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token))
    .send({ name: `m${Math.random().toString(36).slice(2, 7)}`, sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' });
  const as = (token: string) => ({
    get: (path: string) => t.http.get(`/api/v1${path}`).set(...bearer(token)),
    review: (modelId: string) => t.http.post(`/api/v1/models/${modelId}/review`).set(...bearer(token)).send({ decision: 'approve', comment: '查验通过' }),
  });

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 200);
    a = await approvedAgreement(t, w);
    b = await approvedAgreement(t, w);
    examiner = await t.principal('examiner', undefined, '深圳市数据安全检测中心');
  });
  afterAll(() => t.destroy());

  it('an examiner nobody has entrusted sees no agreement, model or run and reviews nothing', async () => {
    const model = await submit(a.sandboxId);
    const e = as(examiner.token);
    expect((await e.get('/agreements')).body.agreements).toEqual([]);
    expect((await e.get('/models')).body.models).toEqual([]);
    expect((await e.get(`/models/${model.body.id}`)).status).toBe(404);
    expect((await e.review(model.body.id)).status).toBe(404);
    expect((await e.get('/inbox')).body.items).toEqual([{ kind: 'models.review', count: 0 }, { kind: 'runs.release', count: 0 }]);
  });

  it('entrusted with one agreement, the examiner reviews there and gets 404 everywhere else', async () => {
    const created = await entrust({ examinerId: examiner.id, agreementId: a.agreementId, note: '受托查验' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ examinerId: examiner.id, agreementId: a.agreementId, revokedAt: null });
    const inA = await submit(a.sandboxId);
    const inB = await submit(b.sandboxId);
    const e = as(examiner.token);
    expect((await e.get('/agreements')).body.agreements.map((x: { id: string }) => x.id)).toEqual([a.agreementId]);
    expect((await e.get(`/agreements/${b.agreementId}`)).status).toBe(404);
    expect((await e.get(`/sandboxes/${b.sandboxId}/models`)).status).toBe(404);
    expect((await e.get(`/models/${inB.body.id}`)).status).toBe(404);
    expect((await e.review(inB.body.id)).status).toBe(404);
    const listed = (await e.get('/models?status=submitted')).body.models.map((m: { id: string }) => m.id);
    expect(listed).toContain(inA.body.id);
    expect(listed).not.toContain(inB.body.id);
    const reviewed = await e.review(inA.body.id);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ status: 'approved', reviewedBy: examiner.id });
    // Metadata, never rows: no query, no application, no product, no audit log, no entrusting.
    expect((await t.http.post(`/api/v1/sandboxes/${a.sandboxId}/query`).set(...bearer(examiner.token)).send({ sql: 'SELECT 1' })).status).toBe(403);
    expect((await e.get('/applications')).status).toBe(403);
    expect((await e.get('/products')).status).toBe(403);
    expect((await e.get('/audit')).status).toBe(403);
    expect((await entrust({ examinerId: examiner.id, agreementId: null }, examiner.token)).status).toBe(403);
    expect((await e.get('/entrustments')).body.entrustments.map((x: { id: string }) => x.id)).toEqual([created.body.id]);
  });

  it('a revocation holds from the examiner’s very next request', async () => {
    const other = await t.principal('examiner');
    const created = await entrust({ examinerId: other.id, agreementId: a.agreementId });
    const model = await submit(a.sandboxId);
    expect((await as(other.token).get(`/models/${model.body.id}`)).status).toBe(200);
    const revoked = await t.http.delete(`/api/v1/entrustments/${created.body.id}`).set(...bearer(t.authorityToken));
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await as(other.token).get(`/models/${model.body.id}`)).status).toBe(404);
    expect((await as(other.token).review(model.body.id)).status).toBe(404);
    expect((await t.http.delete(`/api/v1/entrustments/${created.body.id}`).set(...bearer(t.authorityToken))).body.error.code).toBe('already_revoked');
  });

  it('a platform-wide entrustment covers every agreement', async () => {
    const wide = await t.principal('examiner');
    expect((await entrust({ examinerId: wide.id, agreementId: null })).status).toBe(201);
    const inB = await submit(b.sandboxId);
    expect((await as(wide.token).get('/agreements')).body.agreements.map((x: { id: string }) => x.id).sort()).toEqual([a.agreementId, b.agreementId].sort());
    expect((await as(wide.token).review(inB.body.id)).status).toBe(200);
  });

  it('refuses to entrust anyone but an active examiner, or the same scope twice', async () => {
    const operator = await entrust({ examinerId: w.operator.id, agreementId: null });
    expect({ status: operator.status, code: operator.body.error.code }).toEqual({ status: 422, code: 'not_an_examiner' });
    const unknownAgreement = await entrust({ examinerId: examiner.id, agreementId: 'agr_nope' });
    expect({ status: unknownAgreement.status, code: unknownAgreement.body.error.code }).toEqual({ status: 422, code: 'unknown_agreement' });
    const twice = await entrust({ examinerId: examiner.id, agreementId: a.agreementId });
    expect({ status: twice.status, code: twice.body.error.code }).toEqual({ status: 409, code: 'already_entrusted' });
    const revokedExaminer = await t.principal('examiner');
    await t.http.delete(`/api/v1/principals/${revokedExaminer.id}`).set(...bearer(t.authorityToken));
    expect((await entrust({ examinerId: revokedExaminer.id, agreementId: null })).status).toBe(422);
  });

  it('records every entrustment and revocation in the audit log', async () => {
    const entries = (await t.http.get('/api/v1/audit?limit=500').set(...bearer(t.authorityToken))).body.entries as { action: string; outcome: string }[];
    const actions = entries.filter((x) => x.action.startsWith('entrustment.'));
    expect(actions.filter((x) => x.action === 'entrustment.create' && x.outcome === 'allowed').length).toBeGreaterThanOrEqual(3);
    expect(actions.some((x) => x.action === 'entrustment.revoke' && x.outcome === 'allowed')).toBe(true);
  });
});
