/// <reference lib="dom" />
/**
 * The data-source unit's console in a real browser, in both languages: register a dataset (columns
 * prefilled from a CSV sample, a duplicate column refused at that column), upload a file with a bad
 * row (the problems table names row and column), upload the fixed file and then the same rows as a
 * named sheet of an .xlsx workbook, write masking rules in the
 * YAML editor, preview raw against masked rows, save them as a version; a rule set that omits a
 * personal column is refused at that column; consent to (and refuse, with a reason only) fresh
 * applications in the consent inbox. Another role opening these pages sees the forbidden page.
 */
import type { Page } from 'playwright-core';
import { workbook } from '../fixtures/households-dataset';
import { checkPage, openConsole, startConsoleWorld, type ConsoleWorld, type Locale } from './console-world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let world: ConsoleWorld;
let residentsId: string;
let residentsOwner: string;

type Json = Record<string, unknown>;

async function call(token: string, method: string, url: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${world.url}/api/v1${url}`, {
    method, headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

beforeAll(async () => {
  world = await startConsoleWorld();
  residentsId = world.demo.datasets.residents;
  const residents = (await call(world.tokens.authority, 'GET', `/datasets/${residentsId}`)).body;
  for (const token of Object.values(world.tokens.sources)) {
    if ((await call(token, 'GET', '/me')).body.unit === residents.ownerUnit) residentsOwner = token;
  }
  expect(residentsOwner).toBeDefined();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** Checks a main page: no message key shown, no serious accessibility violation, a screenshot. */
/** Picks an option of an Element Plus select. */
/**
 * Picks an option of a select and checks it took: under load a dropdown that is still closing
 * can hold a visible option of the same name, and a click there changes the other select.
 */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name: option, exact: true }).last().click();
    if ((await page.getByTestId(testId).innerText()).includes(option)) return;
    await page.keyboard.press('Escape');
  }
  throw new Error(`could not choose ${option} in ${testId}`);
}

/** Replaces the YAML editor's text (CodeMirror) as a user would. */
async function writeRules(page: Page, yaml: string): Promise<void> {
  const editor = page.getByTestId('rules-yaml-input');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(yaml);
}

async function cells(page: Page, table: string, column: string): Promise<string[]> {
  return page.getByTestId(table).locator(`td[data-col="${column}"]`).allInnerTexts();
}

/** Browser console errors, less the 422s a journey provokes on purpose (Chrome logs each failed request). */
function unexpected(errors: string[], expected422: number): string[] {
  const refusals = errors.filter((e) => /status of 422/.test(e));
  expect(refusals.length).toBeLessThanOrEqual(expected422);
  return errors.filter((e) => !/status of 422/.test(e));
}

const HEADER = 'person_id,name,id_number,visit_date,amount';
const rows = (bad: boolean) => [
  'P001,张三丰,11010519491231002X,2024-03-01,120.50',
  'P002,李四,110105194912310037,2024-03-02,80.00',
  `P003,王五,440306199001011234,2024-03-03,${bad ? 'not-a-number' : '66.10'}`,
  'P004,赵六,440306198505052345,2024-03-04,15.00',
];
const csv = (bad: boolean) => Buffer.from(`${HEADER}\n${rows(bad).join('\n')}\n`, 'utf8');

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  const en = locale === 'en';
  const suffix = locale.toLowerCase().replace('-', '_');

  test('a source registers a dataset, uploads a bad then a fixed file, previews and saves masking rules', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(residentsOwner);
    await c.page.getByTestId('nav-source-datasets').click();
    await c.page.getByTestId('my-dataset-residents').waitFor();
    expect(await c.page.getByTestId('my-datasets').innerText()).not.toContain('enterprises');
    await checkPage(c, 'source-datasets');

    // Register: columns from a sample file's header, a duplicate column refused at that column.
    await c.page.getByTestId('register-dataset').click();
    const name = `visits_${suffix}`;
    await c.page.getByTestId('sample-file').setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: csv(false) });
    await c.page.getByTestId('col-name-4').waitFor();
    expect(await c.page.getByTestId('col-name-1').inputValue()).toBe('name');
    expect(await c.page.getByTestId('col-type-3').innerText()).toContain('DATE');
    expect(await c.page.getByTestId('col-type-4').innerText()).toContain('DECIMAL(18,2)');
    expect(await c.page.getByTestId('ds-name').inputValue()).toBe(name);
    await c.page.getByTestId('ds-title').fill(en ? 'Clinic visits' : '门诊就诊记录');
    await choose(c.page, 'col-personal-1', en ? 'Personal' : '个人信息');
    await choose(c.page, 'col-identifier-1', en ? 'Direct identifier' : '直接标识');
    await choose(c.page, 'col-personal-2', en ? 'Sensitive personal' : '敏感个人信息');
    await choose(c.page, 'col-identifier-2', en ? 'Direct identifier' : '直接标识');
    await c.page.getByTestId('add-column').click();
    await c.page.getByTestId('col-name-5').fill('name');
    await checkPage(c, 'source-register');
    await c.page.getByTestId('register-submit').click();
    await c.page.getByTestId('col-problem-name').first().waitFor();
    expect(await c.page.getByTestId('register-problems').innerText()).toContain('name');
    await c.shot('source-register-problem');
    await c.page.getByRole('button', { name: en ? 'Remove column 6' : '删除第 6 个字段' }).click();
    await c.page.getByTestId('register-submit').click();
    await c.page.waitForURL(/\/source\/datasets\/ds_[^/?]+\?tab=upload/);
    const datasetId = /\/source\/datasets\/(ds_[^/?]+)/.exec(c.page.url())![1];
    const registered = (await call(residentsOwner, 'GET', `/datasets/${datasetId}`)).body as { name: string; columns: { name: string; personal: string; identifier: string }[] };
    expect(registered.name).toBe(name);
    expect(registered.columns.map((col) => col.name)).toEqual(['person_id', 'name', 'id_number', 'visit_date', 'amount']);
    expect(registered.columns[2]).toMatchObject({ personal: 'sensitive', identifier: 'direct' });

    // Upload a file with a bad row 3, see row and column; then the fixed file.
    await c.page.getByTestId('upload-file').setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer: csv(true) });
    await c.page.getByTestId('upload-start').click();
    const problems = c.page.getByTestId('upload-problems');
    await problems.waitFor();
    const firstProblem = await problems.locator('tbody tr').first().innerText();
    expect(firstProblem).toMatch(/\b3\b/);
    expect(firstProblem).toContain('amount');
    await checkPage(c, 'source-upload-problems');
    expect((await call(residentsOwner, 'GET', `/datasets/${datasetId}/versions`)).body.versions).toEqual([]);
    await c.page.getByTestId('upload-file').setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer: csv(false) });
    await c.page.getByTestId('upload-start').click();
    await c.page.getByTestId('upload-result').waitFor();
    expect(await c.page.getByTestId('upload-version').innerText()).toBe('1');
    expect(await c.page.getByTestId('upload-problems').count()).toBe(0);
    await checkPage(c, 'source-upload');
    // The same rows as an Excel workbook: its second sheet, named, under a title row.
    await c.page.getByTestId('upload-file').setInputFiles({ name: 'visits.xlsx', mimeType: XLSX, buffer: await workbook([
      { name: en ? 'Notes' : '说明', rows: [['—']] },
      { name: en ? 'Visits' : '就诊', rows: [[en ? 'Clinic visits' : '门诊就诊记录'], HEADER.split(','), ...rows(false).map((r) => r.split(','))] },
    ]) });
    await c.page.locator('#upload-sheet').fill(en ? 'Visits' : '就诊');
    await c.page.getByTestId('upload-start').click();
    await c.page.getByTestId('upload-version').getByText('2').waitFor();
    expect(await c.page.getByTestId('upload-read-as').innerText()).toBe(en ? '.xlsx · Visits' : '.xlsx · 就诊');
    const versions = (await call(residentsOwner, 'GET', `/datasets/${datasetId}/versions`)).body.versions as { version: number; rows: number }[];
    expect(versions).toEqual([expect.objectContaining({ version: 1, rows: 4 }), expect.objectContaining({ version: 2, rows: 4, format: 'xlsx' })]);
    await c.page.locator('#tab-versions').click();
    await c.page.getByTestId('data-version-1').waitFor();

    // Rules: write YAML, preview raw against masked, save as version 1.
    await c.page.locator('#tab-rules').click();
    await c.page.getByTestId('rules-yaml-input').waitFor();
    // Detection on a sample of the uploaded version; a suggestion goes into the draft.
    await c.page.getByTestId('detect-section').getByRole('button').first().click();
    await c.page.getByTestId('detect-run').click();
    await c.page.getByTestId('detect-table').waitFor();
    expect(await c.page.getByTestId('detect-table').innerText()).toContain(en ? 'Person name' : '姓名');
    await c.page.getByTestId('detect-apply-name').click();
    await c.page.getByTestId('rules-yaml-input').getByText('kind: cn_name').waitFor();
    await checkPage(c, 'source-detect');
    await writeRules(c.page, 'description: visits\ncolumns:\n  name: { strategy: fake, kind: cn_name }\n  id_number: { strategy: pseudonymize, prefix: P }\n');
    await c.page.getByTestId('rules-preview').click();
    await c.page.getByTestId('preview-after').waitFor();
    const rawNames = await cells(c.page, 'preview-before', 'name');
    const fakeNames = await cells(c.page, 'preview-after', 'name');
    expect(rawNames).toEqual(['张三丰', '李四', '王五', '赵六']);
    expect(fakeNames).toHaveLength(4);
    fakeNames.forEach((fake, i) => expect(fake).not.toBe(rawNames[i]));
    const rawIds = await cells(c.page, 'preview-before', 'id_number');
    const pseudonyms = await cells(c.page, 'preview-after', 'id_number');
    pseudonyms.forEach((p, i) => {
      expect(p).toMatch(/^P[0-9a-f]+$/);
      expect(p).not.toBe(rawIds[i]);
    });
    expect(await cells(c.page, 'preview-after', 'person_id')).toEqual(await cells(c.page, 'preview-before', 'person_id'));
    await checkPage(c, 'source-rules-preview');
    await c.page.getByTestId('rules-save').click();
    await c.page.getByTestId('rule-version-1').waitFor();
    const stored = (await call(residentsOwner, 'GET', `/datasets/${datasetId}/masking-rules`)).body as { versions: { version: number; document: { columns: Json } }[] };
    expect(stored.versions.map((v) => v.version)).toEqual([1]);
    expect(stored.versions[0].document.columns.name).toEqual({ strategy: 'fake', kind: 'cn_name' });

    // Privacy by default: rules that omit the personal column "name" are refused at that column.
    await writeRules(c.page, 'columns:\n  id_number: { strategy: pseudonymize }\n');
    await c.page.getByTestId('rules-preview').click();
    await c.page.getByTestId('rules-problems').locator('[data-column="name"]').waitFor();
    await c.page.getByTestId('rules-save').click();
    await c.page.getByTestId('rules-problems').locator('[data-column="name"]').waitFor();
    expect((await call(residentsOwner, 'GET', `/datasets/${datasetId}/masking-rules`)).body.versions).toHaveLength(1);
    await c.page.getByTestId('rules-mode-form').click();
    await c.page.getByTestId('rules-form').waitFor();
    expect(await c.page.getByTestId('rule-col-problem-name').innerText()).toContain('name');
    expect(await c.page.getByTestId('rule-row-name').getAttribute('class')).toContain('row-problem');
    expect(await c.page.getByTestId('rule-row-id_number').getAttribute('class')).not.toContain('row-problem');
    await checkPage(c, 'source-rules-form');

    // The form writes the YAML: give "name" a mask, and the saved version 2 has it.
    await choose(c.page, 'rule-strategy-name', en ? 'Mask' : '遮蔽');
    await c.page.getByTestId('rules-save').click();
    await c.page.getByTestId('rule-version-2').waitFor({ timeout: 60_000 });
    const second = (await call(residentsOwner, 'GET', `/datasets/${datasetId}/masking-rules`)).body as { versions: { version: number; document: { columns: Json } }[] };
    expect(second.versions[1].document.columns.name).toMatchObject({ strategy: 'mask' });

    expect(unexpected(c.errors, 4)).toEqual([]);
    await c.close();
  }, 300_000);

  test('the source consents to a fresh application in the inbox; a refusal needs a reason', async () => {
    const now = Date.now();
    const apply = async (scenario: string) => {
      const created = await call(world.tokens.operator, 'POST', '/applications', {
        scenario, purpose: en ? 'Employment statistics by sub-district' : '按街道统计就业情况',
        datasets: [{ datasetId: residentsId, columns: ['gender', 'street', 'income'] }],
        startsAt: new Date(now).toISOString(), endsAt: new Date(now + 180 * 24 * 3600 * 1000).toISOString(),
      });
      expect(created.status).toBe(201);
      return String(created.body.id);
    };
    const toConsent = await apply(`${locale} consent ${now}`);
    const toRefuse = await apply(`${locale} refuse ${now}`);

    const c = await openConsole(world, locale);
    await c.signIn(residentsOwner);
    await c.page.getByTestId('nav-source-consents').click();
    const card = c.page.getByTestId(`consent-app-${toConsent}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('深圳示例数据科技有限公司');
    expect(await card.innerText()).toContain('income');
    await checkPage(c, 'source-consents');

    // Consent.
    await card.getByTestId(`consent-approve-${residentsId}`).click();
    const dialog = c.page.getByRole('dialog');
    await dialog.waitFor();
    await c.page.getByTestId('consent-comment').fill(en ? 'Agreed for this scenario' : '同意在约定场景内使用');
    await checkPage(c, 'source-consent-dialog');
    await c.page.getByTestId('consent-submit').click();
    await card.waitFor({ state: 'detached' });
    const consented = (await call(residentsOwner, 'GET', `/applications/${toConsent}`)).body as { consents: { datasetId: string; decision: string }[] };
    expect(consented.consents).toEqual([expect.objectContaining({ datasetId: residentsId, decision: 'approve' })]);

    // Refuse: not possible without a reason.
    const other = c.page.getByTestId(`consent-app-${toRefuse}`);
    await other.getByTestId(`consent-reject-${residentsId}`).click();
    await dialog.waitFor();
    expect(await c.page.getByTestId('consent-submit').isDisabled()).toBe(true);
    await c.page.getByTestId('consent-comment').fill(en ? 'Income is too sensitive for this purpose' : '收入字段对该用途过于敏感');
    expect(await c.page.getByTestId('consent-submit').isDisabled()).toBe(false);
    await c.page.getByTestId('consent-submit').click();
    await other.waitFor({ state: 'detached' });
    const refused = (await call(residentsOwner, 'GET', `/applications/${toRefuse}`)).body as { consents: { decision: string; comment: string }[] };
    expect(refused.consents).toEqual([expect.objectContaining({ decision: 'reject', comment: expect.stringMatching(/income|收入/i) })]);

    // Both are listed as decided, with their decisions.
    await c.page.getByTestId('consent-tab-done').click();
    await c.page.getByTestId(`consent-app-${toRefuse}`).getByTestId(`consent-decided-${residentsId}`).waitFor();
    expect(await c.page.getByTestId(`consent-app-${toConsent}`).getByTestId(`consent-decided-${residentsId}`).innerText()).toContain(en ? 'Consented' : '已同意');
    await checkPage(c, 'source-consents-decided');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 180_000);

  test('other roles have no source menu entries and see the forbidden page on source routes', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.auditor);
    expect(await c.page.getByTestId('nav-source-datasets').count()).toBe(0);
    expect(await c.page.getByTestId('nav-source-consents').count()).toBe(0);
    for (const path of ['/source/datasets', `/source/datasets/${residentsId}`, '/source/consents']) {
      await c.go(path);
      await c.page.waitForURL(/\/forbidden/);
      await c.page.getByText(en ? 'Not allowed' : '无权访问').first().waitFor();
    }
    await checkPage(c, 'source-forbidden');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);
});
