/// <reference lib="dom" />
/**
 * The authority's product registration review (登记备案) in a real browser, in both languages,
 * each language run with its own products: the operator's released output registered as a dataset
 * product shows in the home page's count, whose link opens the review page; the reviewer reads
 * its source (the released run, its model and SQL) and registers it. An API product cannot be
 * registered without a domain for each parameter of its model, nor rejected without a comment.
 * Every outcome is checked through the API. An operator sees the forbidden page.
 */
import { apiCall, checkPage, openConsole, releaseByTwo, startConsoleWorld, type ConsoleWorld, type Locale } from './console-world';

let world: ConsoleWorld;

beforeAll(async () => {
  world = await startConsoleWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

type Json = Record<string, unknown>;

const call = <T = Json>(token: string, method: string, path: string, body?: unknown) => apiCall<T>(world, token, method, path, body);

/** An approved model of the demo sandbox (submitted by the operator, approved by the authority). */
async function approvedModel(name: string, sql: string, parameters: { name: string; type: string }[] = []): Promise<string> {
  const { tokens, demo } = world;
  const submitted = await call<{ id: string }>(tokens.operator, 'POST', `/sandboxes/${demo.sandboxId}/models`, { name, sql, purpose: '按街道统计常住人口，服务公共服务设施规划', parameters });
  expect(submitted.status).toBe(201);
  expect((await call(tokens.authority, 'POST', `/models/${submitted.body.id}/review`, { decision: 'approve', comment: '聚合统计，同意运行' })).status).toBe(200);
  return submitted.body.id;
}

/** A released run of an approved model: run, wait for it, open the airlock, release. */
async function releasedRun(modelId: string): Promise<string> {
  const { tokens } = world;
  const started = await call<{ id: string }>(tokens.operator, 'POST', `/models/${modelId}/runs`, { params: {} });
  expect(started.status).toBe(201);
  await world.platform.runs.idle();
  expect((await call<{ status: string }>(tokens.authority, 'GET', `/runs/${started.body.id}`)).body.status).toBe('awaiting-release');
  expect((await releaseByTwo(world, started.body.id, '同意出域')).status).toBe('released');
  return started.body.id;
}

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  test('registers a dataset product reached from the home page’s count, after reading its released source', async () => {
    const { tokens } = world;
    const sql = locale === 'en'
      ? 'SELECT gender, count(*) AS people FROM residents GROUP BY gender ORDER BY gender'
      : 'SELECT street, count(*) AS people, avg(income) AS mean_income FROM residents GROUP BY street ORDER BY street';
    const modelId = await approvedModel(`product_source_${locale.replace('-', '_')}`, sql);
    const runId = await releasedRun(modelId);
    const name = `常住人口统计数据集（${locale}）`;
    const registered = await call<{ id: string; status: string }>(tokens.operator, 'POST', '/products', {
      name, kind: 'dataset', runId, description: '各街道常住人口统计结果，供区发展改革部门规划参考', grantees: ['区发展和改革局'],
    });
    expect(registered.body.status).toBe('submitted');
    const productId = registered.body.id;
    const waiting = (await call<{ products: { status: string }[] }>(tokens.authority, 'GET', '/products')).body.products.filter((p) => p.status === 'submitted').length;

    const c = await openConsole(world, locale);
    await c.signIn(tokens.authority);
    const count = c.page.getByTestId('inbox-products.review');
    await count.waitFor();
    expect((await count.locator('.count').innerText()).trim()).toBe(String(waiting));
    await checkPage(c, 'authority-products-home');
    await c.page.getByTestId('inbox-link-products.review').click();
    await c.page.waitForURL(/\/authority\/products$/);

    const card = c.page.getByTestId(`product-${productId}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('区发展和改革局');
    await card.locator(`[data-test="product-run-status"][data-state="released"]`).waitFor();
    expect(await card.getByTestId('product-run-release').innerText()).not.toBe('—');
    await card.locator('.cm-content').getByText('GROUP BY', { exact: false }).first().waitFor();
    expect(await card.getByTestId(`product-run-open-${runId}`).getAttribute('href')).toBe(`/authority/runs/${runId}`);
    expect(await card.getByTestId('product-approve').isDisabled()).toBe(false);
    await checkPage(c, 'authority-products');

    const comment = `来源结果已放行，说明清楚，准予登记（${locale}）`;
    await card.getByTestId('product-comment').fill(comment);
    await card.getByTestId('product-approve').click();
    await card.waitFor({ state: 'detached' });
    await c.page.getByTestId('products-decided').locator(`[data-test="product-state-${productId}"][data-state="registered"]`).waitFor();
    expect(await c.page.getByTestId(`product-comment-${productId}`).innerText()).toBe(comment);
    const product = await call<{ status: string; reviewComment: string; reviewedBy: string }>(tokens.authority, 'GET', `/products/${productId}`);
    expect(product.body).toMatchObject({ status: 'registered', reviewComment: comment });
    // The grantee's dataset is now served.
    expect((await call(tokens.operator, 'GET', `/products/${productId}`)).body).toMatchObject({ status: 'registered' });
    await checkPage(c, 'authority-products-decided');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 180_000);

  test('an API product needs a comment to be rejected and a domain for each parameter to be registered', async () => {
    const { tokens } = world;
    const modelId = await approvedModel(`product_api_${locale.replace('-', '_')}`,
      'SELECT street, count(*) AS people FROM residents WHERE income > $min_income GROUP BY street ORDER BY street', [{ name: 'min_income', type: 'DOUBLE' }]);
    const submit = (suffix: string) => call<{ id: string }>(tokens.operator, 'POST', '/products', {
      name: `街道人口查询接口${suffix}（${locale}）`, kind: 'api', modelId, description: '按收入下限查询各街道常住人口数', grantees: ['区人力资源和社会保障局'],
    });
    const rejectedId = (await submit('甲')).body.id;
    const registeredId = (await submit('乙')).body.id;

    const c = await openConsole(world, locale);
    await c.signIn(tokens.authority);
    await c.go('/authority/products');
    const first = c.page.getByTestId(`product-${rejectedId}`);
    await first.getByTestId('product-domains').waitFor();
    // Rejecting needs a comment.
    await first.getByTestId('product-reject').click();
    await first.locator('p[role="alert"]').waitFor();
    expect((await call<{ status: string }>(tokens.authority, 'GET', `/products/${rejectedId}`)).body.status).toBe('submitted');
    await first.getByTestId('product-comment').fill('调用范围过宽，请收窄后重新申请');
    await first.getByTestId('product-reject').click();
    await first.waitFor({ state: 'detached' });
    expect((await call<{ status: string; reviewComment: string }>(tokens.authority, 'GET', `/products/${rejectedId}`)).body).toMatchObject({ status: 'rejected', reviewComment: '调用范围过宽，请收窄后重新申请' });

    // Registering needs the domain of min_income, in its type.
    const card = c.page.getByTestId(`product-${registeredId}`);
    await card.getByTestId('product-blocked').waitFor();
    expect(await card.getByTestId('product-approve').isDisabled()).toBe(true);
    await card.getByTestId('product-domain-min-min_income').fill('abc');
    await card.getByTestId('product-domain-min_income').getByRole('alert').waitFor();
    await card.getByTestId('product-domain-min-min_income').fill('1000');
    await card.getByTestId('product-domain-max-min_income').fill('50000');
    await card.getByTestId('product-blocked').waitFor({ state: 'detached' });
    expect(await card.getByTestId('product-approve').isDisabled()).toBe(false);
    await checkPage(c, 'authority-products-api');
    await card.getByTestId('product-approve').click();
    await card.waitFor({ state: 'detached' });
    const product = await call<{ status: string; parameterDomains: unknown }>(tokens.authority, 'GET', `/products/${registeredId}`);
    expect(product.body).toMatchObject({ status: 'registered', parameterDomains: { min_income: { min: 1000, max: 50000 } } });
    await c.page.getByTestId('products-decided').locator(`[data-test="product-state-${rejectedId}"][data-state="rejected"]`).waitFor();
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);

  test('an operator opening the product review sees the forbidden page and no decision buttons', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.operator);
    expect(await c.page.getByTestId('nav-authority-products').count()).toBe(0);
    await c.go('/authority/products');
    await c.page.waitForURL(/\/forbidden/);
    expect(await c.page.getByTestId('product-approve').count()).toBe(0);
    expect(await c.page.getByTestId('products-pending').count()).toBe(0);
    await checkPage(c, 'authority-products-forbidden');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 60_000);
});
