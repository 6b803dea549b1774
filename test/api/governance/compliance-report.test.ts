/**
 * The compliance report of an agreement (合规报告) through the API: its whole history in time
 * order (application, refusal and coordination, consent, decision, entrustment, settings, models
 * and reviews, runs and two-person releases, a registered product, a risk stop with its report,
 * resumption, termination, sealing, destruction and the certificate), each line backed by the
 * audit entries of that very act; printable HTML in Chinese or English under a strict CSP, or
 * JSON with a digest that the request's own audit entry records.
 */
import crypto from 'node:crypto';
import { canonicalJson } from '../../../services/audit/canonical-json';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';
import { fixtureMaterial } from '../../fixtures/selection-fixtures';

type Line = { at: string; kind: string; subject: string | null; facts: Record<string, unknown>; auditSeqs: number[]; actor: { role: string; unit: string | null } | null };
type Report = { agreement: { id: string; purpose: string }; lines: Line[]; audit: { headAtGeneration: { seq: number; hash: string } }; reportSha256: string };
type Entry = { seq: number; action: string; resource: string; outcome: string; agreementId: string | null; details: Record<string, unknown> };

/** The audit action that records each kind of line. */
const ACTIONS: Record<string, string> = {
  'application.submitted': 'application.create', 'consent.refused': 'application.consent', 'consent.approved': 'application.consent', 'consent.coordinated': 'application.coordinate',
  'application.approved': 'application.decide', 'entrustment.created': 'entrustment.create', 'sandbox.ready': 'sandbox.ready', 'settings.changed': 'agreement.settings.update',
  'model.submitted': 'model.submit', 'model.approved': 'model.review', 'model.rejected': 'model.review', 'run.submitted': 'run.create', 'run.first_approval': 'run.release',
  'run.released': 'run.release', 'run.rejected': 'run.release', 'product.submitted': 'product.create', 'product.registered': 'product.review', 'risk.opened': 'agreement.suspend',
  'risk.acknowledged': 'risk_report.acknowledge', 'risk.closed': 'risk_report.close', 'agreement.suspended': 'agreement.suspend', 'agreement.resumed': 'agreement.resume',
  'agreement.terminated': 'agreement.terminate', 'filing.overdue': 'filing.overdue', 'filing.submitted': 'filing.submit', 'filing.corrected': 'filing.correct', 'agreement.sealed': 'sandbox.sealed', 'agreement.destroyed': 'sandbox.destroyed', 'certificate.issued': 'sandbox.destroyed',
};

describe('compliance report', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let applicationId: string;
  let examiner: { id: string; token: string };

  const get = (p: string, token = t.authorityToken) => t.http.get(`/api/v1${p}`).set(...bearer(token));
  const send = async (method: 'post' | 'put', p: string, body: object, token = t.authorityToken, status = 200) => {
    t.clock.advance(60_000);
    const res = await t.http[method](`/api/v1${p}`).set(...bearer(token)).send(body);
    if (res.status !== status) throw new Error(`${p}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const json = async (token = t.authorityToken) => (await get(`/agreements/${agreementId}/compliance-report`, token).set('Accept', 'application/json')).body as Report;
  const entry = async (seq: number) => (await get(`/audit?limit=1&cursor=${Buffer.from(`asc:${seq - 1}`).toString('base64url')}`)).body.entries[0] as Entry;

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 300);
    examiner = await t.principal('examiner', undefined, '第三方检测机构');
    const applied = await send('post', '/applications', {
      scenario: '就业帮扶', purpose: '统计各街道就业困难人员分布', datasets: [{ datasetId: w.datasetId, columns: ['street', 'income', 'id_number'] }],
      startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z',
    }, w.operator.token, 201);
    applicationId = applied.id;
    await send('post', `/applications/${applicationId}/consents`, { datasetId: w.datasetId, decision: 'reject', comment: '用途说明不充分' }, w.source.token, 201);
    await send('post', `/applications/${applicationId}/coordination`, { datasetId: w.datasetId, note: '已补充说明，请重新考虑' });
    await send('post', `/applications/${applicationId}/consents`, { datasetId: w.datasetId, decision: 'approve', comment: '同意' }, w.source.token, 201);
    const decided = await send('post', `/applications/${applicationId}/decision`, { decision: 'approve', comment: '批准' }, t.authorityToken, 201);
    agreementId = decided.agreementId;
    await t.platform.provisioner.idle();
    await send('post', '/entrustments', { examinerId: examiner.id, agreementId }, t.authorityToken, 201);
    await send('put', `/agreements/${agreementId}/settings`, { kMin: 12 });
    const model = await send('post', `/sandboxes/${decided.sandboxId}/models`, { name: '街道人数', sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' }, w.operator.token, 201);
    await send('post', `/models/${model.id}/review`, { decision: 'approve', comment: '聚合统计' });
    const refused = await send('post', `/sandboxes/${decided.sandboxId}/models`, { name: '明细', sql: 'SELECT id_number, income FROM residents', purpose: '明细' }, w.operator.token, 201);
    await send('post', `/models/${refused.id}/review`, { decision: 'reject', comment: '不得输出明细' });
    const run = await send('post', `/models/${model.id}/runs`, {}, w.operator.token, 201);
    await t.platform.runs.idle();
    t.clock.advance(60_000);
    expect((await releaseRun(t, run.id, { comment: '同意出域' })).body.status).toBe('released');
    const product = await send('post', '/products', { name: '街道人口统计', kind: 'dataset', runId: run.id, description: '按街道' }, w.operator.token, 201);
    await send('post', `/products/${product.id}/review`, { decision: 'approve' });
    await send('post', `/agreements/${agreementId}/suspend`, { reason: '发现异常调用，暂停排查' }, w.operator.token);
    const [report] = (await get('/risk-reports')).body.riskReports;
    await send('post', `/risk-reports/${report.id}/acknowledge`, { note: '已知悉' });
    await send('post', `/risk-reports/${report.id}/close`, { resolution: '已排查，系测试脚本' });
    await send('post', `/agreements/${agreementId}/resume`, { reason: '风险已排除' });
    // The first quarter's filing is flagged overdue by the scheduler, then filed late and corrected.
    t.clock.set(new Date('2026-04-20T02:00:00Z'));
    await t.platform.filingsJob.run();
    const filing = await send('post', '/filings', { agreementId, period: '2026-Q1', text: '一季度运营情况报告', attachments: [fixtureMaterial] }, w.operator.token, 201);
    await send('post', `/filings/${filing.id}/corrections`, { text: '一季度运营情况报告（更正）', reason: '补充调用量' }, w.operator.token);
    await send('post', `/agreements/${agreementId}/terminate`, { reason: '运营单位申请提前结束' });
    t.clock.advance(60_000);
    await t.platform.expiry.run();
  }, 180_000);
  afterAll(() => t.destroy());

  it('tells the whole history in time order, each line backed by the audit entries of that very act', async () => {
    const report = await json();
    const kinds = report.lines.map((l) => l.kind);
    expect(kinds).toEqual([
      'application.submitted', 'consent.refused', 'consent.coordinated', 'consent.approved', 'application.approved', 'sandbox.ready', 'entrustment.created', 'settings.changed',
      'model.submitted', 'model.approved', 'model.submitted', 'model.rejected', 'run.submitted', 'run.first_approval', 'run.released', 'product.submitted', 'product.registered',
      'agreement.suspended', 'risk.opened', 'risk.acknowledged', 'risk.closed', 'agreement.resumed', 'filing.overdue', 'filing.submitted', 'filing.corrected', 'agreement.terminated', 'agreement.sealed', 'agreement.destroyed', 'certificate.issued',
    ]);
    const times = report.lines.map((l) => l.at);
    expect(times).toEqual([...times].sort());
    for (const line of report.lines) {
      expect({ kind: line.kind, seqs: line.auditSeqs.length }).toEqual({ kind: line.kind, seqs: 1 });
      const backing = await entry(line.auditSeqs[0]);
      expect({ kind: line.kind, action: backing.action, outcome: backing.outcome }).toEqual({ kind: line.kind, action: ACTIONS[line.kind], outcome: 'allowed' });
      expect(backing.agreementId === agreementId || backing.resource === `application:${applicationId}` || backing.resource.startsWith('entrustment:')).toBe(true);
    }
    // The two approvals of a two-person release are two entries; the first is not the second.
    const [first, released] = ['run.first_approval', 'run.released'].map((k) => report.lines.find((l) => l.kind === k)!.auditSeqs[0]);
    expect(first).toBeLessThan(released);
    expect(report.lines.find((l) => l.kind === 'consent.refused')!.facts).toMatchObject({ comment: '用途说明不充分' });
    expect(report.lines.find((l) => l.kind === 'settings.changed')!.facts).toMatchObject({ kMin: 12 });
    expect(report.lines.find((l) => l.kind === 'risk.opened')!.actor).toMatchObject({ role: 'operator', unit: '深圳某数据科技公司' });
    const certificate = (await get(`/agreements/${agreementId}/certificate`)).body;
    expect(report.lines.at(-1)).toMatchObject({ subject: certificate.certificateId, facts: { certificateHash: certificate.hash } });
    expect(report.agreement.purpose).toBe('统计各街道就业困难人员分布');
  });

  it('carries a digest of itself, recorded in its request’s audit entry with the head it cites', async () => {
    const report = await json();
    const { reportSha256, ...rest } = report;
    expect(crypto.createHash('sha256').update(canonicalJson(rest)).digest('hex')).toBe(reportSha256);
    const [own] = (await get(`/audit?action=agreement.compliance_report&order=desc&limit=1`)).body.entries as Entry[];
    expect(own).toMatchObject({ agreementId, outcome: 'allowed', details: { format: 'json', reportSha256, auditHeadSeq: report.audit.headAtGeneration.seq } });
    expect(own.seq).toBeGreaterThan(report.audit.headAtGeneration.seq);
  });

  it('prints as HTML in Chinese by default and in English on request, with the verification statement, under a CSP that runs nothing', async () => {
    const zh = await get(`/agreements/${agreementId}/compliance-report`);
    expect(zh.status).toBe(200);
    expect(zh.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(zh.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(zh.headers['content-security-policy']).not.toMatch(/script-src/);
    expect(zh.text).toContain('<html lang="zh-CN">');
    expect(zh.text).toContain('公共数据授权运营协议合规报告');
    expect(zh.text).toContain('@page{size:A4');
    expect(zh.text).toContain('出具销毁证明');
    expect(zh.text).toMatch(/本报告生成时的审计链头：序号 \d+/);
    const sealed = (await json()).lines.find((l) => l.kind === 'agreement.sealed')!;
    expect(zh.text).toContain(`#${sealed.auditSeqs[0]}`);

    const byQuery = await get(`/agreements/${agreementId}/compliance-report?lang=en`);
    const byHeader = await get(`/agreements/${agreementId}/compliance-report`).set('Accept-Language', 'en-US,en;q=0.9');
    for (const en of [byQuery, byHeader]) {
      expect(en.text).toContain('<html lang="en">');
      expect(en.text).toContain('Compliance report of a public data authorization agreement');
      expect(en.text).toContain('Destruction certificate issued');
    }
    expect((await get(`/agreements/${agreementId}/compliance-report?lang=fr`)).status).toBe(400);
  });

  it('the authority, auditors and the agreement’s operator read it; another tenant’s operator gets 404; source units and examiners 403', async () => {
    const auditor = await t.principal('auditor');
    const stranger = await t.principal('operator', undefined, '无关公司');
    expect((await get(`/agreements/${agreementId}/compliance-report`, auditor.token)).status).toBe(200);
    expect((await get(`/agreements/${agreementId}/compliance-report`, w.operator.token)).status).toBe(200);
    expect((await get(`/agreements/${agreementId}/compliance-report`, w.source.token)).status).toBe(403);
    // Entrusted with this very agreement, an examiner still reads its reviews only where it reviews.
    expect((await get(`/agreements/${agreementId}/compliance-report`, examiner.token)).status).toBe(403);
    const other = await get(`/agreements/${agreementId}/compliance-report`, stranger.token);
    const missing = await get('/agreements/agr_00000000-0000-0000-0000-000000000000/compliance-report', stranger.token);
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
    expect(other.body.error.message).toBe(missing.body.error.message);
  });
});
