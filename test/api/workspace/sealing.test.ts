/** From the moment of sealing every data access is refused: running and queued queries included. */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

describe('sealing stops data access at once', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let sandboxId: string;
  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_TWIN_ROWS: '3000' } });
    w = await residentsWorld(t);
    ({ agreementId, sandboxId } = await approvedAgreement(t, w));
  });
  afterAll(() => t.destroy());

  it('answers 410 to a query running during sealing, to queries after it, and to every sandbox route', async () => {
    const heavy = 'SELECT count(*) FROM residents a, residents b, residents c WHERE a.income + b.income > c.income';
    const running = t.http.post(`/api/v1/sandboxes/${sandboxId}/query`).set(...bearer(w.operator.token)).send({ sql: heavy, tier: 'dev' }).then((r) => r);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.http.post(`/api/v1/agreements/${agreementId}/terminate`).set(...bearer(t.authorityToken)).send({ reason: '风险处置' });
    await t.platform.expiry.run();
    const interrupted = await running;
    expect(interrupted.status).toBe(410);
    expect(interrupted.body.rows).toBeUndefined();
    for (const [method, path] of [['post', 'query'], ['get', 'schema'], ['get', '']] as const) {
      const res = await t.http[method](`/api/v1/sandboxes/${sandboxId}${path ? `/${path}` : ''}`).set(...bearer(w.operator.token)).send(method === 'post' ? { sql: 'SELECT 1', tier: 'dev' } : undefined);
      expect(res.status).toBe(410);
    }
  });
});
