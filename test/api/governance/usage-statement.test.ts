/**
 * The usage statement (收益 accounting) through the API: runs, releases and rows released per
 * agreement, product calls and rows served per product, for one Shanghai calendar month; CSV by
 * default (formula-safe), JSON by Accept; another tenant's operator sees none of it.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';

type Line = { agreementId: string; productId: string | null; runs: number; releases: number; rowsReleased: number; productCalls: number; rowsServed: number };

describe('usage statement', () => {
  let t: TestPlatform;
  let w: World;
  let agreement: { agreementId: string; sandboxId: string };
  let productId: string;
  let releasedRows: number;

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 200);
    agreement = await approvedAgreement(t, w);
    const model = await t.http.post(`/api/v1/sandboxes/${agreement.sandboxId}/models`).set(...bearer(w.operator.token))
      .send({ name: 'streets', sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' });
    await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
    const runs: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      runs.push((await t.http.post(`/api/v1/models/${model.body.id}/runs`).set(...bearer(w.operator.token)).send({})).body.id);
      await t.platform.runs.idle();
    }
    const released = await releaseRun(t, runs[0]);
    expect(released.body.status).toBe('released');
    releasedRows = released.body.rowCount;
    const product = await t.http.post('/api/v1/products').set(...bearer(w.operator.token)).send({ name: '=街道人口', kind: 'dataset', runId: runs[0], description: '按街道' });
    productId = product.body.id;
    expect((await t.http.post(`/api/v1/products/${productId}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' })).status).toBe(200);
    for (let i = 0; i < 3; i += 1) expect((await t.http.get(`/api/v1/products/${productId}/data`).set(...bearer(w.operator.token))).status).toBe(200);
  });
  afterAll(() => t.destroy());

  const month = () => new Date(t.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
  const json = async (m: string, token = t.authorityToken) => (await t.http.get(`/api/v1/usage?month=${m}`).set(...bearer(token)).set('Accept', 'application/json')).body as { lines: Line[] };

  it('counts the month’s runs, releases, product calls and rows, per agreement and per product', async () => {
    const { lines } = await json(month());
    const own = lines.filter((l) => l.agreementId === agreement.agreementId);
    expect(releasedRows).toBeGreaterThan(0);
    expect(own).toEqual([
      expect.objectContaining({ productId: null, runs: 2, releases: 1, rowsReleased: releasedRows, productCalls: 3, rowsServed: 3 * releasedRows }),
      expect.objectContaining({ productId, productCalls: 3, rowsServed: 3 * releasedRows }),
    ]);
  });

  it('another month is empty', async () => {
    const { lines } = await json('2025-06');
    // Every agreement and product keeps its line, with nothing counted.
    const own = lines.filter((l) => l.agreementId === agreement.agreementId);
    expect(own.map((l) => l.productId)).toEqual([null, productId]);
    expect(own.every((l) => l.runs === 0 && l.releases === 0 && l.rowsReleased === 0 && l.productCalls === 0 && l.rowsServed === 0)).toBe(true);
  });

  it('answers CSV by default, with formula-like texts neutralised', async () => {
    const res = await t.http.get(`/api/v1/usage?month=${month()}`).set(...bearer(t.authorityToken));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const rows = res.text.trim().split('\r\n');
    expect(rows[0]).toBe('month,agreementId,operatorUnit,scenario,productId,productName,runs,releases,rowsReleased,productCalls,rowsServed');
    expect(res.text).toContain('"\'=街道人口"');
    expect(res.text).not.toMatch(/,=街道人口/);
  });

  it('attack: another operator reads this agreement’s usage, or sends a month that is not one', async () => {
    const outsider = await t.principal('operator', undefined, '另一家数据公司');
    expect((await json(month(), outsider.token)).lines).toEqual([]);
    for (const bad of ['2026-13', '2026-1', "2026-01' OR 1=1", '']) {
      expect((await t.http.get(`/api/v1/usage?month=${encodeURIComponent(bad)}`).set(...bearer(t.authorityToken))).status).toBe(400);
    }
  });
});
