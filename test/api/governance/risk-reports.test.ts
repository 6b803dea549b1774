/**
 * Risk reports (风险报备) through the API: an operator's risk stop (its own suspension) opens one
 * in the same transaction; the authority opens one itself, acknowledges and closes each; nobody
 * else changes them, and another tenant's operator never sees them.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

type Report = { id: string; agreementId: string; source: string; summary: string; status: string; acknowledgement: string | null; resolution: string | null };

describe('risk reports', () => {
  let t: TestPlatform;
  let w: World;
  let agreement: { agreementId: string; sandboxId: string };

  const reports = async (token = t.authorityToken) => (await t.http.get('/api/v1/risk-reports').set(...bearer(token))).body.riskReports as Report[];
  const post = (path: string, body: object, token = t.authorityToken) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 100);
    agreement = await approvedAgreement(t, w);
  });
  afterAll(() => t.destroy());

  it('an operator’s risk stop opens a report with its reason; the authority acknowledges, then closes it', async () => {
    expect((await post(`/agreements/${agreement.agreementId}/suspend`, { reason: '发现接口调用异常，暂停排查' }, w.operator.token)).status).toBe(200);
    const open = async () => ((await t.http.get('/api/v1/inbox').set(...bearer(t.authorityToken))).body.items as { kind: string; count: number }[]).find((i) => i.kind === 'risks.open')?.count;
    expect(await open()).toBe(1);
    const [report] = (await reports()).filter((r) => r.agreementId === agreement.agreementId);
    expect(report).toMatchObject({ source: 'operator_suspension', summary: '发现接口调用异常，暂停排查', status: 'open' });
    expect((await t.http.get(`/api/v1/risk-reports/${report.id}`).set(...bearer(w.operator.token))).body.status).toBe('open');
    const early = await post(`/risk-reports/${report.id}/close`, { resolution: '已排查' });
    expect({ status: early.status, code: early.body.error.code }).toEqual({ status: 409, code: 'not_acknowledged' });
    const acknowledged = await post(`/risk-reports/${report.id}/acknowledge`, { note: '已知悉，请提交排查报告' });
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', acknowledgement: '已知悉，请提交排查报告' });
    expect((await post(`/risk-reports/${report.id}/acknowledge`, { note: '再次' })).body.error.code).toBe('not_open');
    const closed = await post(`/risk-reports/${report.id}/close`, { resolution: '异常来自测试脚本，已修复' });
    expect(closed.body).toMatchObject({ status: 'closed', resolution: '异常来自测试脚本，已修复' });
    expect(await open()).toBe(0);
    expect((await post(`/risk-reports/${report.id}/close`, { resolution: '再次' })).status).toBe(409);
  });

  it('the authority’s own suspension opens no report; the authority opens one itself', async () => {
    const other = await approvedAgreement(t, w);
    expect((await post(`/agreements/${other.agreementId}/suspend`, { reason: '监管检查' })).status).toBe(200);
    expect((await reports()).filter((r) => r.agreementId === other.agreementId)).toEqual([]);
    const opened = await post('/risk-reports', { agreementId: other.agreementId, summary: '监测到异常下载频次' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ source: 'authority', status: 'open', agreementId: other.agreementId });
    expect((await post('/risk-reports', { agreementId: 'agr_nope', summary: 'x' })).body.error.code).toBe('unknown_agreement');
  });

  it('attack: the operator acknowledges or closes its own report, or opens one to clear its record', async () => {
    const third = await approvedAgreement(t, w);
    await post(`/agreements/${third.agreementId}/suspend`, { reason: '风险暂停' }, w.operator.token);
    const [report] = (await reports()).filter((r) => r.agreementId === third.agreementId);
    expect((await post(`/risk-reports/${report.id}/acknowledge`, { note: '自行确认' }, w.operator.token)).status).toBe(403);
    expect((await post(`/risk-reports/${report.id}/close`, { resolution: '自行关闭' }, w.operator.token)).status).toBe(403);
    expect((await post('/risk-reports', { agreementId: third.agreementId, summary: 'x' }, w.operator.token)).status).toBe(403);
    expect((await t.http.get(`/api/v1/risk-reports/${report.id}`).set(...bearer(t.authorityToken))).body.status).toBe('open');
  });

  it('attack: another tenant’s operator, a source unit or an examiner reads the reports', async () => {
    const outsider = await t.principal('operator', undefined, '另一家数据公司');
    expect(await reports(outsider.token)).toEqual([]);
    const [any] = await reports();
    expect((await t.http.get(`/api/v1/risk-reports/${any.id}`).set(...bearer(outsider.token))).status).toBe(404);
    expect((await t.http.get('/api/v1/risk-reports').set(...bearer(w.source.token))).status).toBe(403);
    const examiner = await t.principal('examiner');
    expect((await t.http.get('/api/v1/risk-reports').set(...bearer(examiner.token))).status).toBe(403);
    const auditor = await t.principal('auditor');
    expect((await reports(auditor.token)).length).toBe((await reports()).length);
  });

  it('the risk stop and its report commit together, with one audit entry', async () => {
    const fourth = await approvedAgreement(t, w);
    await post(`/agreements/${fourth.agreementId}/suspend`, { reason: '一并提交' }, w.operator.token);
    // Suspending again fails, and opens no second report.
    expect((await post(`/agreements/${fourth.agreementId}/suspend`, { reason: '重复' }, w.operator.token)).status).toBe(409);
    expect((await reports()).filter((r) => r.agreementId === fourth.agreementId)).toHaveLength(1);
    const entries = (await t.http.get(`/api/v1/audit?agreement=${fourth.agreementId}&action=agreement.suspend&limit=10`).set(...bearer(t.authorityToken))).body.entries as { outcome: string }[];
    expect(entries.filter((e) => e.outcome === 'allowed')).toHaveLength(1);
    expect(entries).toHaveLength(2);
  });
});
