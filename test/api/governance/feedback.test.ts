/**
 * Quality feedback (质量反馈) through the API: an operator raises it on a dataset (and a granted
 * column) of its own agreement, with an example from the dev twin or a released run; the source
 * unit answers and closes it; the operator may close its own; inboxes count what waits; the
 * authority and auditors read everything and the response times per source unit. Another
 * tenant sees none of it; a dataset outside the agreement answers the same whether it exists.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';
import { smallDataset } from '../../fixtures/matrix-world';

type Feedback = {
  id: string; status: string; sourceUnit: string; operatorUnit: string; column: string | null; description: string;
  example: { kind: string; runId: string | null; text: string } | null; answers: { text: string }[]; firstAnsweredAt: string | null; closingNote: string | null;
};
type Stats = { sourceUnit: string; open: number; answered: number; closed: number; responseHours: { count: number; median: number; max: number } | null; oldestOpenHours: number | null };

const COLUMNS = ['street', 'income', 'birth_date'];

describe('quality feedback', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let releasedRunId: string;
  let pendingRunId: string;

  const post = (path: string, body: object, token: string) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);
  const get = (path: string, token: string) => t.http.get(`/api/v1${path}`).set(...bearer(token));
  const raise = (body: object = {}, token = w.operator.token) =>
    post('/feedback', { agreementId, datasetId: w.datasetId, category: 'accuracy', description: '街道名称存在旧称，与现行区划不一致', ...body }, token);
  const inbox = async (token: string) => Object.fromEntries(((await get('/inbox', token)).body.items as { kind: string; count: number }[]).map((i) => [i.kind, i.count]));
  const withoutRequestId = (body: { error: object }) => ({ ...body.error, requestId: undefined });

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 120);
    const made = await approvedAgreement(t, w, COLUMNS);
    agreementId = made.agreementId;
    const model = await post(`/sandboxes/${made.sandboxId}/models`, { name: 'streets', sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' }, w.operator.token);
    await post(`/models/${model.body.id}/review`, { decision: 'approve' }, t.authorityToken);
    const runs: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      runs.push((await post(`/models/${model.body.id}/runs`, {}, w.operator.token)).body.id);
      await t.platform.runs.idle();
    }
    expect((await releaseRun(t, runs[0])).body.status).toBe('released');
    [releasedRunId, pendingRunId] = runs;
  });
  afterAll(() => t.destroy());

  it('an operator raises feedback on a granted column; the source unit answers and then closes it', async () => {
    const raised = await raise({ column: 'street', example: { kind: 'dev', text: '开发副本中街道取值“光明镇”为旧称' } });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ status: 'open', column: 'street', sourceUnit: '光明区人口管理办', operatorUnit: '深圳某数据科技公司', example: { kind: 'dev', runId: null } });
    const id = raised.body.id as string;
    expect((await get('/feedback', w.source.token)).body.feedback.map((f: Feedback) => f.id)).toContain(id);
    expect((await inbox(w.source.token))['feedback.open']).toBe(1);

    const early = await post(`/feedback/${id}/close`, { note: '已处理' }, w.source.token);
    expect({ status: early.status, code: early.body.error.code }).toEqual({ status: 409, code: 'not_answered' });
    t.clock.set('2026-01-05T14:00:00.000Z');
    const answered = await post(`/feedback/${id}/answers`, { text: '已核实，下一版本将统一为现行街道名称' }, w.source.token);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', firstAnsweredAt: '2026-01-05T14:00:00.000Z', answers: [{ text: '已核实，下一版本将统一为现行街道名称' }] });
    expect(await inbox(w.source.token)).toMatchObject({ 'feedback.open': 0 });
    expect(await inbox(w.operator.token)).toMatchObject({ 'feedback.answered': 1 });
    expect((await get(`/feedback/${id}`, w.operator.token)).body.answers).toHaveLength(1);

    const closed = await post(`/feedback/${id}/close`, { note: '已在 2026-02 版本修正' }, w.source.token);
    expect(closed.body).toMatchObject({ status: 'closed', closingNote: '已在 2026-02 版本修正' });
    expect((await inbox(w.operator.token))['feedback.answered']).toBe(0);
    expect((await post(`/feedback/${id}/close`, {}, w.source.token)).body.error.code).toBe('feedback_closed');
    expect((await post(`/feedback/${id}/answers`, { text: '补充说明' }, w.source.token)).body.error.code).toBe('feedback_closed');
  });

  it('the operator may close (withdraw) its own open feedback; it may not answer', async () => {
    const { body } = await raise({ category: 'completeness', description: '部分街道缺少收入数据' });
    expect((await post(`/feedback/${body.id}/answers`, { text: '自问自答' }, w.operator.token)).status).toBe(403);
    const closed = await post(`/feedback/${body.id}/close`, { note: '误报，撤回' }, w.operator.token);
    expect(closed.body).toMatchObject({ status: 'closed', firstAnsweredAt: null });
  });

  it('an example names a released run of the agreement; any other run id gets the same 422', async () => {
    const ok = await raise({ example: { kind: 'run', runId: releasedRunId, text: '输出第 3 行人数明显偏少' } });
    expect(ok.status).toBe(201);
    expect(ok.body.example).toEqual({ kind: 'run', runId: releasedRunId, text: '输出第 3 行人数明显偏少' });
    const other = await approvedAgreement(t, w, COLUMNS);
    const refusals = await Promise.all([pendingRunId, 'run_nope', undefined].map((runId) => raise({ example: { kind: 'run', ...(runId ? { runId } : {}), text: '示例' } })));
    const again = await raise({ agreementId: other.agreementId, example: { kind: 'run', runId: releasedRunId, text: '示例' } });
    for (const res of [...refusals, again]) {
      expect(res.status).toBe(422);
      expect(withoutRequestId(res.body)).toEqual(withoutRequestId(refusals[0].body));
    }
    expect(refusals[0].body.error.code).toBe('invalid_example');
    expect((await raise({ example: { kind: 'dev', runId: releasedRunId, text: '示例' } })).body.error.code).toBe('invalid_example');
  });

  it('a dataset outside the agreement answers the same 422 whether or not it exists; an ungranted column is refused without echo', async () => {
    const foreign = await post('/datasets', smallDataset(), (await t.principal('source', undefined, '市场监管局')).token);
    expect(foreign.status).toBe(201);
    const existing = await raise({ datasetId: foreign.body.id });
    const missing = await raise({ datasetId: 'ds_does_not_exist' });
    expect(existing.status).toBe(422);
    expect(existing.body.error.code).toBe('not_in_agreement');
    expect(withoutRequestId(existing.body)).toEqual(withoutRequestId(missing.body));
    const column = await raise({ column: 'mobile' });
    expect(column.body.error.code).toBe('column_not_granted');
    expect(JSON.stringify(column.body)).not.toContain('mobile');
  });

  it('another tenant’s agreement answers 404; an ended agreement takes no feedback', async () => {
    const outsider = await t.principal('operator', undefined, '另一家数据公司');
    expect((await raise({}, outsider.token)).status).toBe(404);
    const ended = await approvedAgreement(t, w, COLUMNS);
    expect((await post(`/agreements/${ended.agreementId}/terminate`, { reason: '违规' }, t.authorityToken)).status).toBe(200);
    const res = await raise({ agreementId: ended.agreementId });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 409, code: 'agreement_ended' });
  });

  it('only the parties see a feedback: another source unit, another operator unit and an examiner do not', async () => {
    const { body } = await raise({ category: 'timeliness', description: '数据更新滞后一个月' });
    const otherSource = await t.principal('source', undefined, '人力资源局');
    const otherOperator = await t.principal('operator', undefined, '第三家数据公司');
    for (const token of [otherSource.token, otherOperator.token]) {
      expect((await get(`/feedback/${body.id}`, token)).status).toBe(404);
      expect((await get('/feedback', token)).body.feedback).toEqual([]);
    }
    expect((await inbox(otherSource.token))['feedback.open']).toBe(0);
    expect((await inbox(w.source.token))['feedback.open']).toBeGreaterThan(0);
    expect((await post(`/feedback/${body.id}/answers`, { text: '越权答复' }, otherSource.token)).status).toBe(404);
    expect((await post(`/feedback/${body.id}/close`, {}, otherOperator.token)).status).toBe(404);
    const examiner = await t.principal('examiner');
    expect((await get('/feedback', examiner.token)).status).toBe(403);
    const auditor = await t.principal('auditor');
    const all = (await get('/feedback', t.authorityToken)).body.feedback as Feedback[];
    expect((await get('/feedback', auditor.token)).body.feedback).toHaveLength(all.length);
    expect((await get('/feedback?status=closed', t.authorityToken)).body.feedback.every((f: Feedback) => f.status === 'closed')).toBe(true);
  });

  it('statistics per source unit: counts and hours to the first answer (median, max), and the oldest unanswered', async () => {
    const s = await startTestPlatform();
    try {
      const world = await residentsWorld(s, 60);
      const { agreementId: id } = await approvedAgreement(s, world, COLUMNS);
      const make = async () => (await s.http.post('/api/v1/feedback').set(...bearer(world.operator.token))
        .send({ agreementId: id, datasetId: world.datasetId, category: 'other', description: '问题描述' })).body.id as string;
      s.clock.set('2026-01-10T00:00:00.000Z');
      const ids = [await make(), await make(), await make(), await make()];
      for (const [i, hours] of [[0, 2], [1, 6], [2, 30]] as const) {
        s.clock.set(new Date(Date.parse('2026-01-10T00:00:00.000Z') + hours * 3_600_000).toISOString());
        await s.http.post(`/api/v1/feedback/${ids[i]}/answers`).set(...bearer(world.source.token)).send({ text: '已答复' });
      }
      await s.http.post(`/api/v1/feedback/${ids[0]}/close`).set(...bearer(world.source.token)).send({});
      s.clock.set('2026-01-12T12:00:00.000Z');
      const res = await s.http.get('/api/v1/feedback/statistics').set(...bearer(s.authorityToken));
      expect(res.status).toBe(200);
      expect(res.body.sources as Stats[]).toEqual([
        { sourceUnit: '光明区人口管理办', open: 1, answered: 2, closed: 1, responseHours: { count: 3, median: 6, max: 30 }, oldestOpenHours: 60 },
      ]);
      expect((await s.http.get('/api/v1/feedback/statistics').set(...bearer(world.source.token))).status).toBe(403);
      expect((await s.http.get('/api/v1/feedback/statistics').set(...bearer(world.operator.token))).status).toBe(403);
      expect((await s.http.get('/api/v1/feedback/statistics').set(...bearer((await s.principal('auditor')).token))).status).toBe(200);
    } finally {
      await s.destroy();
    }
  });

  it('the audit log records who did what to which feedback, never its texts', async () => {
    const { body } = await raise({ column: 'income', description: '收入字段存在负数记录（开发副本可见）', example: { kind: 'dev', text: '开发副本第 12 行收入为负数' } });
    await post(`/feedback/${body.id}/answers`, { text: '负数为退费冲正记录，属正常' }, w.source.token);
    const entries = (await get(`/audit?agreement=${agreementId}&limit=200`, t.authorityToken)).body.entries as { action: string; resource: string; details: object }[];
    const mine = entries.filter((e) => e.resource === `feedback:${body.id}`);
    expect(mine.map((e) => e.action).sort()).toEqual(['feedback.answer', 'feedback.raise']);
    expect(mine.find((e) => e.action === 'feedback.raise')?.details).toMatchObject({ datasetId: w.datasetId, column: 'income', category: 'accuracy', example: 'dev' });
    const text = JSON.stringify(entries);
    for (const written of ['收入字段存在负数', '第 12 行', '退费冲正']) expect(text).not.toContain(written);
  });
});
