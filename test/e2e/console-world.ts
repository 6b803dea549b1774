/// <reference lib="dom" />
/**
 * The browser tests' world: the real platform (built console, demo loaded through the real API)
 * on a temporary data directory and a real listener, and Debian's chromium driven by
 * playwright-core. Every page collects browser console errors and failed requests; tests assert
 * there are none, that no message key is shown as text, and that axe-core finds no serious or
 * critical violation. Screenshots go to `test-output/console/` (not committed).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, selectors, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { consoleIsCurrent } from '../../services/console/console-bundle';
import { SettableClock } from '../../services/config/clock';
import { buildPlatform, type Platform } from '../../services/composition-root';
import { seedDemo, type DemoSummary } from '../../services/demo/seed-demo';
import { AUTHORITY_TOKEN, makeTempDir, testConfig } from '../fixtures/test-platform';

export const SCREENSHOTS = path.join(__dirname, '..', '..', 'test-output', 'console');
export const CHROMIUM = process.env.SHUYU_CHROMIUM ?? '/usr/bin/chromium';

export type DemoTokens = { authority: string; operator: string; auditor: string; examiner: string; sources: Record<string, string> };
export type ConsoleWorld = { url: string; platform: Platform; demo: DemoSummary; tokens: DemoTokens; browser: Browser; dataDir: string; close(): Promise<void> };
export type Locale = 'zh-CN' | 'en';

export async function startConsoleWorld(): Promise<ConsoleWorld> {
  if (!consoleIsCurrent()) throw new Error('the console bundle is stale or missing (its build failed in the global setup): run npm run build:console to see why');
  const dataDir = makeTempDir('shuyu-e2e-');
  const clock = new SettableClock(new Date().toISOString());
  const platform = await buildPlatform(testConfig(dataDir, { SHUYU_DEMO: '1', SHUYU_WORKER_ISOLATION: 'none' }), { clock });
  const demo = await seedDemo(platform, AUTHORITY_TOKEN);
  const file = JSON.parse(fs.readFileSync(demo.tokensFile, 'utf8')) as { principals: Record<string, { token: string; role: string; unit: string }> };
  const byRole = (role: string) => Object.values(file.principals).filter((p) => p.role === role);
  const sources = Object.fromEntries(Object.entries(file.principals).filter(([, p]) => p.role === 'source').map(([name, p]) => [name, p.token]));
  const tokens: DemoTokens = { authority: AUTHORITY_TOKEN, operator: byRole('operator')[0].token, auditor: byRole('auditor')[0].token, examiner: byRole('examiner')[0].token, sources };
  const server: Server = platform.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  selectors.setTestIdAttribute('data-test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url, platform, demo, tokens, browser, dataDir,
    async close() {
      await browser.close().catch(() => undefined);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the world before the calling file's tests and closes it after them; the accessor gives it to the tests. */
export function useConsoleWorld(): () => ConsoleWorld {
  let world: ConsoleWorld | undefined;
  beforeAll(async () => {
    world = await startConsoleWorld();
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });
  return () => world as ConsoleWorld;
}

/** A browser tab in one language, recording console errors, page errors and failed requests. */
export type ConsolePage = {
  page: Page;
  context: BrowserContext;
  errors: string[];
  signIn(token: string): Promise<void>;
  go(pathname: string): Promise<void>;
  shot(name: string): Promise<void>;
  /** Texts on screen that look like message keys (`area.key`). */
  shownKeys(): Promise<string[]>;
  close(): Promise<void>;
};

const AREAS = ['common', 'shell', 'home', 'catalog', 'source', 'operator', 'workspace', 'authority', 'auditor', 'governance', 'filings', 'selection'];
const KEY_PATTERN = new RegExp(`\\b(?:${AREAS.join('|')})\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)*\\b`, 'g');

export async function openConsole(world: ConsoleWorld, locale: Locale, options: { acceptDownloads?: boolean } = {}): Promise<ConsolePage> {
  const context = await world.browser.newContext({ locale, timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 }, acceptDownloads: options.acceptDownloads ?? true });
  // The console remembers its language in localStorage; a test picks it before the first page.
  await context.addInitScript((l) => {
    if (!window.localStorage.getItem('shuyu.locale')) window.localStorage.setItem('shuyu.locale', l);
  }, locale);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // Chromium logs every 4xx answer as a console error; a journey provokes refusals on purpose,
    // and 5xx answers are caught below from the responses themselves.
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('response', (r) => {
    // API refusals a journey provokes on purpose (4xx) are part of the story; a 5xx never is.
    if (r.status() >= 500) errors.push(`http ${r.status()} ${r.url()}`);
  });
  return {
    page, context, errors,
    async signIn(token) {
      await page.goto(`${world.url}/sign-in`);
      await page.getByTestId('token-input').fill(token);
      await page.getByTestId('sign-in').click();
      await page.getByTestId('whoami').waitFor();
    },
    async go(pathname) {
      await page.goto(`${world.url}${pathname}`);
    },
    async shot(name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${locale}.png`), fullPage: true });
    },
    async shownKeys() {
      const text = await page.evaluate(() => document.body.innerText);
      return [...text.matchAll(KEY_PATTERN)].map((m) => m[0]);
    },
    async close() {
      await context.close();
    },
  };
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
}

/** A call to the API as `token`, for a journey's setup and its checks of the outcome. */
export async function apiCall<T = Record<string, unknown>>(world: ConsoleWorld, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${world.url}/api/v1${path}`, {
    method, headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as T };
}

/**
 * Releases a run through the API as the demo's reviewers do: the demo's data are important, so
 * the authority approves first and the entrusted examiner second, each after reading the airlock.
 */
export async function releaseByTwo(world: ConsoleWorld, runId: string, comment: string): Promise<{ status: string }> {
  let last: { status: string } = { status: '' };
  for (const token of [world.tokens.authority, world.tokens.examiner]) {
    if ((await apiCall(world, token, 'GET', `/runs/${runId}/review`)).status !== 200) throw new Error('the airlock did not open');
    last = (await apiCall<{ status: string }>(world, token, 'POST', `/runs/${runId}/release`, { decision: 'approve', comment })).body;
  }
  return last;
}

/** Whether every node axe named lies inside a notice (el-message), whatever selector axe chose for it. */
async function everyNodeInNotice(page: Page, violations: AxeViolation[]): Promise<boolean> {
  const selectors = violations.flatMap((v) => v.nodes.map((n) => n.target[n.target.length - 1]));
  return page.evaluate((list) => list.every((sel) => {
    const found = [...document.querySelectorAll(sel)];
    return found.length > 0 && found.every((e) => e.closest('.el-message') !== null);
  }), selectors);
}

/** The page at rest (transitions ended, the pointer off any button): no message key shown, no serious accessibility violation, and a screenshot. */
export async function checkPage(c: ConsolePage, name: string): Promise<void> {
  await c.page.mouse.move(1, 1);
  const settle = () => c.page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))));
  await settle();
  // A notice raised by a response that lands just after (an upload's 已上传) fades in: wait for it too,
  // or axe reads its text half transparent.
  await c.page.waitForTimeout(150);
  await settle();
  if ((await c.shownKeys()).length) throw new Error(`message keys shown on ${name}: ${(await c.shownKeys()).join(', ')}`);
  // A notice (el-message) fading in or out reads half transparent: wait until each is opaque or gone.
  const noticesAtRest = () => c.page.waitForFunction(() => [...document.querySelectorAll('.el-message')].every((e) => getComputedStyle(e).opacity === '1'), undefined, { timeout: 4000 }).catch(() => undefined);
  await noticesAtRest();
  let violations = await seriousViolations(c.page);
  // One that began to fade between that wait and axe's reading: look again once it is at rest
  // (a few times: a second notice may follow the first).
  for (let attempt = 0; attempt < 3 && violations.length && await everyNodeInNotice(c.page, violations); attempt += 1) {
    await c.page.waitForTimeout(300);
    await noticesAtRest();
    violations = await seriousViolations(c.page);
  }
  if (violations.length) throw new Error(`accessibility violations on ${name}: ${JSON.stringify(violations)}`);
  await c.shot(name);
}
