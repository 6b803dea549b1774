/// <reference lib="dom" />
/**
 * The operator's sandbox workspace in a real browser, in both languages: the list of workspaces,
 * the schema with its masking strategies, SQL typed into the editor and run with Ctrl+Enter, the
 * result in the virtualised grid and as a bar then pie chart, 10,000 rows scrolled to the end with
 * few rows in the DOM, a statement the guard refuses shown inline with its reason, and the query
 * submitted as a model whose checks are shown and which the API then lists as submitted.
 */
import type { Page } from 'playwright-core';
import { openConsole, seriousViolations, startConsoleWorld, type ConsoleWorld, type Locale } from './console-world';

let world: ConsoleWorld;

beforeAll(async () => {
  world = await startConsoleWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const GROUPED = 'SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY n DESC';
const TEN_THOUSAND = 'SELECT a.street, b.industry, CAST(NULL AS VARCHAR) AS remark FROM residents a CROSS JOIN enterprises b LIMIT 10000';
const REFUSED = "COPY residents TO '/tmp/x.csv'";

/** Replaces the editor's text by typing, as a keyboard user would. */
async function typeSql(page: Page, sql: string): Promise<void> {
  await page.getByTestId('sql-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(sql);
  await page.keyboard.press('Escape'); // closes a completion list, if one is open
  expect(await page.getByTestId('sql-editor').innerText()).toBe(sql);
}

/** Waits until no CSS transition or animation runs (axe would see a colour half-way). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length === 0);
}

type Model = { id: string; name: string; status: string; sql: string; parameters: { name: string; type: string }[] };

async function modelsViaApi(): Promise<Model[]> {
  const res = await fetch(`${world.url}/api/v1/sandboxes/${world.demo.sandboxId}/models`, { headers: { Authorization: `Bearer ${world.tokens.operator}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { models: Model[] }).models;
}

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  const zh = locale === 'zh-CN';

  test('the operator queries the dev twin, charts the result, scrolls 10,000 rows, meets a refusal and submits a model', async () => {
    const c = await openConsole(world, locale);
    const { page } = c;
    await c.signIn(world.tokens.operator);

    // The list of workspaces: the demo agreement with its ready sandbox.
    await page.getByTestId('nav-workspaces').click();
    const open = page.getByTestId(`open-workspace-${world.demo.sandboxId}`);
    await open.waitFor();
    expect(await page.getByTestId('workspace-list').innerText()).toContain(zh ? '就绪' : 'Ready');
    expect(await c.shownKeys()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await c.shot('workspaces');
    await open.click();

    // The workspace: header, schema with masking strategies, the editor mounted.
    await page.locator('[data-test="workspace"][data-ready="true"]').waitFor();
    expect(await page.getByTestId('sandbox-state').getAttribute('data-state')).toBe('ready');
    const schema = page.getByTestId('schema-browser');
    const idNumber = schema.locator('[data-column="residents.id_number"]');
    expect(await idNumber.getByTestId('masking').getAttribute('data-masking')).toBe('pseudonymize');
    expect(await idNumber.innerText()).toContain(zh ? '假名化' : 'Pseudonymized');
    expect(await schema.locator('[data-column="residents.income"]').innerText()).toContain(zh ? '加噪' : 'Noise added');
    expect(await schema.locator('[data-column="residents.street"]').innerText()).toContain(zh ? '原样保留' : 'Kept');
    // A click on a column inserts its name where the cursor is.
    await page.getByTestId('sql-editor').click();
    await page.keyboard.press('Control+A');
    await schema.locator('[data-column="residents.street"]').click();
    expect(await page.getByTestId('sql-editor').innerText()).toBe('street');

    // Typed and run with Ctrl+Enter: rows in the grid and a bar chart with one bar per street.
    await typeSql(page, GROUPED);
    await page.keyboard.press('Control+Enter');
    const summary = page.getByTestId('result-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(zh ? '共 6 行' : '6 rows');
    expect(await page.getByTestId('result-grid').innerText()).toContain('光明街道');
    const chart = page.getByTestId('result-chart');
    expect(await chart.getAttribute('data-kind')).toBe('bar');
    expect(await chart.getAttribute('data-points')).toBe('6');
    await chart.locator('svg').waitFor();
    expect(await chart.locator('svg path').count()).toBeGreaterThanOrEqual(6);
    expect(await chart.locator('svg').innerHTML()).toContain('光明街道');
    expect(await chart.getAttribute('aria-label')).toContain('street');
    expect(await c.shownKeys()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await c.shot('workspace');

    // The same result as a pie: one sector per street.
    await page.getByTestId('chart-kind-pie').click();
    await page.locator('[data-test="result-chart"][data-kind="pie"]').waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-test="result-chart"] svg')?.querySelectorAll('path').length ?? 0) >= 6);

    // 10,000 rows (no numeric column: no chart): scrolled to the end by keyboard, few rows in the DOM.
    await typeSql(page, TEN_THOUSAND);
    await page.getByTestId('run-query').click();
    const grid = page.getByTestId('result-grid');
    await page.locator('[data-test="result-grid"][data-rows="10000"]').waitFor();
    expect(await summary.innerText()).toContain(zh ? '共 10,000 行' : '10,000 rows');
    expect(await page.getByTestId('chart-panel').count()).toBe(0);
    expect(await grid.locator('.null').first().innerText()).toBe(zh ? '空值' : 'NULL');
    expect(await grid.locator('[data-row="10000"]').count()).toBe(0);
    await grid.focus();
    await page.keyboard.press('End');
    await grid.locator('[data-row="10000"]').waitFor();
    expect(await grid.locator('[data-row="10000"]').isVisible()).toBe(true);
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(100);
    expect(await grid.locator('[data-row="1"]').count()).toBe(0);

    // A statement the guard refuses: shown inline, above the grid, with its code and reason.
    await typeSql(page, REFUSED);
    await page.keyboard.press('Control+Enter');
    const refusal = page.getByTestId('query-refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('statement_refused');
    expect(await refusal.getAttribute('data-status')).toBe('422');
    const reason = await page.getByTestId('query-refusal-message').innerText();
    expect(reason).toContain(zh ? '语句未通过安全检查' : 'the statement was refused');
    expect(reason).toContain('COPY');
    expect(await c.shownKeys()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await c.shot('workspace-refusal');

    // The grouped query, with a parameter, submitted as a model: the parameter is found, the checks shown.
    const name = `street_counts_${locale === 'en' ? 'en' : 'zh'}_${Date.now()}`;
    const modelSql = GROUPED.replace('GROUP BY', 'WHERE gender = $gender GROUP BY');
    await typeSql(page, modelSql);
    await page.getByTestId('submit-model').click();
    const dialog = page.getByTestId('model-dialog');
    await page.getByTestId('model-name').fill(name);
    await page.getByTestId('model-purpose').fill(zh ? '按街道统计常住人口数量，用于就业帮扶资源配置' : 'Residents per street, to allocate employment support');
    expect(await page.getByTestId('model-parameter-name').inputValue()).toBe('gender');
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('model-submit').click();
    const checks = page.getByTestId('model-checks');
    await checks.waitFor();
    expect(await checks.getByTestId('model-check').count()).toBeGreaterThanOrEqual(5);
    expect(await checks.locator('[data-check="statement_guard"]').getAttribute('data-passed')).toBe('true');
    expect(await checks.locator('[data-check="aggregates"]').innerText()).toContain(zh ? '输出为聚合结果' : 'Aggregated output');
    expect(await dialog.innerText()).toContain(zh ? '已提交' : 'Submitted');
    expect(await c.shownKeys()).toEqual([]);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await c.shot('workspace-model');
    await page.getByTestId('model-close').click();

    // The API holds the model, submitted, with its SQL and typed parameter.
    const model = (await modelsViaApi()).find((m) => m.name === name);
    expect(model).toMatchObject({ status: 'submitted', sql: modelSql, parameters: [{ name: 'gender', type: 'VARCHAR' }] });

    // The refused statement was a 422 on purpose: the browser logs it as a failed resource.
    expect(c.errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await c.close();
  }, 120_000);
});
