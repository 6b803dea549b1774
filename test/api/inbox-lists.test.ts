/**
 * The console's inboxes: GET /models and GET /runs across sandboxes, and GET /inbox counts.
 * Operator A works in one sandbox, operator B (another unit) in another; neither ever sees the
 * other's things, and an operator's runs come only in the operator view (no rowCount or
 * disclosure before the reviewer decides).
 */
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../fixtures/demo-world';
import { releaseRun } from '../fixtures/release-run';

type Item = Record<string, unknown> & { id: string };
const OPERATOR_KEYS = ['createdAt', 'id', 'modelId', 'params', 'releaseComment', 'status', 'updatedAt'];
const WAITING = 'status=awaiting-release&status=blocked&status=failed';

describe('inbox lists', () => {
  let t: TestPlatform;
  let a: World;
  let b: World;
  let auditor: { token: string };
  let otherSource: { token: string };
  const models = { approved: '', rejected: '', submitted: '', ofB: '' };
  const runs = { released: '', waiting: '' };

  const get = (path: string, token: string) => t.http.get(`/api/v1${path}`).set(...bearer(token));
  const ok = async (path: string, token: string) => {
    const res = await get(path, token);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const ids = (items: Item[]) => items.map((i) => i.id);
  const counts = async (token: string) => Object.fromEntries((await ok('/inbox', token)).items.map((i: { kind: string; count: number }) => [i.kind, i.count]));
  const later = <T>(p: PromiseLike<T>) => { t.clock.advance(1000); return p; };
  const submit = async (w: World, sandboxId: string, decision?: 'approve' | 'reject') => {
    const res = await later(t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token))
      .send({ name: `m${Math.random().toString(36).slice(2, 7)}`, sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' }));
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    if (decision) await t.http.post(`/api/v1/models/${res.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision });
    return res.body.id as string;
  };
  const run = async (modelId: string) => {
    const res = await later(t.http.post(`/api/v1/models/${modelId}/runs`).set(...bearer(a.operator.token)).send({}));
    await t.platform.runs.idle();
    return res.body.id as string;
  };
  const apply = async (consent: boolean) => {
    const res = await later(t.http.post('/api/v1/applications').set(...bearer(a.operator.token))
      .send({ scenario: '收件箱', purpose: '待办', datasets: [{ datasetId: a.datasetId, columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' }));
    if (consent) await t.http.post(`/api/v1/applications/${res.body.id}/consents`).set(...bearer(a.source.token)).send({ datasetId: a.datasetId, decision: 'approve' });
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    a = await residentsWorld(t);
    b = { ...a, operator: await t.principal('operator', undefined, '另一家运营单位') };
    auditor = await t.principal('auditor');
    otherSource = await t.principal('source', undefined, '另一个数源单位');
    const sandboxA = (await approvedAgreement(t, a)).sandboxId;
    const sandboxB = (await approvedAgreement(t, b)).sandboxId;
    models.approved = await submit(a, sandboxA, 'approve');
    models.rejected = await submit(a, sandboxA, 'reject');
    models.submitted = await submit(a, sandboxA);
    models.ofB = await submit(b, sandboxB);
    runs.released = await run(models.approved);
    await t.http.get(`/api/v1/runs/${runs.released}/review`).set(...bearer(t.authorityToken));
    const released = await releaseRun(t, runs.released);
    expect(released.body.status).toBe('released');
    runs.waiting = await run(models.approved);
    await later(t.http.post('/api/v1/products').set(...bearer(a.operator.token)).send({ name: '街道人口', kind: 'dataset', runId: runs.released, description: '按街道' }));
    await apply(false);
    await apply(true);
  });
  afterAll(() => t.destroy());

  it('gives the authority every sandbox’s models newest first, each as GET /models/:id answers', async () => {
    const body = await ok('/models', t.authorityToken);
    expect(ids(body.models)).toEqual([models.ofB, models.submitted, models.rejected, models.approved]);
    expect(body.nextCursor).toBeNull();
    expect(body.models[1]).toEqual(await ok(`/models/${models.submitted}`, t.authorityToken));
    expect(body.models[1]).toMatchObject({ agreementId: expect.any(String), sandboxId: expect.any(String) });
  });

  it('filters models by status, one or several', async () => {
    expect(ids((await ok('/models?status=approved', t.authorityToken)).models)).toEqual([models.approved]);
    expect(ids((await ok('/models?status=rejected', a.operator.token)).models)).toEqual([models.rejected]);
    expect(ids((await ok('/models?status=submitted', t.authorityToken)).models)).toEqual([models.ofB, models.submitted]);
    expect(ids((await ok('/models?status=approved&status=rejected', t.authorityToken)).models)).toEqual([models.rejected, models.approved]);
    expect((await get('/models?status=finished', t.authorityToken)).status).toBe(400);
  });

  it('never shows an operator another operator’s models or runs', async () => {
    expect(ids((await ok('/models', a.operator.token)).models)).toEqual([models.submitted, models.rejected, models.approved]);
    expect(ids((await ok('/models', b.operator.token)).models)).toEqual([models.ofB]);
    expect((await ok('/runs', b.operator.token)).runs).toEqual([]);
    expect((await ok('/runs?status=awaiting-release', b.operator.token)).runs).toEqual([]);
  });

  it('refuses the platform-wide lists to source units and auditors (403), and to no token (401)', async () => {
    for (const token of [a.source.token, auditor.token]) {
      for (const path of ['/models', '/runs']) {
        const res = await get(path, token);
        expect({ path, status: res.status, code: res.body.error?.code }).toEqual({ path, status: 403, code: expect.any(String) });
      }
    }
    expect((await t.http.get('/api/v1/runs')).status).toBe(401);
  });

  it('gives the reviewer whole runs, filtered by stored status', async () => {
    const waiting = (await ok(`/runs?${WAITING}`, t.authorityToken)).runs;
    expect(ids(waiting)).toEqual([runs.waiting]);
    expect(waiting[0]).toMatchObject({ rowCount: expect.any(Number), disclosure: expect.any(Object), sandboxId: expect.any(String), agreementId: expect.any(String) });
    expect(ids((await ok('/runs?status=released', t.authorityToken)).runs)).toEqual([runs.released]);
    expect(ids((await ok('/runs', t.authorityToken)).runs)).toEqual([runs.waiting, runs.released]);
  });

  it('gives an operator exactly the operator view, filtered by the status that view shows', async () => {
    const seen = async (query = '') => (await ok(`/runs${query}`, a.operator.token)).runs as Item[];
    const before = await seen();
    expect(ids(before)).toEqual([runs.waiting, runs.released]);
    for (const view of before) {
      expect(OPERATOR_KEYS).toEqual(expect.arrayContaining(Object.keys(view)));
      expect(view).not.toHaveProperty('rowCount');
      expect(view).not.toHaveProperty('disclosure');
    }
    expect(before.map((r) => r.status)).toEqual(['running', 'released']);
    expect(before[0]).toEqual(await ok(`/runs/${runs.waiting}`, a.operator.token));
    expect(ids(await seen('?status=awaiting-release'))).toEqual([]);
    // Past the query deadline the undecided run shows as awaiting release, whatever happened on live.
    t.clock.advance(31_000);
    const after = await seen('?status=awaiting-release');
    expect(after.map((r) => [r.id, r.status])).toEqual([[runs.waiting, 'awaiting-release']]);
    expect(Object.keys(after[0]).sort()).toEqual(['createdAt', 'id', 'modelId', 'params', 'status', 'updatedAt']);
    expect(ids(await seen('?status=released'))).toEqual([runs.released]);
    // A stored status the operator view never shows would be an oracle on live values.
    for (const status of ['blocked', 'failed']) expect((await get(`/runs?status=${status}`, a.operator.token)).status).toBe(400);
  });

  it('pages with limit and cursor, newest first, for the reviewer and in the operator view', async () => {
    const walk = async (path: string, token: string, key: 'models' | 'runs') => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const body: { nextCursor: string | null } & Record<string, Item[]> = await ok(`${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`, token);
        expect(body[key].length).toBeLessThanOrEqual(1);
        seen.push(...ids(body[key]));
        cursor = body.nextCursor;
      } while (cursor && seen.length < 10);
      return seen;
    };
    expect(await walk('/models', t.authorityToken, 'models')).toEqual([models.ofB, models.submitted, models.rejected, models.approved]);
    expect(await walk('/models?status=submitted', t.authorityToken, 'models')).toEqual([models.ofB, models.submitted]);
    expect(await walk('/runs', a.operator.token, 'runs')).toEqual([runs.waiting, runs.released]);
    expect(await walk('/runs?status=released', a.operator.token, 'runs')).toEqual([runs.released]);
    expect((await ok('/models?limit=2', t.authorityToken)).nextCursor).toEqual(expect.any(String));
    expect((await get('/models?cursor=bm90LWEtY3Vyc29y', t.authorityToken)).body.error.code).toBe('invalid_cursor');
    expect((await get('/runs?limit=0', t.authorityToken)).status).toBe(400);
  });

  it('counts what waits for each role, never another tenant’s things', async () => {
    expect(await counts(t.authorityToken)).toEqual({
      'applications.decide': 1, 'applications.awaiting-consent': 1, 'applications.refused': 0, 'models.review': 2, 'runs.release': 1, 'products.review': 1, 'filings.overdue': 0,
      'risks.open': 0, 'qualifications.review': 0, 'directory.review': 0, 'partners.review': 0,
    });
    expect(await counts(a.source.token)).toEqual({ 'applications.consent': 1, 'feedback.open': 0 });
    expect(await counts(otherSource.token)).toEqual({ 'applications.consent': 0, 'feedback.open': 0 });
    expect(await counts(a.operator.token)).toEqual({ 'runs.released': 1, 'applications.pending': 2, 'feedback.answered': 0, 'filings.due': 0 });
    expect(await counts(b.operator.token)).toEqual({ 'runs.released': 0, 'applications.pending': 0, 'feedback.answered': 0, 'filings.due': 0 });
    expect((await counts(auditor.token))['audit.entries']).toBeGreaterThan(10);
  });

  it('audits each list and the inbox like other reads', async () => {
    for (const [action, resource] of [['model.list-all', 'models'], ['run.list-all', 'runs'], ['inbox.read', 'inbox']]) {
      const { entries } = await ok(`/audit?action=${action}&outcome=allowed&order=desc&limit=50`, t.authorityToken);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((e: { resource: string }) => e.resource === resource)).toBe(true);
    }
    const denied = (await ok('/audit?action=model.list-all&outcome=denied', t.authorityToken)).entries;
    expect(denied.length).toBeGreaterThan(0);
  });

  it('counts the auditor’s entries of today in Asia/Shanghai', async () => {
    t.clock.set('2026-01-05T15:59:59.000Z'); // 23:59:59 in Shanghai, still the day of every entry so far
    const today = (await counts(auditor.token))['audit.entries'];
    expect(today).toBeGreaterThan(10);
    t.clock.set('2026-01-05T16:00:00.000Z'); // midnight in Shanghai: a new day
    expect(await counts(auditor.token)).toEqual({ 'audit.entries': 0 });
    expect(await counts(auditor.token)).toEqual({ 'audit.entries': 1 });
  });
});
