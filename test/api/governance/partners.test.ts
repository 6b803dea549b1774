/**
 * Partners (运营合作方) through the API: an operator files a partner with its duties, term and
 * evidence; the authority accepts it; the partner's principals explore the operator's dev twins
 * and submit models, but reach live data (runs, released outputs) only once the authority grants
 * it; every action is audited as the partner; an ended or expired partner holds nothing.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';
import { fixtureMaterial } from '../../fixtures/selection-fixtures';

describe('partners', () => {
  let t: TestPlatform;
  let w: World;
  let sandboxId: string;
  let agreementId: string;
  const post = (path: string, body: object, token = t.authorityToken) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);
  const get = (path: string, token = t.authorityToken) => t.http.get(`/api/v1${path}`).set(...bearer(token));
  const file = (body: object = {}) => post('/partners', {
    name: '深圳某算法公司', unit: '深圳某算法公司', duties: '协助开发就业统计模型', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z', documents: [fixtureMaterial], ...body,
  }, w.operator.token);
  const partnerPrincipal = (partnerId: string, unit = '深圳某算法公司', name = `partner-${Math.random().toString(36).slice(2, 8)}`) =>
    post('/principals', { name, role: 'partner', unit, partnerId });

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 120);
    ({ sandboxId, agreementId } = await approvedAgreement(t, w, ['street', 'income']));
  });
  afterAll(() => t.destroy());

  it('a filed partner has no principal until the authority accepts it, and then only of its own unit', async () => {
    const filed = await file();
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'filed', operatorUnit: '深圳某数据科技公司', liveAccess: false });
    expect((await partnerPrincipal(filed.body.id)).body.error.code).toBe('invalid_partner');
    const waiting = async () => ((await get('/inbox')).body.items as { kind: string; count: number }[]).find((i) => i.kind === 'partners.review')?.count;
    expect(await waiting()).toBe(1);
    expect((await post(`/partners/${filed.body.id}/decision`, { decision: 'accept', comment: '备案材料齐全' })).body.status).toBe('accepted');
    expect(await waiting()).toBe(0);
    expect((await partnerPrincipal(filed.body.id, '冒名单位')).body.error.code).toBe('invalid_partner');
    expect((await post('/principals', { name: 'op-with-partner', role: 'operator', unit: 'u', partnerId: filed.body.id })).body.error.code).toBe('invalid_partner');
    expect((await post('/principals', { name: 'partner-without-id', role: 'partner', unit: 'u' })).body.error.code).toBe('invalid_partner');
    const made = await partnerPrincipal(filed.body.id);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ role: 'partner', partnerId: filed.body.id, unit: '深圳某算法公司' });
    // The operator's own unit is no partner.
    expect((await file({ unit: '深圳某数据科技公司' })).body.error.code).toBe('invalid_partner');
  });

  it('a partner explores dev and submits models; live work waits for the authority’s grant; all audited as the partner', async () => {
    const partner = (await file()).body.id as string;
    await post(`/partners/${partner}/decision`, { decision: 'accept' });
    const token = (await partnerPrincipal(partner)).body.token as string;

    expect((await get(`/sandboxes/${sandboxId}/schema`, token)).status).toBe(200);
    expect((await post(`/sandboxes/${sandboxId}/query`, { sql: 'SELECT street, count(*) AS n FROM residents GROUP BY street', tier: 'dev' }, token)).status).toBe(200);
    const model = await post(`/sandboxes/${sandboxId}/models`, { name: '街道收入', sql: 'SELECT street, count(*) AS n, avg(income) AS avg_income FROM residents GROUP BY street', purpose: '统计' }, token);
    expect(model.status).toBe(201);
    await post(`/models/${model.body.id}/review`, { decision: 'approve', comment: '通过' });

    const denied = await post(`/models/${model.body.id}/runs`, {}, token);
    expect({ status: denied.status, message: denied.body.error.message }).toEqual({ status: 403, message: 'role may not execute Sandbox' });
    // The operator runs it; the partner cannot read the released output either.
    const run = await post(`/models/${model.body.id}/runs`, {}, w.operator.token);
    await t.platform.runs.idle();
    expect((await releaseRun(t, run.body.id)).status).toBe(200);
    expect((await get(`/runs/${run.body.id}/output`, token)).status).toBe(403);
    expect((await get(`/runs/${run.body.id}`, token)).status).toBe(200);

    const granted = await post(`/partners/${partner}/access`, { live: true, reason: '参与线上运行' });
    expect(granted.body.liveAccess).toBe(true);
    expect((await get(`/runs/${run.body.id}/output`, token)).status).toBe(200);
    const own = await post(`/models/${model.body.id}/runs`, {}, token);
    expect(own.status).toBe(201);
    await t.platform.runs.idle();

    const partnerId = (await get('/me', token)).body.id as string;
    const entries = (await get(`/audit?actor=${partnerId}`)).body.entries as { action: string; role: string; outcome: string }[];
    expect(entries.length).toBeGreaterThan(4);
    // Requests carry the partner's role; the statements of its run (in the background) its id alone.
    expect(entries.filter((e) => e.role !== 'partner' && !e.action.startsWith('statement.')).map((e) => [e.action, e.role])).toEqual([]);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['sandbox.query', 'model.submit', 'run.create', 'run.output']));
  });

  it('a partner reaches no other operator’s sandbox, and none of the operator’s other rights', async () => {
    const partner = (await file()).body.id as string;
    await post(`/partners/${partner}/decision`, { decision: 'accept' });
    const token = (await partnerPrincipal(partner)).body.token as string;
    const rival = await t.principal('operator', undefined, '另一运营单位');
    const rivalWorld = { ...w, operator: rival };
    const theirs = await approvedAgreement(t, rivalWorld, ['street']);
    expect((await get(`/sandboxes/${theirs.sandboxId}`, token)).status).toBe(404);
    expect((await post(`/sandboxes/${theirs.sandboxId}/query`, { sql: 'SELECT 1 AS one', tier: 'dev' }, token)).status).toBe(404);
    expect((await post(`/agreements/${agreementId}/suspend`, { reason: 'x' }, token)).status).toBe(403);
    expect((await post('/applications', { scenario: 's', purpose: 'p', datasets: [{ datasetId: w.datasetId, columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-05-01T00:00:00Z' }, token)).status).toBe(403);
    expect((await get('/products', token)).status).toBe(403);
    expect((await get('/partners', token)).status).toBe(403);
  });

  it('an ended or expired partnership holds nothing from the next request', async () => {
    const ended = (await file()).body.id as string;
    await post(`/partners/${ended}/decision`, { decision: 'accept' });
    const token = (await partnerPrincipal(ended)).body.token as string;
    expect((await get(`/sandboxes/${sandboxId}`, token)).status).toBe(200);
    expect((await post(`/partners/${ended}/end`, { reason: '合作结束' }, w.operator.token)).body.status).toBe('ended');
    expect((await get(`/sandboxes/${sandboxId}`, token)).status).toBe(403);
    expect((await post(`/partners/${ended}/end`, { reason: '再次' }, w.operator.token)).body.error.code).toBe('already_ended');

    const expiring = (await file({ endsAt: '2026-02-01T00:00:00Z' })).body.id as string;
    await post(`/partners/${expiring}/decision`, { decision: 'accept' });
    const later = (await partnerPrincipal(expiring)).body.token as string;
    expect((await get(`/sandboxes/${sandboxId}`, later)).status).toBe(200);
    const saved = t.clock.now();
    t.clock.set(new Date('2026-02-01T00:00:00Z'));
    try {
      expect((await get(`/sandboxes/${sandboxId}`, later)).status).toBe(403);
    } finally {
      t.clock.set(saved);
    }
  });

  it('operators see their own partners and evidence; another unit’s answer 404', async () => {
    const mine = (await file()).body;
    const rival = await t.principal('operator', undefined, '第三运营单位');
    expect((await get(`/partners/${mine.id}`, rival.token)).status).toBe(404);
    expect((await get(`/partners/${mine.id}/documents/${mine.documents[0].sha256}`, rival.token)).status).toBe(404);
    expect((await post(`/partners/${mine.id}/end`, { reason: 'x' }, rival.token)).status).toBe(404);
    const evidence = await get(`/partners/${mine.id}/documents/${mine.documents[0].sha256}`, w.operator.token);
    expect(evidence.status).toBe(200);
    expect(evidence.headers['content-type']).toBe('application/octet-stream');
    expect(((await get('/partners', rival.token)).body.partners as unknown[]).length).toBe(0);
  });
});
