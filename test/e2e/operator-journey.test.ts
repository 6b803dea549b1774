/// <reference lib="dom" />
/**
 * The operator's journey in a real browser, in both languages: apply for two non-identifying
 * columns of residents (a 422 shown at the field it names first), follow applications and
 * agreements on their timeline and suspend one for a risk, see a model the authority approved,
 * run it, see only "running" and then "awaiting release" until the authority decides, download
 * the released output as CSV, Parquet and Arrow, preview it, and register it as a product. The
 * operator never sees a review or release control; the auditor sees the forbidden page.
 */
import fs from 'node:fs';
import type { SettableClock } from '../../services/config/clock';
import { checkPage, openConsole, releaseByTwo, startConsoleWorld, type ConsolePage, type ConsoleWorld, type Locale } from './console-world';

let world: ConsoleWorld;

beforeAll(async () => {
  world = await startConsoleWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

type Json = Record<string, unknown> & { error?: { code: string } };

async function call(token: string, method: string, url: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${world.url}/api/v1${url}`, {
    method, headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

/** Every main page: no message key shown, no serious accessibility violation, a screenshot. */
async function stateOf(c: ConsolePage, testId: string, state: string): Promise<void> {
  await c.page.locator(`[data-test="${testId}"][data-state="${state}"]`).waitFor({ timeout: 15_000 });
}

/** No control of the reviewer's is ever shown to the operator. */
async function reviewerControls(c: ConsolePage): Promise<number> {
  return c.page.locator('[data-test^="review-"], [data-test^="release-"], [data-test^="approve-"], [data-test*="-release-"], [data-test*="-review-"]').count();
}

const nextYear = new Date().getFullYear() + 1;

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  test('the operator applies for street and income of residents; a refused term is shown at its field', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.operator);
    await c.page.getByTestId('nav-operator-applications').click();
    await c.page.getByTestId('new-application').click();
    await c.page.getByTestId('pick-residents').waitFor();
    const scenario = `街道收入分布分析（${locale}）`;
    await c.page.getByTestId('apply-scenario').fill(scenario);
    await c.page.getByTestId('apply-purpose').fill('按街道统计常住人口收入分布，服务就业帮扶政策');
    await c.page.getByTestId('pick-residents').click();
    await c.page.getByTestId('column-residents-street').click();
    await c.page.getByTestId('column-residents-income').click();
    expect(await c.page.getByTestId('columns-residents').innerText()).toMatch(locale === 'en' ? /Sensitive personal/ : /敏感个人信息/);

    // A term longer than five years: the API refuses it and the form shows why at the end date.
    const ends = c.page.getByTestId('apply-ends').locator('input');
    await ends.fill(`${nextYear + 6}-06-30`);
    await ends.press('Enter');
    await c.page.getByTestId('apply-submit').click();
    const endsItem = c.page.locator('.el-form-item', { has: c.page.getByTestId('apply-ends') });
    await endsItem.locator('.el-form-item__error').waitFor();
    expect((await endsItem.locator('.el-form-item__error').innerText()).trim()).not.toBe('');
    await checkPage(c, 'operator-apply');

    await ends.fill(`${nextYear}-06-30`);
    await ends.press('Enter');
    await c.page.getByTestId('apply-submit').click();
    await c.page.waitForURL(/\/operator\/applications\?highlight=/);
    const id = new URL(c.page.url()).searchParams.get('highlight') ?? '';
    await stateOf(c, `application-status-${id}`, 'submitted');

    const stored = await call(world.tokens.operator, 'GET', `/applications/${id}`);
    expect(stored.body).toMatchObject({
      status: 'submitted', scenario, endsAt: `${nextYear}-06-30T15:59:59.000Z`,
      datasets: [{ datasetId: world.demo.datasets.residents, columns: ['street', 'income'] }],
    });
    // The demo's approved application, with its consents, decision and agreement on the timeline.
    const demo = c.page.getByTestId(`agreement-${world.demo.agreementId}`);
    await demo.waitFor();
    await checkPage(c, 'operator-applications');
    expect(await reviewerControls(c)).toBe(0);
    expect(c.errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await c.close();
  }, 120_000);

  test('the operator follows an approved application on its timeline and suspends its agreement for a risk', async () => {
    const source = world.tokens.sources['光明区公安分局'];
    const now = new Date();
    const applied = await call(world.tokens.operator, 'POST', '/applications', {
      scenario: `街道人口统计（${locale}）`, purpose: '按街道统计人口', datasets: [{ datasetId: world.demo.datasets.residents, columns: ['street'] }],
      startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 90 * 86_400_000).toISOString(),
    });
    const appId = String(applied.body.id);
    expect((await call(source, 'POST', `/applications/${appId}/consents`, { datasetId: world.demo.datasets.residents, decision: 'approve', comment: '同意在该场景使用' })).status).toBe(201);
    const decided = await call(world.tokens.authority, 'POST', `/applications/${appId}/decision`, { decision: 'approve', comment: '予以批准' });
    const agreementId = String(decided.body.agreementId);
    await world.platform.provisioner.settle(String(decided.body.sandboxId));

    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.operator);
    await c.page.getByTestId('nav-operator-applications').click();
    const card = c.page.getByTestId(`application-${appId}`);
    await stateOf(c, `agreement-status-${agreementId}`, 'active');
    for (const kind of ['submitted', 'consent', 'decision', 'agreement', 'sandbox']) await card.getByTestId(`event-${kind}`).waitFor();
    expect(await card.getByTestId(`application-scope-${appId}`).innerText()).toContain('同意在该场景使用');

    await c.page.getByTestId(`suspend-${agreementId}`).click();
    await c.page.getByTestId('suspend-reason').fill('发现接口调用异常，暂停排查');
    await checkPage(c, 'operator-suspend');
    await c.page.getByTestId('suspend-confirm').click();
    await stateOf(c, `agreement-status-${agreementId}`, 'suspended');
    await card.getByTestId('event-transition-suspended').waitFor();
    expect(await c.page.getByTestId(`suspend-${agreementId}`).count()).toBe(0);
    const agreement = await call(world.tokens.operator, 'GET', `/agreements/${agreementId}`);
    expect(agreement.body).toMatchObject({ status: 'suspended', statusReason: '发现接口调用异常，暂停排查' });
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);

  test('the operator runs an approved model, waits for the release, downloads CSV, Parquet and Arrow, and registers a product', async () => {
    const { sandboxId, agreementId } = world.demo;
    const name = `street_income_${locale.replace('-', '_')}`;
    const model = await call(world.tokens.operator, 'POST', `/sandboxes/${sandboxId}/models`, {
      name, purpose: '按街道统计人数与平均收入', parameters: [{ name: 'min_income', type: 'DOUBLE' }],
      sql: 'SELECT street, count(*) AS people, avg(income) AS mean_income FROM residents WHERE income > $min_income GROUP BY street ORDER BY street',
    });
    expect(model.status).toBe(201);
    const modelId = String(model.body.id);
    expect((await call(world.tokens.authority, 'POST', `/models/${modelId}/review`, { decision: 'approve', comment: '聚合统计，同意运行' })).status).toBe(200);

    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.operator);
    await c.page.getByTestId('nav-operator-models').click();
    await stateOf(c, `model-status-${modelId}`, 'approved');
    expect(await c.page.getByTestId(`model-comment-${modelId}`).innerText()).toBe('聚合统计，同意运行');
    await checkPage(c, 'operator-models');
    expect(await reviewerControls(c)).toBe(0);

    await c.page.getByTestId(`run-model-${modelId}`).click();
    await c.page.getByTestId('param-min_income').locator('input').fill('1000');
    await checkPage(c, 'operator-run-dialog');
    await c.page.getByTestId('run-submit').click();
    await c.page.waitForURL(/\/operator\/runs/);
    await world.platform.runs.idle();
    const listed = await call(world.tokens.operator, 'GET', `/sandboxes/${sandboxId}/runs`);
    const run = (listed.body.runs as { id: string; modelId: string; params: object }[]).find((r) => r.modelId === modelId)!;
    expect(run.params).toEqual({ min_income: 1000 });
    expect(Object.keys(run)).not.toContain('rowCount');

    // Until the agreement's query timeout has passed since the start, the operator sees "running", whatever happened.
    await c.page.getByTestId('runs-refresh').click();
    await stateOf(c, `run-status-${run.id}`, 'running');
    const settings = await call(world.tokens.authority, 'GET', `/agreements/${agreementId}/settings`);
    (world.platform.clock as SettableClock).advance(Number(settings.body.queryTimeoutMs) + 1000);
    await c.page.getByTestId('runs-refresh').click();
    await stateOf(c, `run-status-${run.id}`, 'awaiting-release');
    expect(await c.page.getByTestId(`download-csv-${run.id}`).count()).toBe(0);
    await checkPage(c, 'operator-runs-awaiting');
    expect(await reviewerControls(c)).toBe(0);

    // The authority and the entrusted examiner read the airlock, then release (two-person release).
    expect((await releaseByTwo(world, run.id, '同意出域')).status).toBe('released');
    await c.page.getByTestId('runs-refresh').click();
    await stateOf(c, `run-status-${run.id}`, 'released');
    expect(await c.page.getByTestId(`run-comment-${run.id}`).innerText()).toBe('同意出域');

    const [csv] = await Promise.all([c.page.waitForEvent('download'), c.page.getByTestId(`download-csv-${run.id}`).click()]);
    expect(csv.suggestedFilename()).toBe(`${name}_v1_${run.id.slice(-8)}.csv`);
    const lines = fs.readFileSync((await csv.path())!, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('street,people,mean_income');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(lines.some((l) => l.startsWith('光明街道,'))).toBe(true);
    const [parquet] = await Promise.all([c.page.waitForEvent('download'), c.page.getByTestId(`download-parquet-${run.id}`).click()]);
    const parquetBytes = fs.readFileSync((await parquet.path())!);
    expect(parquet.suggestedFilename()).toMatch(/\.parquet$/);
    expect(parquetBytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(parquetBytes.subarray(-4).toString('latin1')).toBe('PAR1');
    const [arrow] = await Promise.all([c.page.waitForEvent('download'), c.page.getByTestId(`download-arrow-${run.id}`).click()]);
    expect(fs.readFileSync((await arrow.path())!).length).toBeGreaterThan(8);

    await c.page.getByTestId(`preview-${run.id}`).click();
    await c.page.getByTestId('output-table').getByText('光明街道', { exact: true }).waitFor();
    await checkPage(c, 'operator-output-preview');
    await c.page.keyboard.press('Escape');
    await c.page.getByTestId('output-table').waitFor({ state: 'hidden' });
    await checkPage(c, 'operator-runs-released');

    // Register the released output as a dataset product.
    await c.page.getByTestId('nav-operator-products').click();
    await c.page.waitForURL(/\/operator\/products/);
    await c.page.getByTestId('product-new').click();
    const product = `街道收入统计产品（${locale}）`;
    await c.page.getByTestId('product-name').fill(product);
    await c.page.getByTestId('product-source').click();
    await c.page.getByRole('option').filter({ hasText: run.id.slice(-8) }).click();
    await c.page.getByTestId('product-description').fill('各街道常住人口数与平均收入');
    await checkPage(c, 'operator-product-dialog');
    await c.page.getByTestId('product-submit').click();
    await c.page.getByTestId('products-table').getByText(product).waitFor();
    const products = (await call(world.tokens.operator, 'GET', '/products')).body.products as { id: string; name: string; runId: string; status: string; kind: string }[];
    const registered = products.find((p) => p.name === product)!;
    expect(registered).toMatchObject({ kind: 'dataset', runId: run.id, status: 'submitted' });
    await stateOf(c, `product-status-${registered.id}`, 'submitted');
    await checkPage(c, 'operator-products');
    expect(await reviewerControls(c)).toBe(0);
    expect(c.errors).toEqual([]);
    await c.close();
  }, 180_000);

  test('the auditor sees the forbidden page on every operator route and no operator menu', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.auditor);
    await c.page.getByTestId('nav-catalog').waitFor();
    expect(await c.page.locator('[data-test^="nav-operator-"]').count()).toBe(0);
    for (const path of ['/operator/apply', '/operator/applications', '/operator/models', '/operator/runs', '/operator/products']) {
      await c.go(path);
      await c.page.waitForURL(/\/forbidden\?page=operator-/);
      await c.page.getByText(locale === 'en' ? 'Not allowed' : '无权访问').waitFor();
    }
    await checkPage(c, 'operator-forbidden');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 60_000);
});
