/**
 * The public disclosure report (实施规范 Arts. 18–19) on the demo: answered without a token, as
 * JSON and as HTML; it names the demo agreement's operator, scenario, datasets, term and state,
 * and carries no personal value (the demo's ID numbers, names, mobiles), no token and no
 * principal. A registered product appears on it; a submitted one does not.
 */
import fs from 'node:fs';
import { demoDatasets } from '../../../services/demo/demo-datasets';
import { seedDemo, type DemoSummary } from '../../../services/demo/seed-demo';
import { AUTHORITY_TOKEN, bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

describe('public disclosures', () => {
  let t: TestPlatform;
  let demo: DemoSummary;
  let secrets: string[];

  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_DEMO: '1' } });
    demo = await seedDemo(t.platform, AUTHORITY_TOKEN);
    const file = JSON.parse(fs.readFileSync(demo.tokensFile, 'utf8')) as { principals: Record<string, { token: string }> };
    // Every personal value of the demo's residents: ID numbers, names, mobiles, addresses, plus every token.
    const people = demoDatasets.residents.rows(2000).split('\n').slice(1, -1).map((l) => l.split(','));
    secrets = [...people.flatMap((r) => [r[0], r[1], r[4], r[5]]), ...Object.values(file.principals).map((p) => p.token), AUTHORITY_TOKEN].filter((s) => s && s.length >= 2);
  }, 180_000);
  afterAll(() => t.destroy());

  const leaks = (text: string) => secrets.filter((s) => text.includes(s)).slice(0, 5);

  it('answers without a token, as JSON, with the demo agreement and nothing personal', async () => {
    const res = await t.http.get('/api/v1/public/disclosures');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.past).toEqual([]);
    expect(res.body.current).toEqual([expect.objectContaining({
      agreementId: demo.agreementId, operatorUnit: '深圳示例数据科技有限公司', scenario: '光明区就业与社保服务分析', state: 'active',
      datasets: expect.arrayContaining([expect.objectContaining({ title: '光明区常住人口信息', level: 'important', columns: expect.arrayContaining(['id_number', 'income']) })]),
      products: [],
    })]);
    expect(leaks(res.text)).toEqual([]);
    expect(res.text).not.toMatch(/shy_|prn_|purpose/);
  });

  it('answers as printable HTML by Accept, under the platform’s CSP, with no script', async () => {
    const res = await t.http.get('/api/v1/public/disclosures').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).toContain('公共数据授权运营情况公示');
    expect(res.text).toContain('光明区就业与社保服务分析');
    expect(res.text).not.toMatch(/<script/i);
    expect(leaks(res.text)).toEqual([]);
  });

  it('attack: an operator puts markup in its scenario to run script on the public page', async () => {
    const source = (JSON.parse(fs.readFileSync(demo.tokensFile, 'utf8')) as { principals: Record<string, { token: string; role: string }> });
    const operator = Object.values(source.principals).find((p) => p.role === 'operator')!;
    const applied = await t.http.post('/api/v1/applications').set(...bearer(operator.token)).send({
      scenario: '<script>alert(1)</script><img src=x onerror=alert(2)>', purpose: 'x',
      datasets: [{ datasetId: demo.datasets.enterprises, columns: ['industry'] }], startsAt: '2026-12-01T00:00:00Z', endsAt: '2027-06-01T00:00:00Z',
    });
    expect(applied.status).toBe(201);
    const owner = Object.values(source.principals).filter((p) => p.role === 'source');
    for (const s of owner) await t.http.post(`/api/v1/applications/${applied.body.id}/consents`).set(...bearer(s.token)).send({ datasetId: demo.datasets.enterprises, decision: 'approve' });
    expect((await t.http.post(`/api/v1/applications/${applied.body.id}/decision`).set(...bearer(t.authorityToken)).send({ decision: 'approve' })).status).toBe(201);
    const html = (await t.http.get('/api/v1/public/disclosures').set('Accept', 'text/html')).text;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('is audited, with no actor', async () => {
    const entries = (await t.http.get('/api/v1/audit?action=public.disclosures&limit=10').set(...bearer(t.authorityToken))).body.entries as { actorId: string | null; outcome: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.actorId === null && e.outcome === 'allowed')).toBe(true);
  });
});
