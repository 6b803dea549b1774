/**
 * Attack: read the run metadata oracle through the cross-sandbox run list (`GET /api/v1/runs`)
 * rather than `GET /runs/:id`. The operator sweeps a threshold on a model whose cast fails only
 * when a live income lies above it, and on a model whose groups shrink with the threshold (so some
 * runs are blocked or have rows suppressed), then asks the list with every status filter it
 * may use, one page at a time, and reads its inbox. Until the reviewer decides, every run must
 * look the same in the list as in `GET /runs/:id`, whatever happened on live: the same keys, the
 * same status, the same timing; a filter by a stored status (`blocked`, `failed`) is refused the
 * same way whether such runs exist or not; the filtered lists and their paging hold all the
 * runs or none; the cursor holds only what the last item shows; the inbox counts nothing that
 * moves with the outcomes. The reviewer's list does differ between the runs (which shows the
 * operator's would, had it leaked).
 */
import { bearer } from '../fixtures/test-platform';
import { reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld } from './attack-fixture';

const THRESHOLDS = [0, 2000, 4000, 6000, 8000, 10_000, 12_000, 14_000, 20_000, 1e9];
const TIMEOUT_MS = 2000;
const OPERATOR_KEYS = ['createdAt', 'id', 'modelId', 'params', 'status', 'updatedAt'];

type View = Record<string, unknown> & { id: string };

const invariant = (view: View): Record<string, unknown> => {
  const { id, createdAt, updatedAt, params, ...rest } = view;
  return {
    keys: Object.keys(view).sort(),
    idShape: /^run_[0-9a-f-]{36}$/.test(id),
    updatedAfterMs: Date.parse(String(updatedAt)) - Date.parse(String(createdAt)),
    paramsKeys: Object.keys((params ?? {}) as object).sort(),
    ...rest,
  };
};

describe('attack: run outcomes read from the run list, its filters, paging and the inbox', () => {
  let a: AttackWorld;
  const runIds: Record<'cast' | 'threshold', string[]> = { cast: [], threshold: [] };

  const operatorGet = async (url: string) => a.t.http.get(`/api/v1${url}`).set(...bearer(a.w.operator.token));
  const operatorList = async (query = ''): Promise<View[]> => {
    const res = await operatorGet(`/runs${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return res.body.runs as View[];
  };
  /** Walks a list page by page with `limit`, returning the items and the cursors. */
  const walk = async (query: string, limit: number) => {
    const items: View[] = [];
    const cursors: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const res = await operatorGet(`/runs?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      items.push(...(res.body.runs as View[]));
      cursor = res.body.nextCursor;
      if (!cursor) break;
      cursors.push(cursor);
      // The cursor holds the created time and id of the last item the page showed, nothing else.
      const last = (res.body.runs as View[])[(res.body.runs as View[]).length - 1];
      expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual([last.createdAt, last.id]);
    }
    return { items, cursors };
  };

  beforeAll(async () => {
    a = await startAttackWorld({ rows: 300 });
    const threshold = await submitModel(a, 'SELECT street, count(*) AS n FROM residents WHERE income >= $t GROUP BY street', [{ name: 't', type: 'DOUBLE' }]);
    expect(threshold.status).toBe(201);
    expect((await reviewModel(a, threshold.body.id)).status).toBe(200);
    const cast = await a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token)).send({
      name: 'cast_oracle', sql: 'SELECT street, count(*) AS n FROM residents WHERE CASE WHEN income > $t THEN CAST(street AS INTEGER) = 1 ELSE true END GROUP BY street',
      parameters: [{ name: 't', type: 'DOUBLE' }], purpose: '安全测试', exampleParams: { t: 1e12 },
    });
    expect(cast.status).toBe(201);
    expect((await reviewModel(a, cast.body.id)).status).toBe(200);
    const set = await a.t.http.put(`/api/v1/agreements/${a.agreementId}/settings`).set(...bearer(a.t.authorityToken))
      .send({ queryTimeoutMs: TIMEOUT_MS, runsPerDay: 200, runsPerModelPerDay: 50 });
    expect(set.status).toBe(200);
    for (const t of THRESHOLDS) runIds.threshold.push((await runModel(a, threshold.body.id, { t })).body.id);
    for (const t of THRESHOLDS) runIds.cast.push((await runModel(a, cast.body.id, { t })).body.id);
    await a.t.platform.runs.idle();
  }, 120_000);
  afterAll(() => a.t.destroy());

  it('the reviewer’s list tells the outcomes apart (so a leak would be seen)', async () => {
    const res = await a.t.http.get('/api/v1/runs?limit=100').set(...bearer(a.t.authorityToken));
    const statuses = new Set((res.body.runs as { status: string }[]).map((r) => r.status));
    expect(statuses).toContain('failed');
    expect(statuses.size).toBeGreaterThan(1);
    const blockedOrFailed = await a.t.http.get('/api/v1/runs?status=blocked&status=failed').set(...bearer(a.t.authorityToken));
    expect(blockedOrFailed.body.runs.length).toBeGreaterThan(0);
  });

  it('while the runs are within their deadline: every run shows as running, in the list, filtered, paged and one by one', async () => {
    const all = await operatorList('?limit=100');
    expect(all.map((r) => r.id).sort()).toEqual([...runIds.threshold, ...runIds.cast].sort());
    const shapes = all.map(invariant);
    for (const s of shapes) expect(s).toEqual({ ...shapes[0], modelId: s.modelId });
    expect(shapes[0]).toMatchObject({ keys: OPERATOR_KEYS, status: 'running', idShape: true });
    expect((await operatorList('?status=running&limit=100')).map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    for (const status of ['awaiting-release', 'queued', 'released', 'rejected']) expect(await operatorList(`?status=${status}`)).toEqual([]);
    for (const r of all) expect(r).toEqual((await operatorGet(`/runs/${r.id}`)).body);
  });

  it('after the deadline: every run shows as awaiting release, the same way, with the same timing', async () => {
    a.t.clock.advance(TIMEOUT_MS + 50);
    const all = await operatorList('?limit=100');
    const shapes = all.map(invariant);
    for (const s of shapes) expect(s).toEqual({ ...shapes[0], modelId: s.modelId });
    expect(shapes[0]).toMatchObject({ keys: OPERATOR_KEYS, status: 'awaiting-release', updatedAfterMs: TIMEOUT_MS });
    for (const r of all) expect(r).toEqual((await operatorGet(`/runs/${r.id}`)).body);
    // Each model's runs: the same but for the parameter the operator chose.
    for (const ids of Object.values(runIds)) {
      const mine = all.filter((r) => ids.includes(r.id));
      expect(new Set(mine.map((r) => JSON.stringify(invariant(r)))).size).toBe(1);
    }
    const filtered = await operatorList('?status=awaiting-release&limit=100');
    expect(filtered).toEqual(all);
    // In Chinese the operator's view is the very same (it has no text that a language could change).
    const zh = await a.t.http.get('/api/v1/runs?limit=100').set(...bearer(a.w.operator.token)).set('Accept-Language', 'zh-CN');
    expect(zh.body.runs).toEqual(all);
    for (const status of ['running', 'queued', 'released', 'rejected']) expect(await operatorList(`?status=${status}`)).toEqual([]);
  });

  it('pages the filtered lists over every run, with cursors that hold only what the page showed', async () => {
    const all = (await operatorList('?limit=100')).map((r) => r.id);
    for (const limit of [1, 3, 7]) {
      for (const query of ['', '&status=awaiting-release', '&status=awaiting-release&status=running', '&status=queued&status=awaiting-release']) {
        const { items } = await walk(query, limit);
        expect({ limit, query, ids: items.map((r) => r.id) }).toEqual({ limit, query, ids: all });
      }
      const { items: none, cursors } = await walk('&status=released', limit);
      expect({ limit, none, cursors }).toEqual({ limit, none: [], cursors: [] });
    }
  });

  it('refuses a filter by a stored status the same way whether such runs exist or not, in both languages', async () => {
    const answers: string[] = [];
    for (const query of ['status=blocked', 'status=failed', 'status=awaiting-release&status=failed', 'status=blocked&status=running']) {
      for (const language of ['en', 'zh-CN']) {
        const res = await a.t.http.get(`/api/v1/runs?${query}`).set(...bearer(a.w.operator.token)).set('Accept-Language', language);
        expect({ query, status: res.status, runs: res.body.runs }).toEqual({ query, status: 400, runs: undefined });
        answers.push(JSON.stringify({ language, code: res.body.error.code, message: res.body.error.message, details: res.body.error.details }));
      }
    }
    // A fresh operator in another unit, with no run at all, gets the very same refusals.
    const stranger = await a.t.principal('operator', undefined, '无运行的运营单位');
    const strangers: string[] = [];
    for (const query of ['status=blocked', 'status=failed', 'status=awaiting-release&status=failed', 'status=blocked&status=running']) {
      for (const language of ['en', 'zh-CN']) {
        const res = await a.t.http.get(`/api/v1/runs?${query}`).set(...bearer(stranger.token)).set('Accept-Language', language);
        strangers.push(JSON.stringify({ language, code: res.body.error.code, message: res.body.error.message, details: res.body.error.details }));
      }
    }
    expect(strangers).toEqual(answers);
  });

  it('counts nothing in the operator’s inbox that moves with the outcomes', async () => {
    const res = await operatorGet('/inbox');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { kind: 'runs.released', count: 0 }, { kind: 'applications.pending', count: 0 }, { kind: 'feedback.answered', count: 0 }, { kind: 'filings.due', count: 0 },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/blocked|failed|rowCount|disclosure|suppressed/);
  });

  it('the models list shows nothing of the runs on live', async () => {
    const res = await operatorGet('/models');
    expect(res.status).toBe(200);
    for (const model of res.body.models as Record<string, unknown>[]) {
      expect(Object.keys(model)).not.toEqual(expect.arrayContaining(['rowCount']));
      expect(JSON.stringify(model)).not.toMatch(/blocked|failed|suppressed|Conversion Error/);
    }
  });
});
