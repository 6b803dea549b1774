/// <reference lib="dom" />
/**
 * Registration and compliance in a real browser: the authority sees a registered product's
 * validity (three years) on the product page and downloads its registration package (a ZIP),
 * with no renewal offered while the registration is far from expiry; on the agreement page it
 * opens the compliance report, a printable page that lists the registration. The operator sees
 * its product's validity in English, and no renewal.
 */
import fs from 'node:fs';
import { apiCall, checkPage, openConsole, releaseByTwo, useConsoleWorld, type ConsoleWorld } from './console-world';

const current = useConsoleWorld();

/** A dataset product from a released run of the demo sandbox, registered by the authority. */
async function registeredProduct(world: ConsoleWorld): Promise<{ id: string; expiresAt: string }> {
  const { tokens, demo } = world;
  const model = await apiCall<{ id: string }>(world, tokens.operator, 'POST', `/sandboxes/${demo.sandboxId}/models`, {
    name: 'registration_journey', sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street ORDER BY street', purpose: '按街道统计常住人口',
  });
  expect((await apiCall(world, tokens.authority, 'POST', `/models/${model.body.id}/review`, { decision: 'approve' })).status).toBe(200);
  const run = await apiCall<{ id: string }>(world, tokens.operator, 'POST', `/models/${model.body.id}/runs`, { params: {} });
  await world.platform.runs.idle();
  expect((await releaseByTwo(world, run.body.id, '同意出域')).status).toBe('released');
  const product = await apiCall<{ id: string }>(world, tokens.operator, 'POST', '/products', { name: '街道常住人口统计', kind: 'dataset', runId: run.body.id, description: '各街道常住人口数' });
  const reviewed = await apiCall<{ registration: { expiresAt: string } }>(world, tokens.authority, 'POST', `/products/${product.body.id}/review`, { decision: 'approve', comment: '准予登记' });
  return { id: product.body.id, expiresAt: reviewed.body.registration.expiresAt };
}

test('the authority downloads a registration package and opens the compliance report; the operator sees the validity', async () => {
  const world = current();
  const product = await registeredProduct(world);
  // Three years on, as the console shows a date in each language (Asia/Shanghai).
  const expiry = (locale: string) => new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(product.expiresAt));
  expect(Date.parse(product.expiresAt) - Date.now()).toBeGreaterThan(3 * 365 * 86_400_000 - 86_400_000);

  const c = await openConsole(world, 'zh-CN');
  await c.signIn(world.tokens.authority);
  await c.go('/authority/products');
  const state = c.page.getByTestId(`registration-state-${product.id}`);
  await state.waitFor();
  expect(await state.getAttribute('data-state')).toBe('valid');
  expect(await c.page.getByTestId(`registration-expiry-${product.id}`).innerText()).toBe(`有效期至 ${expiry('zh-CN')}`);
  expect(await c.page.getByTestId(`registration-renew-${product.id}`).count()).toBe(0);
  await checkPage(c, 'registration-products');
  const [download] = await Promise.all([c.page.waitForEvent('download'), c.page.getByTestId(`registration-download-${product.id}`).click()]);
  expect(download.suggestedFilename()).toBe(`registration-${product.id}.zip`);
  const zip = fs.readFileSync((await download.path()) as string);
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  expect(zip.includes(Buffer.from('manifest.json'))).toBe(true);

  await c.go(`/authority/agreements/${world.demo.agreementId}`);
  const [report] = await Promise.all([c.context.waitForEvent('page'), c.page.getByTestId('compliance-report').click()]);
  await report.locator('h1').waitFor();
  expect(await report.locator('h1').innerText()).toBe('公共数据授权运营协议合规报告');
  expect(await report.locator('table.history').innerText()).toContain('数据产品登记');
  await report.close();
  expect(c.errors).toEqual([]);
  await c.close();

  const o = await openConsole(world, 'en');
  await o.signIn(world.tokens.operator);
  await o.go('/operator/products');
  await o.page.getByTestId(`registration-state-${product.id}`).waitFor();
  expect(await o.page.getByTestId(`registration-expiry-${product.id}`).innerText()).toBe(`Valid until ${expiry('en')}`);
  expect(await o.page.getByTestId(`registration-renew-${product.id}`).count()).toBe(0);
  await o.page.getByTestId(`registration-download-${product.id}`).waitFor();
  expect(o.errors).toEqual([]);
  await o.close();
}, 180_000);
