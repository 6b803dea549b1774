/// <reference lib="dom" />
/**
 * Selecting operators in a real browser (zh-CN): the authority opens a call, the demo operator
 * applies with a file and the authority qualifies it; a source unit proposes its dataset's
 * directory entry and the authority publishes it; the operator files a partner, the authority
 * accepts it and creates its principal; the partner signs in, reaches its operator's workspace
 * and sees neither the run button nor the released output. Every outcome is checked through the API.
 */
import { apiCall, checkPage, openConsole, releaseByTwo, useConsoleWorld, type ConsolePage, type ConsoleWorld } from './console-world';

const current = useConsoleWorld();

/** The first item `find` returns from the API, polled while the page's request lands. */
async function eventually<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 50; i += 1) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('never appeared');
}

const pdf = Buffer.from('%PDF-1.4 资格材料');

test('calls and qualifications: the authority opens a call, the operator applies with a file, the authority qualifies it', async () => {
  const world = current();
  const { tokens } = world;
  const a = await openConsole(world, 'zh-CN');
  await a.signIn(tokens.authority);
  await a.page.getByTestId('nav-selection-calls').click();
  await a.page.getByTestId('call-title').fill('2025 年公共数据运营单位征集');
  await a.page.getByTestId('call-requirements').fill('具有数据安全管理制度和专职人员');
  await a.page.getByTestId('call-open').click();
  type Call = { id: string; title: string };
  const call = await eventually(async () => (await apiCall<{ calls: Call[] }>(world, tokens.authority, 'GET', '/calls')).body.calls.find((c) => c.title === '2025 年公共数据运营单位征集'));
  await a.page.getByTestId(`call-close-${call.id}`).waitFor();

  const o = await openConsole(world, 'zh-CN');
  await o.signIn(tokens.operator);
  await o.go('/selection/calls');
  await o.page.getByTestId(`apply-call-${call.id}`).click();
  await o.page.getByTestId('qualification-statement').fill('本单位具备数据安全管理能力');
  await o.page.getByTestId('qualification-files').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdf });
  await o.page.getByTestId('qualification-submit').click();
  type Qualification = { id: string; callId: string; status: string; materials: { sha256: string }[] };
  const applied = await eventually(async () => (await apiCall<{ qualifications: Qualification[] }>(world, tokens.operator, 'GET', '/qualifications')).body.qualifications.find((q) => q.callId === call.id));
  expect(applied.materials).toHaveLength(1);
  await o.page.locator(`[data-test="qualification-state-${applied.id}"][data-state="submitted"]`).waitFor();
  await checkPage(o, 'selection-calls-operator');

  await a.page.reload();
  await a.page.getByTestId(`evidence-${applied.materials[0].sha256.slice(0, 12)}`).waitFor();
  await a.page.getByTestId(`review-qualification-${applied.id}`).click();
  await a.page.getByTestId('qualification-reasons').fill('材料齐全，符合征集要求');
  await a.page.getByTestId('qualification-review-submit').click();
  await a.page.locator(`[data-test="qualification-state-${applied.id}"][data-state="qualified"]`).waitFor();
  await a.page.getByTestId(`qualification-term-${applied.id}`).waitFor();
  expect((await apiCall<Qualification>(world, tokens.authority, 'GET', `/qualifications/${applied.id}`)).body.status).toBe('qualified');
  expect([...a.errors, ...o.errors]).toEqual([]);
  await Promise.all([a.close(), o.close()]);
}, 60_000);

test('the directory: a source unit proposes its dataset’s entry and the authority publishes it', async () => {
  const world = current();
  const { tokens, demo } = world;
  const dataset = demo.datasets.residents;
  const owner = (await apiCall<{ ownerUnit: string; name: string }>(world, tokens.authority, 'GET', `/datasets/${dataset}`)).body;
  let ownerToken = '';
  for (const token of Object.values(tokens.sources)) if ((await apiCall<{ unit: string }>(world, token, 'GET', '/me')).body.unit === owner.ownerUnit) ownerToken = token;
  const before = (await apiCall<{ version: number }>(world, tokens.authority, 'GET', '/directory')).body.version;

  const s = await openConsole(world, 'zh-CN');
  await s.signIn(ownerToken);
  await s.page.getByTestId('nav-selection-directory').click();
  await s.page.getByTestId(`directory-entry-${owner.name}`).waitFor();
  await s.page.getByTestId('proposal-dataset').click();
  await s.page.getByTestId(`proposal-dataset-${owner.name}`).click();
  await s.page.getByTestId('proposal-note').fill('补充更新字段说明');
  await s.page.getByTestId('proposal-submit').click();
  type Proposal = { id: string; datasetId: string; status: string; note: string | null };
  const proposal = await eventually(async () => (await apiCall<{ proposals: Proposal[] }>(world, ownerToken, 'GET', '/directory/proposals')).body.proposals.find((p) => p.note === '补充更新字段说明'));
  expect(proposal.datasetId).toBe(dataset);
  await s.page.locator(`[data-test="proposal-state-${proposal.id}"][data-state="proposed"]`).waitFor();
  await checkPage(s, 'selection-directory-source');

  const a = await openConsole(world, 'zh-CN');
  await a.signIn(tokens.authority);
  await a.go('/selection/directory');
  await a.page.getByTestId(`decide-proposal-publish-${proposal.id}`).click();
  await a.page.getByTestId('decide-proposal-text').fill('同意');
  await a.page.getByTestId('decide-proposal-confirm').click();
  await a.page.locator(`[data-test="proposal-state-${proposal.id}"][data-state="published"]`).waitFor();
  await a.page.locator(`[data-test="directory-shown"][data-version="${before + 1}"]`).waitFor();
  await checkPage(a, 'selection-directory-authority');
  expect((await apiCall<{ version: number }>(world, tokens.authority, 'GET', '/directory')).body.version).toBe(before + 1);
  expect([...a.errors, ...s.errors]).toEqual([]);
  await Promise.all([a.close(), s.close()]);
}, 60_000);

/** An approved model in the demo sandbox and a run of it released by two reviewers. */
async function releasedRun(world: ConsoleWorld): Promise<{ modelId: string; runId: string }> {
  const { tokens, demo } = world;
  const model = await apiCall<{ id: string }>(world, tokens.operator, 'POST', `/sandboxes/${demo.sandboxId}/models`, {
    name: 'partner_journey', sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street ORDER BY street', purpose: '按街道统计常住人口',
  });
  expect((await apiCall(world, tokens.authority, 'POST', `/models/${model.body.id}/review`, { decision: 'approve' })).status).toBe(200);
  const run = await apiCall<{ id: string }>(world, tokens.operator, 'POST', `/models/${model.body.id}/runs`, { params: {} });
  await world.platform.runs.idle();
  expect((await releaseByTwo(world, run.body.id, '同意出域')).status).toBe('released');
  return { modelId: model.body.id, runId: run.body.id };
}

async function filePartner(o: ConsolePage, world: ConsoleWorld): Promise<{ id: string }> {
  await o.signIn(world.tokens.operator);
  await o.page.getByTestId('nav-selection-partners').click();
  await o.page.getByTestId('partner-name').fill('示例算法服务团队');
  await o.page.getByTestId('partner-unit').fill('深圳示例算法有限公司');
  await o.page.getByTestId('partner-duties').fill('协助开发统计模型，不接触真实数据');
  await o.page.getByTestId('partner-files').setInputFiles({ name: '合作协议.pdf', mimeType: 'application/pdf', buffer: pdf });
  await o.page.getByTestId('partner-submit').click();
  type Partner = { id: string; name: string };
  return eventually(async () => (await apiCall<{ partners: Partner[] }>(world, world.tokens.operator, 'GET', '/partners')).body.partners.find((p) => p.name === '示例算法服务团队'));
}

test('partners: the operator files one, the authority accepts it and creates its principal; the partner works on dev only', async () => {
  const world = current();
  const { tokens, demo } = world;
  const run = await releasedRun(world);
  const o = await openConsole(world, 'zh-CN');
  const partner = await filePartner(o, world);
  await o.page.locator(`[data-test="partner-state-${partner.id}"][data-state="filed"]`).waitFor();

  const a = await openConsole(world, 'zh-CN');
  await a.signIn(tokens.authority);
  await a.go('/selection/partners');
  await a.page.getByTestId(`decide-partner-accept-${partner.id}`).click();
  await a.page.getByTestId('partner-accept-confirm').click();
  await a.page.locator(`[data-test="partner-live-${partner.id}"][data-live="false"]`).waitFor();
  await checkPage(a, 'selection-partners-authority');
  await a.page.getByTestId(`principal-for-partner-${partner.id}`).click();
  await a.page.getByTestId('principal-name').fill('算法团队张工');
  // The partner's unit is the principal's: the form fills it in from the partner.
  await eventually(async () => ((await a.page.getByTestId('principal-unit').inputValue()) === '深圳示例算法有限公司' ? true : undefined));
  await a.page.getByTestId('principal-create').click();
  const token = await a.page.getByTestId('token-value').inputValue();
  expect(token).not.toBe('');

  const p = await openConsole(world, 'zh-CN');
  await p.signIn(token);
  const menu = await p.page.locator('[data-test^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-test')));
  expect(menu.sort()).toEqual(['nav-catalog', 'nav-home', 'nav-operator-models', 'nav-operator-runs', 'nav-selection-directory', 'nav-workspaces']);
  await p.page.getByTestId('nav-workspaces').click();
  await p.page.getByTestId(`open-workspace-${demo.sandboxId}`).click();
  await p.page.locator('[data-test="workspace"][data-ready="true"]').waitFor();
  await p.page.getByTestId('run-query').waitFor();
  await checkPage(p, 'selection-partner-workspace');
  await p.go('/operator/models');
  await p.page.getByTestId(`model-status-${run.modelId}`).waitFor();
  expect(await p.page.locator('[data-test^="run-model-"]').count()).toBe(0);
  await p.go('/operator/runs');
  await p.page.locator(`[data-test="run-status-${run.runId}"] [data-state="released"], [data-test="run-status-${run.runId}"][data-state="released"]`).first().waitFor();
  expect(await p.page.locator('[data-test^="download-"]').count()).toBe(0);
  expect((await apiCall(world, token, 'GET', `/runs/${run.runId}/output`)).status).toBe(403);
  await p.go('/selection/partners');
  await p.page.waitForURL(/\/forbidden/);
  expect([...o.errors, ...a.errors, ...p.errors]).toEqual([]);
  await Promise.all([o.close(), a.close(), p.close()]);
}, 90_000);
