/**
 * Attack: an API product answers without a reviewer, so a grantee may try to use it as an
 * oracle: parameters outside what the review approved, many calls, a threshold that leaves one
 * person in a group, and two calls whose difference is one person. Each must be stopped: 422
 * parameter_outside_domain, 429 on the daily budget, 422 disclosure_blocked (or the cell
 * suppressed), and the differing cell of the later call suppressed.
 */
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

const PLANTED = 7; // lives in 公明街道
const PLANTED_STREET = '公明街道';
const GRANTEE_UNIT = '光明区智慧城市公司';

describe('attack: an API product as an oracle', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let sandboxId: string;
  let productId: string;
  let modelId: string;

  const invoke = (token: string, query: Record<string, string>, id = productId) => t.http.get(`/api/v1/products/${id}/invoke`).query(query).set(...bearer(token));
  const auditOf = async (actor: string) => ((await t.http.get(`/api/v1/audit?action=product.invoke&actor=${actor}&limit=200`).set(...bearer(t.authorityToken))).body.entries as { outcome: string; details: Record<string, unknown> }[]);

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 300, (i, row) => (i === PLANTED ? [...row.slice(0, 5), '90000.00'] : row));
    ({ agreementId, sandboxId } = await approvedAgreement(t, w));
    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token)).send({
      name: 'income_below', sql: 'SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents WHERE income < $t GROUP BY street',
      parameters: [{ name: 't', type: 'DOUBLE' }], purpose: '按收入上限统计', exampleParams: { t: 100000 },
    });
    expect(model.status).toBe(201);
    modelId = model.body.id;
    expect((await t.http.post(`/api/v1/models/${modelId}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' })).status).toBe(200);
    expect((await t.http.put(`/api/v1/agreements/${agreementId}/settings`).set(...bearer(t.authorityToken)).send({ productCallsPerDay: 3 })).status).toBe(200);
    const created = await t.http.post('/api/v1/products').set(...bearer(w.operator.token))
      .send({ name: '收入上限查询', kind: 'api', modelId, description: '按收入上限统计各街道人数', grantees: [GRANTEE_UNIT] });
    expect(created.status).toBe(201);
    productId = created.body.id;
  });
  afterAll(() => t.destroy());

  it('cannot be approved without a domain for each parameter', async () => {
    const res = await t.http.post(`/api/v1/products/${productId}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 422, code: 'parameter_domains_required' });
    const ok = await t.http.post(`/api/v1/products/${productId}/review`).set(...bearer(t.authorityToken))
      .send({ decision: 'approve', parameterDomains: { t: { min: 3000, max: 100000 } } });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('registered');
  });

  it('parameters outside the approved domain answer 422 parameter_outside_domain (and run nothing)', async () => {
    const grantee = await t.principal('operator', undefined, GRANTEE_UNIT);
    for (const value of ['2999', '100000.5', '1e9', '-1', '-0.0001']) {
      const res = await invoke(grantee.token, { t: value });
      expect({ value, status: res.status, code: res.body.error?.code }).toEqual({ value, status: 422, code: 'parameter_outside_domain' });
      expect(res.body.rows).toBeUndefined();
    }
    const bad = await invoke(grantee.token, { t: 'NaN' });
    expect(bad.status).toBe(400);
    // Outside-domain calls did not use the budget: three calls still answer.
    for (let i = 0; i < 3; i += 1) expect((await invoke(grantee.token, { t: String(100000 - i) })).status).toBe(200);
  });

  it('the per-grantee daily budget (productCallsPerDay = 3) answers 429, audited as denied; another grantee has its own', async () => {
    const grantee = await t.principal('operator', undefined, GRANTEE_UNIT);
    for (let i = 0; i < 3; i += 1) expect((await invoke(grantee.token, { t: '100000' })).status).toBe(200);
    const fourth = await invoke(grantee.token, { t: '100000' });
    expect({ status: fourth.status, code: fourth.body.error?.code }).toEqual({ status: 429, code: 'run_budget_exhausted' });
    expect((await auditOf(grantee.id)).map((e) => e.outcome)).toContain('denied');
    const other = await t.principal('operator', undefined, GRANTEE_UNIT);
    expect((await invoke(other.token, { t: '100000' })).status).toBe(200);
  });

  it('concurrent calls do not overrun the daily budget (check-then-record race)', async () => {
    const grantee = await t.principal('operator', undefined, GRANTEE_UNIT);
    const answers = await Promise.all(Array.from({ length: 8 }, () => invoke(grantee.token, { t: '100000' })));
    const served = answers.filter((r) => r.status === 200).length;
    expect({ served, statuses: answers.map((r) => r.status).sort() }).toEqual({ served: 3, statuses: [200, 200, 200, 429, 429, 429, 429, 429] });
  });

  it('a threshold that leaves a handful of people in a group is withheld (422 disclosure_blocked) or suppressed', async () => {
    const grantee = await t.principal('operator', undefined, GRANTEE_UNIT);
    // Incomes start at 3 000: below 3 150 there are at most a few people, in one or two streets.
    const res = await invoke(grantee.token, { t: '3150' });
    if (res.status === 422) {
      expect(res.body.error?.code).toBe('disclosure_blocked');
      expect(res.body.rows).toBeUndefined();
    } else {
      expect(res.status).toBe(200);
      for (const row of res.body.rows as unknown[][]) expect(row[1] === null || Number(row[1]) >= 10).toBe(true);
    }
  });

  it('differencing between two calls: the later cell that differs by one person is suppressed', async () => {
    const grantee = await t.principal('operator', undefined, GRANTEE_UNIT);
    // Everyone (the planted resident earns 90 000 + noise).
    const all = await invoke(grantee.token, { t: '100000' });
    expect(all.status).toBe(200);
    const before = (all.body.rows as unknown[][]).find((r) => r[0] === PLANTED_STREET) as unknown[];
    expect(before?.[1] === 50 || before?.[1] === null).toBe(true);
    // Everyone but the planted resident.
    const minusOne = await invoke(grantee.token, { t: '50000' });
    if (minusOne.status === 422) {
      expect(minusOne.body.error?.code).toBe('disclosure_blocked');
      return;
    }
    expect(minusOne.status).toBe(200);
    const after = (minusOne.body.rows as unknown[][]).find((r) => r[0] === PLANTED_STREET);
    // Either the row is gone or its figures are NULL: no (n, mean) pair to subtract.
    expect(after === undefined || (after[1] === null && after[2] === null)).toBe(true);
    // The other streets lost nobody and still answer.
    const others = (minusOne.body.rows as unknown[][]).filter((r) => r[0] !== PLANTED_STREET);
    expect(others.length).toBe(5);
    for (const r of others) expect(r[1]).toBe(50);
  });
});
