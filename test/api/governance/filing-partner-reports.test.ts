/**
 * Periodic filings report on the operator's partners too (运营合作方): each partner accepted and
 * active in the period needs its report, no one else may be named, and a correction keeps or
 * replaces them under the same rule.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { acceptedPartner } from '../../fixtures/selection-fixtures';

describe('filings report on partners', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let partnerId: string;
  const post = (path: string, body: object, token = w.operator.token) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);
  const file = (partnerReports?: object[], period = '2026-Q1') => post('/filings', { agreementId, period, text: '一季度运营情况', ...(partnerReports ? { partnerReports } : {}) });

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 60);
    ({ agreementId } = await approvedAgreement(t, w, ['street']));
    partnerId = await acceptedPartner(t.http, t.authorityToken, w.operator.token, '深圳某算法公司', { now: t.clock.now() });
  });
  afterAll(() => t.destroy());

  it('a filing that leaves out an active partner is refused, naming it; with its report it is kept in the version', async () => {
    const missing = await file();
    expect({ status: missing.status, code: missing.body.error.code }).toEqual({ status: 422, code: 'partner_reports' });
    expect(missing.body.error.details).toEqual([{ path: 'partnerReports', column: partnerId, message: 'each partner active in the period needs its report' }]);
    const twice = await file([{ partnerId, report: '按约定开展模型开发' }, { partnerId, report: '再次' }]);
    expect(twice.body.error.details).toEqual([{ path: 'partnerReports.1.partnerId', message: 'a partner is reported twice' }]);

    const filed = await file([{ partnerId, report: '按约定开展模型开发，未接触线上数据' }]);
    expect(filed.status).toBe(201);
    expect(filed.body.current.partnerReports).toEqual([{ partnerId, partnerName: '深圳某算法公司', report: '按约定开展模型开发，未接触线上数据' }]);
    const corrected = await post(`/filings/${filed.body.id}/corrections`, { text: '更正', reason: '补充' });
    expect(corrected.body.current.partnerReports).toEqual(filed.body.current.partnerReports);
    const dropped = await post(`/filings/${filed.body.id}/corrections`, { text: '更正', reason: '删去合作方', partnerReports: [] });
    expect(dropped.body.error.code).toBe('partner_reports');
  });

  it('another unit’s partner, or one ended before the period, is no one to report on', async () => {
    const rival = await t.principal('operator', undefined, '另一运营单位');
    const theirs = await acceptedPartner(t.http, t.authorityToken, rival.token, '其他合作方', { now: t.clock.now() });
    const former = await acceptedPartner(t.http, t.authorityToken, w.operator.token, '短期合作方', { now: t.clock.now() });
    expect((await post(`/partners/${former}/end`, { reason: '合作结束' })).status).toBe(200);
    t.clock.set(new Date('2026-04-02T00:00:00Z'));
    const foreign = await file([{ partnerId, report: 'ok' }, { partnerId: theirs, report: '冒报' }], '2026-Q2');
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details).toEqual([{ path: 'partnerReports.1.partnerId', message: 'not a partner of the operator active in this period' }]);
    // The partner ended in the first quarter is reported on there, not in the second.
    expect((await file([{ partnerId, report: '第二季度按约定开展模型开发' }], '2026-Q2')).status).toBe(201);
  });
});
