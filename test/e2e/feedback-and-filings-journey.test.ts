/// <reference lib="dom" />
/**
 * Quality feedback and periodic filings in a real browser (zh-CN): the demo operator raises
 * feedback on a granted column (a pasted ID number is refused on screen), the owning source unit
 * answers and closes it, the operator files for the current period with an attachment, and the
 * authority reads the response times per source unit and the filing. Every outcome is checked
 * through the API.
 */
import crypto from 'node:crypto';
import { apiCall, checkPage, openConsole, startConsoleWorld, type ConsoleWorld } from './console-world';

let world: ConsoleWorld;

beforeAll(async () => {
  world = await startConsoleWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

type Feedback = { id: string; status: string; column: string | null; description: string; answers: { text: string }[] };
type Overview = { obligations: { period: string; startsAt: string; state: string; filingId: string | null }[]; filings: { id: string; current: { attachments: { sha256: string }[] } }[] };

test('feedback answered and closed, a filing with its attachment, read by the authority', async () => {
  const { tokens, demo } = world;
  const agreement = (await apiCall<{ scope: { datasetId: string; columns: string[]; ownerUnit: string }[] }>(world, tokens.operator, 'GET', `/agreements/${demo.agreementId}`)).body;
  const [scoped] = agreement.scope;
  let ownerToken = '';
  for (const token of Object.values(tokens.sources)) {
    if ((await apiCall<{ unit: string }>(world, token, 'GET', '/me')).body.unit === scoped.ownerUnit) ownerToken = token;
  }
  const feedbackOf = async (token: string) => (await apiCall<{ feedback: Feedback[] }>(world, token, 'GET', '/feedback')).body.feedback;

  // The operator raises feedback; an ID number in the text is refused on screen.
  const c = await openConsole(world, 'zh-CN');
  await c.signIn(tokens.operator);
  await c.page.getByTestId('nav-feedback').click();
  await c.page.getByTestId('feedback-column').click();
  await c.page.getByTestId(`feedback-column-${scoped.columns[0]}`).click();
  await c.page.getByTestId('feedback-description').fill('请确认 11010519491231002X 是否在数据中');
  await c.page.getByTestId('feedback-raise').click();
  await c.page.locator('.el-message--error').first().waitFor();
  await c.page.getByTestId('feedback-description').fill('部分记录的取值与现行代码表不一致');
  await c.page.getByTestId('feedback-example-dev').click();
  await c.page.getByTestId('feedback-example-text').fill('开发副本前 20 行中有 3 行取值为旧代码');
  await checkPage(c, 'filings-feedback-raise');
  await c.page.getByTestId('feedback-raise').click();
  let raised: Feedback | undefined;
  for (let i = 0; i < 50 && !raised; i += 1) {
    raised = (await feedbackOf(tokens.operator)).find((f) => f.description === '部分记录的取值与现行代码表不一致');
    if (!raised) await c.page.waitForTimeout(100);
  }
  expect(raised).toMatchObject({ status: 'open', column: scoped.columns[0] });
  await c.page.locator(`[data-test="feedback-state-${raised!.id}"][data-state="open"]`).waitFor();

  // The source unit answers, then closes.
  const s = await openConsole(world, 'zh-CN');
  await s.signIn(ownerToken);
  await s.page.getByTestId('nav-feedback').click();
  await s.page.getByTestId(`feedback-text-${raised!.id}`).fill('已核实，下一版本将按现行代码表更新');
  await s.page.getByTestId(`feedback-answer-${raised!.id}`).click();
  await s.page.locator(`[data-test="feedback-state-${raised!.id}"][data-state="answered"]`).waitFor();
  await checkPage(s, 'filings-feedback-answer');
  await s.page.getByTestId(`feedback-close-${raised!.id}`).click();
  await s.page.locator(`[data-test="feedback-state-${raised!.id}"][data-state="closed"]`).waitFor();
  expect((await feedbackOf(ownerToken)).find((f) => f.id === raised!.id)).toMatchObject({ status: 'closed', answers: [{ text: '已核实，下一版本将按现行代码表更新' }] });
  expect(s.errors).toEqual([]);
  await s.close();

  // The operator files for the current period of a second agreement (the demo's has its filing),
  // with an attachment and a report on its partner.
  const applied = await apiCall<{ id: string }>(world, tokens.operator, 'POST', '/applications', {
    scenario: '报备演示', purpose: '按街道汇总', datasets: [{ datasetId: scoped.datasetId, columns: [scoped.columns[0]] }],
    startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 200 * 86_400_000).toISOString(),
  });
  await apiCall(world, ownerToken, 'POST', `/applications/${applied.body.id}/consents`, { datasetId: scoped.datasetId, decision: 'approve' });
  const agreementId = (await apiCall<{ agreementId: string }>(world, tokens.authority, 'POST', `/applications/${applied.body.id}/decision`, { decision: 'approve' })).body.agreementId;
  const overview = async (token: string) => (await apiCall<Overview>(world, token, 'GET', `/filings?agreementId=${agreementId}`)).body;
  const now = new Date().toISOString();
  const current = (await overview(tokens.operator)).obligations.find((o) => o.startsAt <= now && o.state === 'upcoming')!;
  await c.page.getByTestId('nav-filings').click();
  await c.page.getByTestId('filing-schedule').waitFor();
  await c.page.getByTestId('filings-agreement').click();
  await c.page.getByRole('option', { name: '报备演示' }).click();
  await c.page.getByTestId(`file-${agreementId}-${current.period}`).click();
  await c.page.getByTestId('filing-text').fill('本期按授权范围使用数据，未发生安全事件。');
  await c.page.getByTestId('filing-partner-report').fill('合作方在开发环境协助建模，未接触线上数据。');
  const report = Buffer.from('%PDF-1.4 本期运营情况报告');
  await c.page.getByTestId('filing-files').setInputFiles({ name: '运营情况报告.pdf', mimeType: 'application/pdf', buffer: report });
  await checkPage(c, 'filings-submit');
  await c.page.getByTestId('filing-submit').click();
  await c.page.locator(`[data-test="obligation-state-${agreementId}-${current.period}"][data-state="filed"]`).waitFor();
  const sha256 = crypto.createHash('sha256').update(report).digest('hex');
  await c.page.getByTestId(`filing-file-${sha256}`).waitFor();
  expect((await overview(tokens.operator)).filings.map((f) => f.current.attachments.map((a) => a.sha256))).toEqual([[sha256]]);
  expect(c.errors).toEqual([]);
  await c.close();

  // The authority reads the response times and the filing.
  const a = await openConsole(world, 'zh-CN');
  await a.signIn(tokens.authority);
  await a.page.getByTestId('nav-feedback').click();
  await a.page.getByTestId(`feedback-median-${scoped.ownerUnit}`).waitFor();
  await checkPage(a, 'filings-feedback-statistics');
  await a.page.getByTestId('nav-filings').click();
  await a.page.locator(`[data-test="obligation-state-${agreementId}-${current.period}"][data-state="filed"]`).waitFor();
  await a.page.getByTestId('overdue-by-operator').waitFor();
  await checkPage(a, 'filings-authority');
  expect(a.errors).toEqual([]);
  await a.close();
}, 180_000);
