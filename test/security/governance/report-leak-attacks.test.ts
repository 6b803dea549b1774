/**
 * Attacks on the compliance report and the registration package: markup an operator writes into
 * what the report prints, the report as an oracle on runs the reviewer has not decided, a
 * grantee after another operator's registration (its SQL), and a package that would carry a
 * personal value, a released cell or a token.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { residentRow } from '../../fixtures/residents-dataset';
import { releaseRun } from '../../fixtures/release-run';

type Line = { kind: string; subject: string | null; facts: Record<string, unknown> };
const MARKUP = {
  scenario: '"><svg onload=alert(1)>',
  purpose: '<img src=x onerror=alert(2)>',
  model: '<script>alert(document.cookie)</script>',
  reason: '</td></tr></table><script>alert(4)</script>',
  product: '<iframe src=javascript:alert(5)>',
};

describe('report and package leak attacks', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let sandboxId: string;
  let productId: string;
  let grantee: { id: string; token: string };

  const get = (p: string, token = t.authorityToken) => t.http.get(`/api/v1${p}`).set(...bearer(token));
  const post = (p: string, body: object, token = t.authorityToken) => t.http.post(`/api/v1${p}`).set(...bearer(token)).send(body);
  const model = async (name: string, sql: string, purpose = '按街道统计') => {
    const submitted = await post(`/sandboxes/${sandboxId}/models`, { name, sql, purpose }, w.operator.token);
    expect((await post(`/models/${submitted.body.id}/review`, { decision: 'approve' })).status).toBe(200);
    return submitted.body.id as string;
  };
  const run = async (modelId: string) => {
    const started = await post(`/models/${modelId}/runs`, {}, w.operator.token);
    await t.platform.runs.idle();
    return started.body.id as string;
  };
  const lines = async (token: string) => (await get(`/agreements/${agreementId}/compliance-report`, token).set('Accept', 'application/json')).body.lines as Line[];

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 300);
    grantee = await t.principal('operator', undefined, '受让运营公司');
    const applied = await post('/applications', {
      scenario: MARKUP.scenario, purpose: MARKUP.purpose, datasets: [{ datasetId: w.datasetId, columns: ['id_number', 'name', 'mobile', 'street', 'income'] }],
      startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z',
    }, w.operator.token);
    await post(`/applications/${applied.body.id}/consents`, { datasetId: w.datasetId, decision: 'approve' }, w.source.token);
    const decided = await post(`/applications/${applied.body.id}/decision`, { decision: 'approve' });
    ({ agreementId, sandboxId } = decided.body);
    await t.platform.provisioner.idle();
    const released = await run(await model(MARKUP.model, 'SELECT street, count(*) AS people FROM residents GROUP BY street', MARKUP.purpose));
    expect((await releaseRun(t, released)).body.status).toBe('released');
    const product = await post('/products', { name: MARKUP.product, kind: 'dataset', runId: released, description: MARKUP.purpose, grantees: ['受让运营公司'] }, w.operator.token);
    productId = product.body.id;
    expect((await post(`/products/${productId}/review`, { decision: 'approve' })).body.status).toBe('registered');
  }, 120_000);
  afterAll(() => t.destroy());

  it('stored XSS: markup an operator writes into the scenario, purpose, model name, product name and risk-stop reason prints as text, under a CSP that runs nothing', async () => {
    const other = await approvedAgreement(t, w);
    expect((await post(`/agreements/${other.agreementId}/suspend`, { reason: MARKUP.reason }, w.operator.token)).status).toBe(200);
    expect((await post(`/agreements/${agreementId}/suspend`, { reason: MARKUP.reason }, w.operator.token)).status).toBe(200);
    for (const lang of ['zh-CN', 'en']) {
      const res = await get(`/agreements/${agreementId}/compliance-report?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(/<(script|img|svg|iframe)\b/i);
      for (const written of Object.values(MARKUP)) expect(res.text).toContain(written.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
      // The injected closing tags opened no row: one row per line of the report, plus the header.
      const reported = await lines(t.authorityToken);
      expect(res.text.split('</table>')[1].match(/<tr>/g)).toHaveLength(reported.length + 1);
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toMatch(/^default-src 'none'; /);
      expect(csp).not.toMatch(/unsafe-inline|script-src/);
    }
    expect((await get(`/agreements/${agreementId}/compliance-report?lang=%3Cscript%3E`)).status).toBe(400);
    await post(`/agreements/${agreementId}/resume`, { reason: 'x' });
  });

  it('oracle: an operator reads its report to learn whether a run still waiting for the reviewer was blocked, failed or produced rows', async () => {
    const blocked = await run(await model('明细', 'SELECT id_number, income FROM residents'));
    const fine = await run(await model('街道', 'SELECT street, count(*) AS n FROM residents GROUP BY street'));
    expect((await get(`/runs/${blocked}`)).body.status).toBe('blocked');
    expect((await get(`/runs/${fine}`)).body.status).toBe('awaiting-release');
    const byRun = (all: Line[], id: string) => all.filter((l) => l.subject?.endsWith(id)).map((l) => ({ kind: l.kind, facts: Object.keys(l.facts).sort() }));
    const operator = await lines(w.operator.token);
    expect(byRun(operator, blocked)).toEqual([{ kind: 'run.submitted', facts: ['params'] }]);
    expect(byRun(operator, fine)).toEqual(byRun(operator, blocked));
    expect((await lines(t.authorityToken)).find((l) => l.subject?.endsWith(blocked))?.facts).toMatchObject({ status: 'blocked' });
    const html = (await get(`/agreements/${agreementId}/compliance-report`, w.operator.token)).text;
    expect(html).not.toContain('已拦截');

    // A first approval would tell the operator the run passed the checks: it shows only once the run is released.
    expect((await t.http.get(`/api/v1/runs/${fine}/review`).set(...bearer(t.authorityToken))).status).toBe(200);
    expect((await post(`/runs/${fine}/release`, { decision: 'approve' })).body.status).toBe('awaiting-release');
    expect(byRun(await lines(w.operator.token), fine).map((l) => l.kind)).toEqual(['run.submitted']);
    expect(byRun(await lines(t.authorityToken), fine).map((l) => l.kind)).toEqual(['run.submitted', 'run.first_approval']);
  });

  it('a grantee, which may use the product, asks for its registration package (the model’s SQL): 404 like a product that does not exist', async () => {
    expect((await get(`/products/${productId}/data`, grantee.token)).status).toBe(200);
    for (const format of ['', '?format=zip']) {
      const refused = await get(`/products/${productId}/registration-package${format}`, grantee.token);
      const missing = await get(`/products/prd_00000000-0000-0000-0000-000000000000/registration-package${format}`, grantee.token);
      expect([refused.status, refused.body]).toEqual([404, { error: { ...missing.body.error, requestId: refused.body.error.requestId } }]);
    }
  });

  it('the registration package carries no personal value, no released cell and no token', async () => {
    const json = await get(`/products/${productId}/registration-package`, w.operator.token);
    const zip = await get(`/products/${productId}/registration-package?format=zip`, w.operator.token).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect([json.status, zip.status]).toEqual([200, 200]);
    const texts = [JSON.stringify(json.body), (zip.body as Buffer).toString('utf8')];
    expect(texts[1]).toContain('SELECT street, count(*) AS people FROM residents GROUP BY street');
    const output = (await get(`/products/${productId}/data`, w.operator.token)).body as { rows: unknown[][] };
    const tokens = [t.authorityToken, w.operator.token, w.source.token, grantee.token];
    for (const text of texts) {
      for (let i = 0; i < 300; i += 1) {
        const [id, , mobile] = residentRow(i);
        expect(text.includes(id) || text.includes(mobile)).toBe(false);
      }
      for (const row of output.rows) expect(text).not.toContain(JSON.stringify(row));
      for (const token of tokens) expect(text).not.toContain(token);
    }
  });
});
