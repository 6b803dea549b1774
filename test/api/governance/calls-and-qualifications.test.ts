/**
 * Selecting operators (Ch. 3 of the 办法) through the API: the authority opens a call; an
 * operator unit applies with material kept by SHA-256; the authority reviews. Only a unit with a
 * qualification in force applies for data, for a term within it; revoking the qualification
 * suspends the unit's agreements, which resume only once it is qualified again.
 */
import crypto from 'node:crypto';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

type Qualification = { id: string; status: string; operatorUnit: string; validUntil: string | null; materials: { name: string; sha256: string; size: number }[] };

describe('calls and qualifications', () => {
  let t: TestPlatform;
  let w: World;
  const post = (path: string, body: object, token = t.authorityToken) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);
  const get = (path: string, token = t.authorityToken) => t.http.get(`/api/v1${path}`).set(...bearer(token));
  const material = (text: string, name = '营业执照.pdf') => ({ name, contentType: 'application/pdf', base64: Buffer.from(text).toString('base64') });
  const applyFor = (token: string, endsAt = '2026-12-31T00:00:00Z') => post('/applications', {
    scenario: '就业帮扶', purpose: '统计', datasets: [{ datasetId: w.datasetId, columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt,
  }, token);
  const openCall = async (deadline = '2026-03-01T00:00:00Z') => (await post('/calls', { title: '2026年度运营单位征集', requirements: '具备数据安全能力', scenarios: ['就业帮扶'], deadline })).body.id as string;
  const applications = async () => ((await get('/applications')).body.applications as unknown[]).length;

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 60);
  });
  afterAll(() => t.destroy());

  it('an unqualified operator cannot apply for data, and nothing is created', async () => {
    const newcomer = await t.principal('operator', undefined, '新申请单位', { qualified: false });
    const before = await applications();
    const res = await applyFor(newcomer.token);
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 403, code: 'not_qualified' });
    expect(await applications()).toBe(before);
  });

  it('a unit applies to a call with material; once qualified it applies for data within its term', async () => {
    const callId = await openCall();
    const operator = await t.principal('operator', undefined, '候选运营单位', { qualified: false });
    const submitted = await post('/qualifications', { callId, statement: '具备等保三级环境', materials: [material('执照内容'), material('制度内容', '安全制度.pdf')] }, operator.token);
    expect(submitted.status).toBe(201);
    const q = submitted.body as Qualification;
    expect(q).toMatchObject({ status: 'submitted', operatorUnit: '候选运营单位', validUntil: null });
    expect(q.materials[0]).toEqual({ name: '营业执照.pdf', contentType: 'application/pdf', size: Buffer.byteLength('执照内容'), sha256: crypto.createHash('sha256').update('执照内容').digest('hex') });
    const inbox = async () => ((await get('/inbox')).body.items as { kind: string; count: number }[]).find((i) => i.kind === 'qualifications.review')?.count;
    expect(await inbox()).toBe(1);
    const again = await post('/qualifications', { callId, statement: '再次', materials: [material('x')] }, operator.token);
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 409, code: 'already_submitted' });
    expect((await applyFor(operator.token)).status).toBe(403);

    const reviewed = await post(`/qualifications/${q.id}/review`, { decision: 'qualified', reasons: '材料齐全', validUntil: '2026-10-01T00:00:00Z' });
    expect(reviewed.body).toMatchObject({ status: 'qualified', validUntil: '2026-10-01T00:00:00.000Z', reasons: '材料齐全' });
    expect(await inbox()).toBe(0);
    expect((await post(`/qualifications/${q.id}/review`, { decision: 'unqualified', reasons: '改判' })).body.error.code).toBe('already_reviewed');

    const beyond = await applyFor(operator.token, '2026-12-31T00:00:00Z');
    expect(beyond.status).toBe(422);
    expect(beyond.body.error.details).toContainEqual({ path: 'endsAt', message: 'the term may not end after the unit’s qualification (资格) ends' });
    expect((await applyFor(operator.token, '2026-09-30T00:00:00Z')).status).toBe(201);

    const file = await get(`/qualifications/${q.id}/materials/${q.materials[1].sha256}`, operator.token).buffer(true);
    expect(file.status).toBe(200);
    expect(Buffer.from(file.body as Buffer).toString()).toBe('制度内容');
    expect(file.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    expect(file.headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('a qualification lapses at the end of its term', async () => {
    const callId = await openCall();
    const operator = await t.principal('operator', undefined, '短期资格单位', { qualified: false });
    const { id } = (await post('/qualifications', { callId, statement: '说明', materials: [material('m')] }, operator.token)).body as Qualification;
    await post(`/qualifications/${id}/review`, { decision: 'qualified', reasons: '短期', validUntil: '2026-02-01T00:00:00Z' });
    expect((await applyFor(operator.token, '2026-01-31T00:00:00Z')).status).toBe(201);
    const saved = t.clock.now();
    t.clock.set(new Date('2026-02-02T00:00:00Z'));
    try {
      expect((await applyFor(operator.token, '2026-06-01T00:00:00Z')).body.error.code).toBe('not_qualified');
    } finally {
      t.clock.set(saved);
    }
  });

  it('an unqualified review carries its reasons and the unit still cannot apply', async () => {
    const callId = await openCall();
    const operator = await t.principal('operator', undefined, '材料不全单位', { qualified: false });
    const { id } = (await post('/qualifications', { callId, statement: '说明', materials: [material('m')] }, operator.token)).body as Qualification;
    const res = await post(`/qualifications/${id}/review`, { decision: 'unqualified', reasons: '缺少安全制度' });
    expect(res.body).toMatchObject({ status: 'unqualified', reasons: '缺少安全制度', validUntil: null });
    expect((await applyFor(operator.token)).status).toBe(403);
    // It may apply to the same call again after a refusal.
    expect((await post('/qualifications', { callId, statement: '补充材料', materials: [material('m2')] }, operator.token)).status).toBe(201);
  });

  it('a closed call or one past its deadline takes no application', async () => {
    const operator = await t.principal('operator', undefined, '迟到单位', { qualified: false });
    const closed = await openCall();
    expect((await post(`/calls/${closed}/close`, {})).body.status).toBe('closed');
    expect((await post(`/calls/${closed}/close`, {})).body.error.code).toBe('call_closed');
    expect((await post('/qualifications', { callId: closed, statement: 's', materials: [material('m')] }, operator.token)).body.error.code).toBe('call_closed');
    const late = await openCall('2026-01-06T00:00:00Z');
    const saved = t.clock.now();
    t.clock.set(new Date('2026-01-07T00:00:00Z'));
    try {
      expect((await post('/qualifications', { callId: late, statement: 's', materials: [material('m')] }, operator.token)).body.error.code).toBe('call_closed');
    } finally {
      t.clock.set(saved);
    }
    const past = await post('/calls', { title: 't', requirements: 'r', deadline: '2025-01-01T00:00:00Z' });
    expect({ status: past.status, code: past.body.error.code }).toEqual({ status: 422, code: 'invalid_call' });
  });

  it('revoking a qualification suspends the unit’s agreements; they resume only once it is qualified again', async () => {
    const agreement = await approvedAgreement(t, w, ['street', 'income']);
    const qualifications = (await get('/qualifications')).body.qualifications as Qualification[];
    const mine = qualifications.find((q) => q.operatorUnit === '深圳某数据科技公司' && q.status === 'qualified')!;
    const pending = (await applyFor(w.operator.token)).body.id as string;
    await post(`/applications/${pending}/consents`, { datasetId: w.datasetId, decision: 'approve' }, w.source.token);

    const revoked = await post(`/qualifications/${mine.id}/revoke`, { reason: '发生数据安全事件' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.qualification.status).toBe('revoked');
    expect(revoked.body.suspended).toContain(agreement.agreementId);
    expect((await get(`/agreements/${agreement.agreementId}`)).body.status).toBe('suspended');
    const query = await post(`/sandboxes/${agreement.sandboxId}/query`, { sql: 'SELECT 1 AS one', tier: 'dev' }, w.operator.token);
    expect(query.status).toBeGreaterThanOrEqual(400);
    const entry = (await get(`/audit?action=qualification.revoke`)).body.entries.at(-1);
    expect(entry.details.suspendedAgreements).toContain(agreement.agreementId);

    expect((await applyFor(w.operator.token)).body.error.code).toBe('not_qualified');
    const approve = await post(`/applications/${pending}/decision`, { decision: 'approve' });
    expect({ status: approve.status, code: approve.body.error.code }).toEqual({ status: 409, code: 'operator_not_qualified' });
    const resume = await post(`/agreements/${agreement.agreementId}/resume`, { reason: '整改完成' });
    expect({ status: resume.status, code: resume.body.error.code }).toEqual({ status: 409, code: 'operator_not_qualified' });

    const callId = await openCall();
    const again = (await post('/qualifications', { callId, statement: '整改后重新申请', materials: [material('整改报告')] }, w.operator.token)).body as Qualification;
    await post(`/qualifications/${again.id}/review`, { decision: 'qualified', reasons: '整改到位' });
    expect((await post(`/agreements/${agreement.agreementId}/resume`, { reason: '整改完成' })).body.status).toBe('active');
  });

  it('operators see only their own unit’s qualifications; every role reads calls', async () => {
    const other = await t.principal('operator', undefined, '另一运营单位');
    const mine = (await get('/qualifications', w.operator.token)).body.qualifications as Qualification[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((q) => q.operatorUnit === '深圳某数据科技公司')).toBe(true);
    const theirs = ((await get('/qualifications', other.token)).body.qualifications as Qualification[])[0];
    expect((await get(`/qualifications/${theirs.id}`, w.operator.token)).status).toBe(404);
    expect((await get(`/qualifications/${theirs.id}/materials/${theirs.materials[0].sha256}`, w.operator.token)).status).toBe(404);
    expect(((await get('/calls', w.source.token)).body.calls as unknown[]).length).toBeGreaterThan(0);
  });
});
