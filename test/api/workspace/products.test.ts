/** Products: registration, review, invocation by grantees under disclosure control and a rate limit, retirement. */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';

describe('products', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let sandboxId: string;
  let grantee: { id: string; token: string };
  let stranger: { id: string; token: string };
  let apiModel: string;

  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_PRODUCT_RATE_LIMIT: '3' } });
    w = await residentsWorld(t);
    ({ agreementId, sandboxId } = await approvedAgreement(t, w));
    grantee = await t.principal('operator', undefined, '光明区智慧城市公司');
    stranger = await t.principal('operator', undefined, '无关公司');
    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token))
      .send({ name: 'street_income', sql: 'SELECT street, count(*) AS people, round(avg(income)) AS mean_income FROM residents WHERE street = $street GROUP BY street', parameters: [{ name: 'street', type: 'VARCHAR' }], purpose: '街道收入' });
    apiModel = model.body.id;
    await t.http.post(`/api/v1/models/${apiModel}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
  });
  afterAll(() => t.destroy());

  const register = (body: object, token = w.operator.token) => t.http.post('/api/v1/products').set(...bearer(token)).send(body);

  it('registers an API product, which grantees invoke under disclosure control and a rate limit', async () => {
    const created = await register({ name: '街道收入查询', kind: 'api', modelId: apiModel, description: '按街道查询平均收入', grantees: ['光明区智慧城市公司'] });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await t.http.get(`/api/v1/products/${id}/invoke?street=光明街道`).set(...bearer(grantee.token))).status).toBe(409);
    const reviewed = await t.http.post(`/api/v1/products/${id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve', comment: '准予登记', parameterDomains: { street: { values: ['公明街道', '光明街道', '凤凰街道', '玉塘街道', '马田街道', '新湖街道'] } } });
    expect(reviewed.body.status).toBe('registered');

    const ok = await t.http.get(`/api/v1/products/${id}/invoke`).query({ street: '光明街道' }).set(...bearer(grantee.token));
    expect(ok.status).toBe(200);
    expect(ok.body.rows).toEqual([['光明街道', 50, expect.any(Number)]]);
    // An injection is not even bound: it lies outside the domain the review approved.
    const injected = await t.http.get(`/api/v1/products/${id}/invoke`).query({ street: "x' OR 1=1 --" }).set(...bearer(grantee.token));
    expect({ status: injected.status, code: injected.body.error?.code }).toEqual({ status: 422, code: 'parameter_outside_domain' });
    expect((await t.http.get(`/api/v1/products/${id}/invoke`).query({ street: '光明街道' }).set(...bearer(grantee.token))).status).toBe(200);
    expect((await t.http.get(`/api/v1/products/${id}/invoke`).query({ street: '光明街道' }).set(...bearer(grantee.token))).status).toBe(429);
    expect((await t.http.get(`/api/v1/products/${id}/invoke`).query({ street: '光明街道' }).set(...bearer(stranger.token))).status).toBe(404);
    const calls = await t.http.get(`/api/v1/audit?action=product.invoke&actor=${grantee.id}`).set(...bearer(t.authorityToken));
    expect(calls.body.entries.map((e: { outcome: string }) => e.outcome)).toEqual(['failed', 'allowed', 'failed', 'allowed', 'denied']);
  });

  it('registers a released output as a dataset product', async () => {
    const run = await t.http.post(`/api/v1/models/${apiModel}/runs`).set(...bearer(w.operator.token)).send({ params: { street: '公明街道' } });
    await t.platform.runs.idle();
    await t.http.get(`/api/v1/runs/${run.body.id}/review`).set(...bearer(t.authorityToken));
    expect((await register({ name: '公明街道收入', kind: 'dataset', runId: run.body.id, description: 'd' })).status).toBe(409);
    await releaseRun(t, run.body.id);
    const created = await register({ name: '公明街道收入', kind: 'dataset', runId: run.body.id, description: 'd', grantees: ['光明区智慧城市公司'] });
    await t.http.post(`/api/v1/products/${created.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve', parameterDomains: { street: { values: ['公明街道'] } } });
    const data = await t.http.get(`/api/v1/products/${created.body.id}/data`).set(...bearer(grantee.token));
    expect(data.status).toBe(200);
    expect(data.body.manifest.runId).toBe(run.body.id);
  });

  it('refuses products from another operator’s model or an unreleased run', async () => {
    expect((await register({ name: 'x', kind: 'api', modelId: apiModel, description: 'd' }, stranger.token)).status).toBe(404);
    expect((await register({ name: 'x', kind: 'api', description: 'd' })).status).toBe(422);
  });

  it('ends products with their agreement', async () => {
    const created = await register({ name: '到期产品', kind: 'api', modelId: apiModel, description: 'd', grantees: ['光明区智慧城市公司'] });
    await t.http.post(`/api/v1/products/${created.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve', parameterDomains: { street: { values: ['公明街道'] } } });
    await t.http.post(`/api/v1/agreements/${agreementId}/terminate`).set(...bearer(t.authorityToken)).send({ reason: '违约' });
    await t.platform.expiry.run();
    const read = await t.http.get(`/api/v1/products/${created.body.id}`).set(...bearer(grantee.token));
    expect(read.body.status).toBe('retired');
    expect((await t.http.get(`/api/v1/products/${created.body.id}/invoke`).query({ street: '光明街道' }).set(...bearer(grantee.token))).status).toBe(410);
  });
});
