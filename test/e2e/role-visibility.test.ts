/// <reference lib="dom" />
/**
 * What each demo role sees, in both languages: its header menu; on the home page and every menu
 * page, no control of another role (by data-test prefix); for the auditor, no button beyond
 * reading (navigation, refresh, search and filters, verify, export, language, sign-out); and
 * every other role's page, opened by its address, shows the forbidden page.
 *
 * The routes below mirror `services/console/src/pages/<area>/<area>-routes.ts` (they import
 * .vue files, so the test cannot import them); keep the two in step.
 */
import type { Page } from 'playwright-core';
import { apiCall, openConsole, startConsoleWorld, type ConsolePage, type ConsoleWorld, type Locale } from './console-world';

type Role = 'authority' | 'source' | 'operator' | 'auditor' | 'examiner' | 'partner';
type RouteSpec = { path: string; roles: Role[] | 'all'; menu?: string };

/** Every role-restricted console route (path with a sample id, who may open it, menu entry). */
const ROUTES: RouteSpec[] = [
  { path: '/', roles: 'all', menu: 'home' },
  { path: '/catalog', roles: 'all', menu: 'catalog' },
  { path: '/source/datasets', roles: ['source'], menu: 'source-datasets' },
  { path: '/source/datasets/new', roles: ['source'] },
  { path: '/source/datasets/ds_x', roles: ['source'] },
  { path: '/source/consents', roles: ['source'], menu: 'source-consents' },
  { path: '/operator/apply', roles: ['operator'] },
  { path: '/operator/applications', roles: ['operator'], menu: 'operator-applications' },
  { path: '/workspace', roles: ['operator', 'partner'], menu: 'workspaces' },
  { path: '/workspace/sbx_x', roles: ['operator', 'partner'] },
  { path: '/operator/models', roles: ['operator', 'partner'], menu: 'operator-models' },
  { path: '/operator/runs', roles: ['operator', 'partner'], menu: 'operator-runs' },
  { path: '/operator/products', roles: ['operator'], menu: 'operator-products' },
  { path: '/authority/applications', roles: ['authority'], menu: 'authority-applications' },
  { path: '/authority/models', roles: ['authority', 'examiner'], menu: 'authority-models' },
  { path: '/authority/runs', roles: ['authority', 'examiner'], menu: 'authority-runs' },
  { path: '/authority/runs/run_x', roles: ['authority', 'examiner'] },
  { path: '/authority/products', roles: ['authority'], menu: 'authority-products' },
  { path: '/authority/agreements', roles: ['authority'], menu: 'authority-agreements' },
  { path: '/authority/agreements/agr_x', roles: ['authority'] },
  { path: '/authority/principals', roles: ['authority'], menu: 'authority-principals' },
  { path: '/authority/subjects', roles: ['authority'], menu: 'authority-subjects' },
  { path: '/authority/certificates', roles: ['authority'] },
  { path: '/auditor/audit-log', roles: ['auditor', 'authority'], menu: 'audit-log' },
  { path: '/auditor/certificates', roles: ['auditor'], menu: 'auditor-certificates' },
  { path: '/governance/entrustments', roles: ['authority', 'examiner'], menu: 'entrustments' },
  { path: '/governance/risk-reports', roles: ['authority', 'operator', 'auditor'], menu: 'risk-reports' },
  { path: '/feedback', roles: ['authority', 'source', 'operator', 'auditor'], menu: 'feedback' },
  { path: '/filings', roles: ['authority', 'operator', 'auditor'], menu: 'filings' },
  { path: '/selection/calls', roles: ['authority', 'operator', 'auditor'], menu: 'selection-calls' },
  { path: '/selection/directory', roles: 'all', menu: 'selection-directory' },
  { path: '/selection/partners', roles: ['authority', 'operator', 'auditor'], menu: 'selection-partners' },
];

const allows = (r: RouteSpec, role: Role) => r.roles === 'all' || r.roles.includes(role);

/** data-test prefixes of controls a role must never be shown. */
const FORBIDDEN_PREFIXES: Record<Role, string[]> = {
  authority: [],
  source: ['review-', 'release-', 'decide-', 'run-model', 'principal-'],
  operator: ['review-', 'release-', 'decide-', 'consent-', 'principal-create', 'revoke-'],
  auditor: ['review-', 'release-', 'decide-', 'consent-', 'principal-', 'revoke-', 'run-model', 'apply-', 'upload-', 'suspend-', 'terminate-'],
  // An examiner reviews (model and release controls) but never applies, consents, decides applications, manages principals or entrusts.
  // A partner works in its operator's sandboxes on dev twins: no deciding, applying, running approved models or downloading outputs.
  partner: ['review-', 'release-', 'decide-', 'consent-', 'principal-', 'revoke-', 'run-model', 'apply-', 'upload-', 'suspend-', 'terminate-', 'download-', 'withdraw-'],
  examiner: ['decide-', 'application-', 'consent-', 'principal-', 'revoke-', 'run-model', 'apply-', 'upload-', 'suspend-', 'terminate-', 'entrust-', 'entrustment-revoke-', 'agreement-', 'product-review-'],
};

/** The only buttons an auditor may see: reading, never writing. */
const AUDITOR_BUTTONS: Record<Locale, RegExp[]> = {
  'zh-CN': [/^退出登录$/, /^刷新$/, /^查询$/, /^重置$/, /^重新校验$/, /^导出 (CSV|Parquet)$/, /^(回到第一页|上一页|下一页)$/, /^(展开|收起)当前行$/, /^简体中文$|^English$/],
  en: [/^Sign out$/, /^Refresh$/, /^Search$/, /^Reset$/, /^Verify again$/, /^Export (CSV|Parquet)$/, /^(Back to first page|Previous page|Next page)$/, /^(Expand|Collapse) this row$/, /^简体中文$|^English$/],
};

const FORBIDDEN_TITLE: Record<Locale, string> = { 'zh-CN': '无权访问', en: 'Not allowed' };

let world: ConsoleWorld;
let partnerToken = '';
const tokenOf = (role: Role) => (role === 'source' ? Object.values(world.tokens.sources)[0] : role === 'partner' ? partnerToken : world.tokens[role]);

/** A partner (运营合作方) of the demo operator, accepted by the authority, and its principal's token. */
async function demoPartner(): Promise<string> {
  const unit = '深圳示例算法有限公司';
  const filed = await apiCall<{ id: string }>(world, world.tokens.operator, 'POST', '/partners', {
    name: '示例算法服务团队', unit, duties: '协助开发统计模型', startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    documents: [{ name: '合作协议.pdf', contentType: 'application/pdf', base64: Buffer.from('%PDF-1.4').toString('base64') }],
  });
  await apiCall(world, world.tokens.authority, 'POST', `/partners/${filed.body.id}/decision`, { decision: 'accept' });
  return (await apiCall<{ token: string }>(world, world.tokens.authority, 'POST', '/principals', { name: '算法团队张工', role: 'partner', unit, partnerId: filed.body.id })).body.token;
}

beforeAll(async () => {
  world = await startConsoleWorld();
  partnerToken = await demoPartner();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** Waits until the page has had no request in flight for a while (pages load their data after routing). */
async function settle(page: Page, inFlight: { n: number }): Promise<void> {
  let quietSince = Date.now();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (inFlight.n > 0) quietSince = Date.now();
    else if (Date.now() - quietSince > 400) break;
    await page.waitForTimeout(100);
  }
  await page.locator('.el-loading-mask').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
}

/** Clicks a header menu entry, through the menu's overflow (•••) when the header is too narrow for it. */
async function openMenu(page: Page, entry: string): Promise<void> {
  const item = page.getByTestId(`nav-${entry}`).filter({ visible: true });
  if ((await item.count()) === 0) await page.locator('.shell-menu > .el-sub-menu').last().hover();
  await item.first().click();
}

async function dataTests(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[data-test]')].map((e) => e.getAttribute('data-test') ?? ''));
}

async function buttonNames(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const b of await page.getByRole('button').all()) {
    const label = (await b.getAttribute('aria-label')) ?? (await b.innerText()).trim();
    names.push(label.replace(/\s+/g, ' '));
  }
  return names;
}

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  test.each<Role>(['authority', 'source', 'operator', 'auditor', 'examiner', 'partner'])('the %s sees its own menu and controls only, and is refused every other role’s page', async (role) => {
    const c: ConsolePage = await openConsole(world, locale);
    const inFlight = { n: 0 };
    c.page.on('request', () => { inFlight.n += 1; });
    c.page.on('requestfinished', () => { inFlight.n -= 1; });
    c.page.on('requestfailed', () => { inFlight.n -= 1; });
    await c.signIn(tokenOf(role));
    await settle(c.page, inFlight);

    await c.shot(`visibility-home-${role}`);
    const menu = (await c.page.locator('[data-test^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-test')))).map((d) => String(d).slice(4));
    expect(menu.sort()).toEqual(ROUTES.filter((r) => r.menu && allows(r, role)).map((r) => r.menu!).sort());

    const seen: { page: string; offending: string[]; buttons: string[] }[] = [];
    for (const entry of ['home', ...menu.filter((m) => m !== 'home')]) {
      await openMenu(c.page, entry);
      await settle(c.page, inFlight);
      expect(await c.page.getByText(FORBIDDEN_TITLE[locale], { exact: true }).count()).toBe(0);
      const offending = (await dataTests(c.page)).filter((d) => FORBIDDEN_PREFIXES[role].some((p) => d.startsWith(p)));
      const buttons = await buttonNames(c.page);
      seen.push({ page: entry, offending, buttons });
    }
    expect(seen.filter((s) => s.offending.length > 0)).toEqual([]);
    if (role === 'auditor') {
      const unexpected = seen.flatMap((s) => s.buttons.filter((b) => !AUDITOR_BUTTONS[locale].some((re) => re.test(b))).map((b) => `${s.page}: ${b}`));
      expect(unexpected).toEqual([]);
      // The auditor's pages are really there: verification and export are among its buttons.
      expect(seen.find((s) => s.page === 'audit-log')?.buttons).toEqual(expect.arrayContaining([locale === 'en' ? 'Verify again' : '重新校验', locale === 'en' ? 'Export CSV' : '导出 CSV']));
    }

    // The route guard does not depend on the language: every other role's route is tried in
    // Chinese, and one in English (its forbidden page is then shown in English).
    const refused = ROUTES.filter((r) => !allows(r, role));
    for (const route of locale === 'zh-CN' ? refused : refused.slice(0, 1)) {
      await c.go(route.path);
      await c.page.waitForURL(/\/forbidden/);
      await c.page.getByText(FORBIDDEN_TITLE[locale], { exact: true }).waitFor();
    }
    await c.go(ROUTES.find((r) => r.menu && r.roles !== 'all' && allows(r, role))!.path);
    await settle(c.page, inFlight);
    expect(c.page.url()).not.toMatch(/\/forbidden/);

    expect(await c.shownKeys()).toEqual([]);
    expect(c.errors).toEqual([]);
    await c.close();
  }, 240_000);
});
