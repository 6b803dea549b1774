/// <reference lib="dom" />
/**
 * The web console: the JavaScript a first visit downloads (gzip, as the browser receives it
 * from a compressing proxy; goal under 400 KB) and the time from navigation to the operator's
 * workspace being usable on the demo (schema loaded, editor mounted: `data-ready="true"`; goal
 * under 1.5 s), measured in Debian's chromium against the real server, each visit in a fresh
 * browser context (cold cache). The baseline in the same run is the same navigation to a
 * static file, which bounds what the network and the browser cost on their own.
 */
import zlib from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { goal, median, round, type BenchReport, type BenchSection } from './bench-report';
import { ensureConsoleBuilt } from '../../services/console/console-bundle';
import { startConsoleWorld, type ConsoleWorld } from '../e2e/console-world';

export const CONSOLE_JS_GOAL_KB = 400;
export const WORKSPACE_READY_GOAL_MS = 1500;
const VISITS = 7;

export const consoleBench: BenchSection = {
  name: 'console',
  description: 'web console: initial JavaScript (gzip) and navigation to a usable workspace',
  run: runConsoleBench,
};

type Visit = { ms: number; jsGzipBytes: number; jsFiles: number };

async function visit(world: ConsoleWorld, pathname: string, ready: (page: Page) => Promise<unknown>, token?: string): Promise<Visit> {
  const context = await world.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  if (token) await context.addInitScript((t) => window.sessionStorage.setItem('shuyu.token', t), token);
  const page = await context.newPage();
  // Sizes are taken after the clock stops, so that measuring them costs the visit nothing.
  const scripts: Response[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r);
  });
  try {
    const started = performance.now();
    await page.goto(`${world.url}${pathname}`);
    await ready(page);
    const ms = performance.now() - started;
    const sizes = await Promise.all(scripts.map((r) => r.body().then((b) => zlib.gzipSync(b, { level: 6 }).length, () => 0)));
    return { ms, jsGzipBytes: sizes.reduce((a, b) => a + b, 0), jsFiles: sizes.length };
  } finally {
    await context.close();
  }
}

async function runConsoleBench(): Promise<BenchReport> {
  await ensureConsoleBuilt();
  const world = await startConsoleWorld();
  try {
    const signInVisits: Visit[] = [];
    const workspaceVisits: Visit[] = [];
    const staticVisits: Visit[] = [];
    const workspace = `/workspace/${world.demo.sandboxId}`;
    for (let i = 0; i < VISITS; i++) {
      signInVisits.push(await visit(world, '/sign-in', (p) => p.getByTestId('token-input').waitFor()));
      workspaceVisits.push(await visit(world, workspace, (p) => p.locator('[data-ready="true"]').waitFor({ timeout: 30_000 }), world.tokens.operator));
      staticVisits.push(await visit(world, '/favicon.svg', (p) => p.waitForLoadState('load')));
    }
    const firstJsKb = signInVisits[0].jsGzipBytes / 1024;
    const workspaceJsKb = workspaceVisits[0].jsGzipBytes / 1024;
    const readyMs = median(workspaceVisits.map((v) => v.ms));
    const staticMs = median(staticVisits.map((v) => v.ms));
    const signInMs = median(signInVisits.map((v) => v.ms));
    return {
      name: 'console',
      figures: {
        initialJsGzipKB: round(firstJsKb, 1), initialJsFiles: signInVisits[0].jsFiles,
        workspaceJsGzipKB: round(workspaceJsKb, 1), workspaceJsFiles: workspaceVisits[0].jsFiles,
        signInReadyMsMedian: round(signInMs, 0), workspaceReadyMsMedian: round(readyMs, 0), staticFileMsMedian: round(staticMs, 0),
        workspaceReadyOverStatic: round(readyMs / staticMs, 2),
      },
      tables: [{
        title: `cold visits (median of ${VISITS}, fresh context each)`,
        columns: ['page', 'ms to usable (median)', 'JS files', 'JS gzip KB'],
        rows: [
          ['sign-in (first visit)', round(signInMs, 0), signInVisits[0].jsFiles, round(firstJsKb, 1)],
          ['workspace (signed in, demo sandbox)', round(readyMs, 0), workspaceVisits[0].jsFiles, round(workspaceJsKb, 1)],
          ['static file (baseline)', round(staticMs, 0), 0, 0],
        ],
      }],
      goals: [goal('initialJsGzipKB', round(firstJsKb, 1), '<=', CONSOLE_JS_GOAL_KB), goal('workspaceReadyMsMedian', round(readyMs, 0), '<=', WORKSPACE_READY_GOAL_MS)],
      notes: ['sizes are each script response gzipped at level 6, as a compressing reverse proxy would send it; the platform compresses them the same way (compression middleware) when the browser accepts gzip'],
    };
  } finally {
    await world.close();
  }
}
