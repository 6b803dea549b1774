/**
 * Attack: learn another tenant's activity from the cross-sandbox lists (`GET /models`,
 * `GET /runs`) and the inbox counts (`GET /inbox`). Operator B (another unit, its own sandbox)
 * and a source unit that owns none of the data take a snapshot of everything they may list or
 * count (every status filter, several page sizes, paged with cursors); then operator A submits
 * models, runs them, gets runs released and rejected, and applies for more data; their answers
 * must be byte for byte the same as before. A cursor forged from A's items, or taken from the
 * authority's list, gives B nothing of A's. Source units and auditors may not list models or
 * runs at all, whatever the filter (the same 403, so the refusal says nothing either). A sealed
 * and destroyed sandbox leaves every list and count, its own operator's included.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../fixtures/demo-world';
import { residentsSchema } from '../fixtures/residents-dataset';
import { releaseRun } from '../fixtures/release-run';

const MODEL_FILTERS = ['', '?status=submitted', '?status=approved', '?status=rejected', '?status=submitted&status=approved&status=rejected', '?limit=1', '?limit=100'];
const RUN_FILTERS = ['', '?status=queued', '?status=running', '?status=awaiting-release', '?status=released', '?status=rejected', '?status=released&status=rejected', '?limit=1', '?limit=100'];

describe('attack: another tenant’s models, runs and inbox counts', () => {
  let t: TestPlatform;
  let a: World;
  let b: World;
  let sandboxA: string;
  let agreementA: string;
  let sandboxB: string;
  let outsiderSource: { token: string };
  let auditor: { token: string };
  const modelsA: string[] = [];
  const runsA: string[] = [];
  let modelB: string;

  const get = (url: string, token: string, language = 'en') => t.http.get(`/api/v1${url}`).set(...bearer(token)).set('Accept-Language', language);
  const later = <T>(p: PromiseLike<T>) => { t.clock.advance(1000); return p; };
  const submit = async (operator: World['operator'], sandboxId: string, decision?: 'approve' | 'reject') => {
    const res = await later(t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(operator.token))
      .send({ name: `m${Math.random().toString(36).slice(2, 8)}`, sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' }));
    expect(res.status).toBe(201);
    if (decision) expect((await t.http.post(`/api/v1/models/${res.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision })).status).toBe(200);
    return res.body.id as string;
  };
  const run = async (modelId: string, decision?: 'approve' | 'reject') => {
    const res = await later(t.http.post(`/api/v1/models/${modelId}/runs`).set(...bearer(a.operator.token)).send({}));
    expect(res.status).toBe(201);
    await t.platform.runs.idle();
    if (decision === 'approve') expect((await releaseRun(t, res.body.id, { comment: '审核意见' })).body.status).toBe('released');
    if (decision === 'reject') {
      await t.http.get(`/api/v1/runs/${res.body.id}/review`).set(...bearer(t.authorityToken));
      expect((await t.http.post(`/api/v1/runs/${res.body.id}/release`).set(...bearer(t.authorityToken)).send({ decision, comment: '审核意见' })).status).toBe(200);
    }
    return res.body.id as string;
  };

  /** Everything a caller may list or count, paged, without the request ids. */
  const snapshot = async (token: string, role: 'operator' | 'source') => {
    const seen: Record<string, unknown> = { inbox: (await get('/inbox', token)).body };
    if (role === 'operator') {
      for (const q of MODEL_FILTERS) seen[`models${q}`] = { ...(await get(`/models${q}`, token)).body };
      for (const q of RUN_FILTERS) seen[`runs${q}`] = { ...(await get(`/runs${q}`, token)).body };
    }
    for (const q of ['/models', '/runs', '/models?status=submitted', '/runs?status=released']) {
      const res = await get(q, token);
      seen[`refusal ${q}`] = res.status === 200 ? res.body : { status: res.status, code: res.body.error?.code, message: res.body.error?.message };
    }
    return seen;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    a = await residentsWorld(t);
    b = { ...a, operator: await t.principal('operator', 'operator-b', '另一家运营单位') };
    outsiderSource = await t.principal('source', 'outsider-source', '另一个数源单位');
    auditor = await t.principal('auditor');
    ({ sandboxId: sandboxA, agreementId: agreementA } = await approvedAgreement(t, a));
    ({ sandboxId: sandboxB } = await approvedAgreement(t, b));
    // The outsider source owns a dataset nobody asks for.
    expect((await t.http.post('/api/v1/datasets').set(...bearer(outsiderSource.token)).send({ ...residentsSchema, name: 'outsider_data', title: '无关数据' })).status).toBe(201);
    modelB = await submit(b.operator, sandboxB);
    modelsA.push(await submit(a.operator, sandboxA, 'approve'));
    runsA.push(await run(modelsA[0], 'approve'));
  });
  afterAll(() => t.destroy());

  it('B’s lists and counts, and an outsider source’s, do not move while A works', async () => {
    const beforeB = await snapshot(b.operator.token, 'operator');
    const beforeSource = await snapshot(outsiderSource.token, 'source');
    expect((beforeB['models'] as { models: { id: string }[] }).models.map((m) => m.id)).toEqual([modelB]);
    expect((beforeB['runs'] as { runs: unknown[] }).runs).toEqual([]);

    // A works: models in every state, runs waiting, released and rejected, applications pending.
    modelsA.push(await submit(a.operator, sandboxA), await submit(a.operator, sandboxA, 'reject'), await submit(a.operator, sandboxA, 'approve'));
    runsA.push(await run(modelsA[3]), await run(modelsA[3], 'approve'), await run(modelsA[3], 'reject'), await run(modelsA[0]));
    for (let i = 0; i < 3; i += 1) {
      const applied = await later(t.http.post('/api/v1/applications').set(...bearer(a.operator.token))
        .send({ scenario: '收件箱', purpose: '待办', datasets: [{ datasetId: a.datasetId, columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' }));
      expect(applied.status).toBe(201);
    }
    t.clock.advance(60_000);

    const afterB = await snapshot(b.operator.token, 'operator');
    const afterSource = await snapshot(outsiderSource.token, 'source');
    // B's own run views may settle with time; B has none, so everything must be exactly equal.
    expect(afterB).toEqual(beforeB);
    expect(afterSource).toEqual(beforeSource);
    // A's own counts did move (the test would see a leak).
    const countsA = Object.fromEntries(((await get('/inbox', a.operator.token)).body.items as { kind: string; count: number }[]).map((i) => [i.kind, i.count]));
    expect(countsA).toEqual({ 'runs.released': 2, 'applications.pending': 3, 'feedback.answered': 0, 'filings.due': 0 });
  });

  it('a cursor forged from A’s items, past everything, or injected, gives B only its own', async () => {
    const authorityPage = await get('/models?limit=1', t.authorityToken);
    const forged = [
      authorityPage.body.nextCursor as string,
      Buffer.from(JSON.stringify(['9999-12-31T23:59:59.999Z', 'zzzzzzzz'])).toString('base64url'),
      Buffer.from(JSON.stringify(['9999', `' OR 1=1 OR sandbox_id = '${sandboxA}' --`])).toString('base64url'),
      Buffer.from(JSON.stringify([`9999') OR (1=1`, modelsA[0]])).toString('base64url'),
    ];
    const modelA = (await get(`/models/${modelsA[0]}`, a.operator.token)).body;
    forged.push(Buffer.from(JSON.stringify([modelA.createdAt, modelA.id])).toString('base64url'));
    for (const cursor of forged) {
      const models = await get(`/models?cursor=${cursor}`, b.operator.token);
      expect({ cursor, status: models.status }).toEqual({ cursor, status: 200 });
      for (const m of models.body.models as { id: string; sandboxId: string }[]) expect(m.sandboxId).toBe(sandboxB);
      const runs = await get(`/runs?cursor=${cursor}&limit=100`, b.operator.token);
      expect({ cursor, status: runs.status, runs: runs.body.runs }).toEqual({ cursor, status: 200, runs: [] });
      expect(JSON.stringify([models.body, runs.body])).not.toMatch(new RegExp([sandboxA, agreementA, ...modelsA, ...runsA].join('|')));
    }
  });

  it('source units and auditors may not list models or runs, whatever the filter: the same 403 every time', async () => {
    for (const token of [a.source.token, outsiderSource.token, auditor.token]) {
      for (const language of ['en', 'zh-CN']) {
        const answers = new Set<string>();
        for (const url of ['/models', '/runs', '/models?status=submitted', '/runs?status=blocked', '/runs?status=failed', `/runs?cursor=${Buffer.from('["x","y"]').toString('base64url')}`, '/models?limit=100', '/runs?limit=1']) {
          const res = await get(url, token, language);
          expect({ url, status: res.status, models: res.body.models, runs: res.body.runs }).toEqual({ url, status: 403, models: undefined, runs: undefined });
          answers.add(JSON.stringify({ code: res.body.error.code, message: res.body.error.message, details: res.body.error.details }));
        }
        expect(answers.size).toBe(1);
      }
    }
    // A's source unit sees the use of its data elsewhere, but never as model or run counts.
    const inbox = await get('/inbox', a.source.token);
    expect(inbox.body.items.map((i: { kind: string }) => i.kind)).toEqual(['applications.consent', 'feedback.open']);
  });

  it('B cannot list A’s sandbox models directly either (404, as for a sandbox that does not exist)', async () => {
    const foreign = await get(`/sandboxes/${sandboxA}/models`, b.operator.token);
    const missing = await get('/sandboxes/sbx_00000000-0000-4000-8000-000000000000/models', b.operator.token);
    expect({ status: foreign.status, message: foreign.body.error?.message }).toEqual({ status: 404, message: missing.body.error?.message });
  });

  it('a sealed and destroyed sandbox leaves every list and count, its own operator’s included', async () => {
    const waitingBefore = (await get('/runs?status=awaiting-release&status=blocked&status=failed&limit=100', t.authorityToken)).body.runs as { sandboxId: string }[];
    expect(waitingBefore.some((r) => r.sandboxId === sandboxA)).toBe(true);
    expect((await t.http.post(`/api/v1/agreements/${agreementA}/terminate`).set(...bearer(t.authorityToken)).send({ reason: '安全测试' })).status).toBe(200);
    await t.platform.expiry.run();
    expect(['sealed', 'destroyed']).toContain((await get(`/agreements/${agreementA}`, t.authorityToken)).body.status);

    const everything = [
      ...MODEL_FILTERS.map((q) => `/models${q}`), ...RUN_FILTERS.map((q) => `/runs${q}`),
      '/runs?status=awaiting-release&status=blocked&status=failed&limit=100', '/runs?status=blocked', '/runs?status=failed',
    ];
    for (const token of [t.authorityToken, a.operator.token, b.operator.token]) {
      for (const url of everything) {
        const res = await get(url, token);
        if (res.status === 400) continue; // a stored-status filter, refused to operators
        expect({ url, status: res.status }).toEqual({ url, status: 200 });
        const text = JSON.stringify(res.body);
        for (const id of [sandboxA, agreementA, ...modelsA, ...runsA]) expect({ url, leaked: text.includes(id) ? id : null }).toEqual({ url, leaked: null });
      }
    }
    const countsA = Object.fromEntries(((await get('/inbox', a.operator.token)).body.items as { kind: string; count: number }[]).map((i) => [i.kind, i.count]));
    expect(countsA['runs.released']).toBe(0);
    const countsAuthority = Object.fromEntries(((await get('/inbox', t.authorityToken)).body.items as { kind: string; count: number }[]).map((i) => [i.kind, i.count]));
    expect(countsAuthority['runs.release']).toBe(0);
    expect(countsAuthority['models.review']).toBe(1); // B's, still open
    // One by one: 410 to its operator, 404 to another.
    const own = await get(`/models/${modelsA[0]}`, a.operator.token);
    const intruder = await get(`/models/${modelsA[0]}`, b.operator.token);
    expect({ own: own.status, intruder: intruder.status }).toEqual({ own: 410, intruder: 404 });
  });
});
