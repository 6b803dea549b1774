/// <reference lib="dom" />
/**
 * The authority (主管部门) in a real browser, in both languages, each language run with its own
 * objects: an application approved once every consent is in, its agreement terminated and its
 * destruction certificate read; a model approved from the review inbox, run by the operator and
 * released from the airlock after reading the output and its cell diagnostics; a principal
 * created (token shown once) and revoked; the demo agreement suspended and resumed; a
 * data-subject request. Every outcome is checked through the API. An operator opening the
 * authority's pages sees the forbidden page and no decision buttons.
 */
import { demoDatasets } from '../../services/demo/demo-datasets';
import { apiCall, checkPage, openConsole, startConsoleWorld, type ConsoleWorld, type Locale } from './console-world';

let world: ConsoleWorld;

beforeAll(async () => {
  world = await startConsoleWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

type Json = Record<string, unknown>;

const call = <T = Json>(token: string, method: string, path: string, body?: unknown) => apiCall<T>(world, token, method, path, body);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const ENTERPRISE_SOURCE = demoDatasets.enterprises.owner.name;

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  test('approves an application once every consent is in, terminates its agreement and reads the destruction certificate', async () => {
    const { tokens, demo } = world;
    const now = Date.now();
    const applied = await call<{ id: string }>(tokens.operator, 'POST', '/applications', {
      scenario: `企业行业分布分析（${locale}）`, purpose: '按街道统计各行业企业数量，支持产业规划',
      datasets: [{ datasetId: demo.datasets.enterprises, columns: ['credit_code', 'industry', 'street'] }],
      startsAt: new Date(now).toISOString(), endsAt: new Date(now + 90 * 24 * 3600 * 1000).toISOString(),
    });
    expect(applied.status).toBe(201);
    const applicationId = applied.body.id;

    const c = await openConsole(world, locale);
    await c.signIn(tokens.authority);
    await c.go('/authority/applications');
    const card = c.page.getByTestId(`application-${applicationId}`);
    await card.waitFor();
    expect(await card.innerText()).toContain(locale === 'en' ? 'Direct identifier' : '直接标识');
    // No consent yet: approving is disabled, and the page says why.
    expect(await card.getByTestId('application-approve').isDisabled()).toBe(true);
    expect(await card.getByTestId('application-blocked').innerText()).toContain(demoDatasets.enterprises.owner.unit);
    await checkPage(c, 'authority-applications');

    const consent = await call(tokens.sources[ENTERPRISE_SOURCE], 'POST', `/applications/${applicationId}/consents`, { datasetId: demo.datasets.enterprises, decision: 'approve', comment: '同意用于产业分析' });
    expect(consent.status).toBe(201);
    await c.page.getByTestId('applications-refresh').click();
    await card.getByTestId(`consent-${demo.datasets.enterprises}`).getByText('同意用于产业分析').waitFor();
    expect(await card.getByTestId('application-approve').isDisabled()).toBe(false);
    await card.getByTestId('application-comment').fill('符合授权运营要求，同意');
    await card.getByTestId('application-approve').click();
    await card.waitFor({ state: 'detached' });
    const application = await call<{ status: string }>(tokens.authority, 'GET', `/applications/${applicationId}`);
    expect(application.body.status).toBe('approved');
    const agreements = await call<{ agreements: { id: string; applicationId: string; sandboxId: string }[] }>(tokens.authority, 'GET', '/agreements');
    const agreement = agreements.body.agreements.find((a) => a.applicationId === applicationId);
    expect(agreement).toBeDefined();
    await world.platform.provisioner.settle(agreement!.sandboxId);

    await c.page.getByTestId('nav-authority-agreements').click();
    await c.page.getByTestId(`agreement-open-${agreement!.id}`).click();
    await c.page.getByTestId('agreement-facts').waitFor();
    await c.page.getByTestId('agreement-audit').getByText('application.decide').first().waitFor();
    await checkPage(c, 'authority-agreement');

    await c.page.getByTestId('agreement-terminate').click();
    const dialog = c.page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-ok').isDisabled()).toBe(true);
    await dialog.getByTestId('confirm-reason').fill('项目提前结束，终止授权');
    await dialog.getByTestId('confirm-ok').click();
    await c.page.getByTestId('agreement-status').and(c.page.locator('[data-state="terminated"], [data-state="sealed"], [data-state="destroyed"]')).waitFor();
    const ended = await until(() => call<{ status: string; history: { to: string; reason: string | null }[] }>(tokens.authority, 'GET', `/agreements/${agreement!.id}`), (r) => r.body.status === 'destroyed');
    expect(ended.body.status).toBe('destroyed');
    expect(ended.body.history.find((h) => h.to === 'terminated')?.reason).toBe('项目提前结束，终止授权');

    const certificate = await call<{ hash: string; auditHead: { hash: string } }>(tokens.authority, 'GET', `/agreements/${agreement!.id}/certificate`);
    expect(certificate.status).toBe(200);
    await c.page.getByTestId('nav-authority-agreements').click();
    await c.page.getByTestId('agreements-certificates').click();
    await c.page.getByTestId(`certificate-open-${agreement!.id}`).click();
    await c.page.getByTestId('certificate').waitFor();
    expect(await c.page.getByTestId('certificate-hash').innerText()).toBe(certificate.body.hash);
    expect(await c.page.getByTestId('certificate-audit-head').innerText()).toContain(certificate.body.auditHead.hash);
    expect(await c.page.getByTestId('certificate-files').locator('tbody tr').count()).toBeGreaterThan(0);
    await checkPage(c, 'authority-certificates');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 180_000);

  test('approves a model from the review inbox and releases its run after reading the airlock', async () => {
    const { tokens, demo } = world;
    const sql = locale === 'en'
      ? 'SELECT street, gender, count(*) AS people FROM residents GROUP BY street, gender ORDER BY street, gender'
      // Few residents earn this much: each street's count of them is a cell held back by disclosure control.
      : 'SELECT street, count(*) AS people, count(*) FILTER (WHERE income > 32700) AS top_earners FROM residents GROUP BY street ORDER BY street';
    const submitted = await call<{ id: string; status: string }>(tokens.operator, 'POST', `/sandboxes/${demo.sandboxId}/models`, { name: `street-${locale}`, sql, purpose: '按街道统计常住人口' });
    expect(submitted.status).toBe(201);
    const modelId = submitted.body.id;

    const c = await openConsole(world, locale);
    await c.signIn(tokens.authority);
    await c.page.getByTestId('nav-authority-models').click();
    const card = c.page.getByTestId(`model-${modelId}`);
    await card.waitFor();
    await card.locator('.cm-content').getByText('GROUP BY', { exact: false }).first().waitFor();
    expect(await card.getByTestId('model-checks').locator('li[data-passed="true"]').count()).toBeGreaterThan(0);
    await checkPage(c, 'authority-models');
    await card.getByTestId('model-comment').fill('聚合统计，用途明确，同意');
    await card.getByTestId('model-approve').click();
    await card.waitFor({ state: 'detached' });
    expect((await call<{ status: string }>(tokens.authority, 'GET', `/models/${modelId}`)).body.status).toBe('approved');

    const started = await call<{ id: string }>(tokens.operator, 'POST', `/models/${modelId}/runs`, { params: {} });
    expect(started.status).toBe(201);
    const runId = started.body.id;
    await world.platform.runs.idle();
    const waiting = await call<{ status: string; rowCount: number }>(tokens.authority, 'GET', `/runs/${runId}`);
    expect(waiting.body.status).toBe('awaiting-release');

    await c.page.getByTestId('nav-authority-runs').click();
    await c.page.getByTestId(`run-open-${runId}`).waitFor();
    await checkPage(c, 'authority-runs');
    await c.page.getByTestId(`run-open-${runId}`).click();
    const output = c.page.getByTestId('review-output');
    await output.waitFor();
    expect(await output.locator('tbody tr').count()).toBeGreaterThanOrEqual(waiting.body.rowCount);
    expect(await output.innerText()).toContain('光明街道');
    // The cell diagnostics: choosing a count shows its subjects per table and its contributors.
    await c.page.getByTestId('review-cell-0-1').click();
    const panel = c.page.getByTestId('cell-panel');
    await panel.getByTestId('cell-figures').waitFor();
    expect(await panel.getByTestId('cell-figures').innerText()).toContain('residents');
    expect(await panel.getByTestId('cell-state').innerText()).toBe(locale === 'en' ? 'Kept' : '可输出');
    expect(await c.page.getByTestId('review-checks').locator('li[data-check="min_group_size"]').count()).toBe(1);
    if (locale === 'zh-CN') {
      // A held cell is marked, and its panel says why.
      const held = output.locator('[data-held="true"]').first();
      await held.click();
      expect(await panel.getByTestId('cell-state').innerText()).toBe('单元格已抑制');
      expect(await panel.getByTestId('cell-reasons').innerText()).toMatch(/贡献主体少于 \d+ 个/);
    }
    expect(await c.page.getByTestId('release-approve').isDisabled()).toBe(false);
    // The demo's data are important: two-person release applies, and the page says so.
    await c.page.locator('[data-test="two-person"][data-state="first"]').waitFor();
    await checkPage(c, 'authority-run-review');
    await c.page.getByTestId('release-comment').fill('结果已逐格核对，同意出域');
    await c.page.getByTestId('release-approve').click();
    // The first approval is recorded; the run still awaits release, and this reviewer may not approve again.
    await c.page.locator('[data-test="two-person"][data-state="second"]').waitFor();
    expect(await c.page.getByTestId('release-approve').isDisabled()).toBe(true);
    const first = await call<{ status: string; firstApproval: { by: string } | null }>(tokens.authority, 'GET', `/runs/${runId}`);
    expect(first.body.status).toBe('awaiting-release');
    expect(first.body.firstApproval).not.toBeNull();
    expect((await call(tokens.operator, 'GET', `/runs/${runId}/output`)).status).not.toBe(200);
    expect(c.errors).toEqual([]);
    await c.close();

    // The entrusted examiner (模型查验机构) finds the run in its release inbox, reads it, and releases.
    const e = await openConsole(world, locale);
    await e.signIn(tokens.examiner);
    await e.page.getByTestId('nav-authority-runs').click();
    await e.page.getByTestId(`run-open-${runId}`).click();
    await e.page.getByTestId('review-output').waitFor();
    await e.page.locator('[data-test="two-person"][data-state="second"]').waitFor();
    await checkPage(e, 'examiner-run-review');
    await e.page.getByTestId('release-comment').fill('复核无误，同意出域');
    await e.page.getByTestId('release-approve').click();
    await e.page.locator('[data-test="run-status"][data-state="released"]').waitFor();
    const released = await call<{ status: string; releaseComment: string; releasedBy: string; firstApproval: { by: string } }>(tokens.authority, 'GET', `/runs/${runId}`);
    expect(released.body).toMatchObject({ status: 'released', releaseComment: '复核无误，同意出域' });
    expect(released.body.releasedBy).not.toBe(released.body.firstApproval.by);
    expect((await call(tokens.operator, 'GET', `/runs/${runId}/output`)).status).toBe(200);
    expect(e.errors).toEqual([]);
    await e.close();
  }, 180_000);

  test('creates a principal whose token is shown once, then revokes it', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.authority);
    await c.page.getByTestId('nav-authority-principals').click();
    await c.page.getByTestId('principals-table').waitFor();
    const name = `临时审计员-${locale}`;
    await c.page.getByTestId('principal-name').fill(name);
    await c.page.getByTestId('principal-role').click();
    await c.page.getByTestId('principal-role-auditor').click();
    await c.page.getByTestId('principal-unit').fill('区审计局');
    await c.page.getByTestId('principal-create').click();
    const dialog = c.page.getByTestId('token-dialog');
    await dialog.waitFor();
    const token = await dialog.getByTestId('token-value').inputValue();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(await dialog.getByTestId('token-copy').isVisible()).toBe(true);
    await dialog.getByTestId('token-copy').click();
    await checkPage(c, 'authority-token');
    expect((await call<{ name: string; role: string }>(token, 'GET', '/me')).body).toMatchObject({ name, role: 'auditor' });

    await dialog.getByTestId('token-close').click();
    await dialog.waitFor({ state: 'detached' });
    const html = await c.page.content();
    const values = await c.page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join('\n'));
    expect(html.includes(token) || values.includes(token)).toBe(false);

    const listed = await call<{ principals: { id: string; name: string }[] }>(world.tokens.authority, 'GET', '/principals');
    const principal = listed.body.principals.find((p) => p.name === name)!;
    await c.page.getByTestId(`principal-revoke-${principal.id}`).click();
    await c.page.getByTestId('confirm-dialog').getByTestId('confirm-ok').click();
    await c.page.getByTestId(`principal-revoke-${principal.id}`).waitFor({ state: 'detached' });
    expect((await call(token, 'GET', '/me')).status).toBe(401);
    await checkPage(c, 'authority-principals');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);

  test('suspends the demo agreement with a reason and resumes it', async () => {
    const { tokens, demo } = world;
    const c = await openConsole(world, locale);
    await c.signIn(tokens.authority);
    await c.page.getByTestId('nav-authority-agreements').click();
    await c.page.getByTestId(`agreement-status-${demo.agreementId}`).waitFor();
    await checkPage(c, 'authority-agreements');
    await c.page.getByTestId(`agreement-open-${demo.agreementId}`).click();

    const reason = `发现异常访问，暂停核查（${locale}）`;
    await c.page.getByTestId('agreement-suspend').click();
    await c.page.getByTestId('confirm-reason').fill(reason);
    await c.page.getByTestId('confirm-ok').click();
    await c.page.locator('[data-test="agreement-status"][data-state="suspended"]').waitFor();
    const suspended = await call<{ status: string; statusReason: string }>(tokens.authority, 'GET', `/agreements/${demo.agreementId}`);
    expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: reason });
    expect((await call<{ state: string }>(tokens.authority, 'GET', `/sandboxes/${demo.sandboxId}`)).body.state).toBe('suspended');
    await c.page.getByTestId('agreement-history').getByText(reason).waitFor();

    await c.page.getByTestId('agreement-resume').click();
    await c.page.getByTestId('confirm-reason').fill('核查完毕，恢复使用');
    await c.page.getByTestId('confirm-ok').click();
    await c.page.locator('[data-test="agreement-status"][data-state="active"]').waitFor();
    expect((await call<{ status: string }>(tokens.authority, 'GET', `/agreements/${demo.agreementId}`)).body.status).toBe('active');
    expect((await call<{ state: string }>(tokens.authority, 'GET', `/sandboxes/${demo.sandboxId}`)).body.state).toBe('ready');
    await c.page.getByTestId('agreement-audit').getByText('agreement.resume').first().waitFor();
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);

  test('answers a data-subject request without keeping the value on screen', async () => {
    const id = demoDatasets.residents.rows(3).split('\n')[2].split(',')[0];
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.authority);
    await c.page.getByTestId('nav-authority-subjects').click();
    await c.page.getByTestId('subject-value').fill(id);
    expect(await c.page.getByTestId('subject-value').getAttribute('type')).toBe('password');
    await c.page.getByTestId('subject-search').click();
    const matches = c.page.getByTestId('subject-matches');
    await matches.getByText(world.demo.agreementId).first().waitFor();
    expect(await c.page.getByTestId('subject-value').inputValue()).toBe('');
    // The run this language's release test released counted this resident: listed, and the page says why.
    const use = matches.locator('[data-test="subject-use"][data-reason="contributed-rows"]').first();
    expect(await use.getByTestId('subject-reason').innerText()).toBe(locale === 'en' ? 'Their records are in a released output' : '其记录参与了已出域的结果');
    expect(await use.innerText()).toContain('residents');
    expect(await c.page.content()).not.toContain(id);
    await checkPage(c, 'authority-subjects');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);

  test('an operator opening the authority’s pages sees the forbidden page and no decision buttons', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.operator);
    expect(await c.page.getByTestId('nav-authority-models').count()).toBe(0);
    await c.go('/authority/models');
    await c.page.waitForURL(/\/forbidden/);
    await c.page.getByText(locale === 'en' ? 'Operator' : '运营单位', { exact: false }).first().waitFor();
    expect(await c.page.getByTestId('model-approve').count()).toBe(0);
    await c.go('/authority/runs/some-run');
    await c.page.waitForURL(/\/forbidden/);
    expect(await c.page.getByTestId('release-approve').count()).toBe(0);
    expect(await c.page.getByTestId('review-output').count()).toBe(0);
    await checkPage(c, 'authority-forbidden');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 60_000);
});
