/// <reference lib="dom" />
/**
 * The console's frame in a real browser: served at `/` under helmet's CSP, sign-in with a token
 * kept in sessionStorage, the header from `/me`, sign-out, a revoked token returning to sign-in,
 * the remembered language, the catalog, and accessibility. In both languages.
 */
import { openConsole, seriousViolations, startConsoleWorld, type ConsoleWorld, type Locale } from './console-world';

let world: ConsoleWorld;

beforeAll(async () => {
  world = await startConsoleWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

test('the console is served at / with a strict Content-Security-Policy; the API keeps answering JSON', async () => {
  const index = await fetch(`${world.url}/`);
  expect(index.status).toBe(200);
  const csp = index.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const html = await index.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  expect((await fetch(`${world.url}/workspace/some-deep-link`)).headers.get('content-type')).toContain('text/html');
  const unknownApi = await fetch(`${world.url}/api/v1/no-such-route`, { headers: { Authorization: `Bearer ${world.tokens.operator}` } });
  expect(unknownApi.status).toBe(404);
  expect(((await unknownApi.json()) as { error: { code: string } }).error.code).toBe('not_found');
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  expect((await fetch(`${world.url}${asset}`)).headers.get('cache-control')).toContain('immutable');
});

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  test('a wrong token is refused on the sign-in page and no session is kept', async () => {
    const c = await openConsole(world, locale);
    await c.go('/');
    await c.page.waitForURL(/\/sign-in/);
    await c.page.getByTestId('token-input').fill('not-a-valid-token-0123456789abcdefghijkl');
    await c.page.getByTestId('sign-in').click();
    await c.page.getByTestId('sign-in-problem').waitFor();
    expect(await c.page.evaluate(() => sessionStorage.getItem('shuyu.token'))).toBeNull();
    expect(await seriousViolations(c.page)).toEqual([]);
    await c.shot('sign-in');
    expect(c.errors.filter((e) => !e.includes('401'))).toEqual([]);
    await c.close();
  });

  test('the operator signs in, sees name, unit and role, reads the catalog, and signs out', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.operator);
    const who = await c.page.getByTestId('whoami').innerText();
    expect(who).toContain('示例数据科技有限公司');
    expect(who).toContain(locale === 'en' ? 'Operator' : '运营单位');
    await c.shot('home-operator');
    await c.page.getByTestId('nav-catalog').click();
    await c.page.getByTestId('catalog-table').getByText('residents', { exact: true }).waitFor();
    expect(await c.page.getByTestId('catalog-table').innerText()).toContain(locale === 'en' ? 'Important' : '重要数据');
    expect(await seriousViolations(c.page)).toEqual([]);
    await c.shot('catalog');
    await c.page.getByTestId('catalog-table').getByRole('link').first().click();
    await c.page.getByTestId('column-table').waitFor();
    expect(await c.page.getByTestId('column-table').innerText()).toMatch(locale === 'en' ? /Direct identifier/ : /直接标识/);
    expect(await seriousViolations(c.page)).toEqual([]);
    await c.shot('dataset');
    expect(await c.shownKeys()).toEqual([]);
    await c.page.getByTestId('sign-out').click();
    await c.page.waitForURL(/\/sign-in/);
    expect(await c.page.evaluate(() => sessionStorage.getItem('shuyu.token'))).toBeNull();
    expect(c.errors).toEqual([]);
    await c.close();
  });
});

test('the language choice is remembered across reloads', async () => {
  const c = await openConsole(world, 'zh-CN');
  await c.signIn(world.tokens.auditor);
  expect(await c.page.getByTestId('sign-out').innerText()).toBe('退出登录');
  await c.page.getByTestId('language').click();
  await c.page.getByRole('option', { name: 'English' }).click();
  await c.page.getByTestId('sign-out').getByText('Sign out').waitFor();
  await c.page.reload();
  await c.page.getByTestId('sign-out').getByText('Sign out').waitFor();
  expect(await c.page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(c.errors).toEqual([]);
  await c.close();
});

test('a token revoked during the session returns the console to sign-in', async () => {
  const created = await fetch(`${world.url}/api/v1/principals`, {
    method: 'POST', headers: { Authorization: `Bearer ${world.tokens.authority}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: '临时审计员', role: 'auditor', unit: '区审计局' }),
  });
  const principal = (await created.json()) as { id: string; token: string };
  const c = await openConsole(world, 'zh-CN');
  await c.signIn(principal.token);
  await fetch(`${world.url}/api/v1/principals/${principal.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${world.tokens.authority}` } });
  await c.page.getByTestId('nav-catalog').click();
  await c.page.waitForURL(/\/sign-in\?expired=1/);
  expect(await c.page.evaluate(() => sessionStorage.getItem('shuyu.token'))).toBeNull();
  await c.close();
});
