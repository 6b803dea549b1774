/**
 * Attacks on quality feedback (质量反馈) and periodic filings (定期报备): the feedback channel used
 * as a membership oracle or to carry raw values out, identifiers in disguise, probing another
 * tenant's agreements and datasets, reading another tenant's attachment through one's own
 * filing, filing twice at once, and rewriting a late filing. Each test asserts the secure
 * behaviour, and that a refused text reaches neither the audit log nor the operations log.
 */
import { PassThrough } from 'node:stream';
import { makeCnResidentId } from '../../../masking-rules/identifiers/valid-identifier-generators';
import { createLogger } from '../../../services/logging/create-logger';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { residentRow } from '../../fixtures/residents-dataset';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

const YEAR_2026 = { startsAt: '2025-12-31T16:00:00Z', endsAt: '2026-12-31T16:00:00Z' };

describe('feedback and filing attacks', () => {
  let t: TestPlatform;
  let w: World;
  let agreementId: string;
  let operationsLog = '';
  const PRESENT = residentRow(7); // a row of the source unit's data: [id, name, mobile, …]
  const ABSENT_ID = makeCnResidentId('320102', '19800101', 5);

  const post = (path: string, body: object, token: string) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);
  const get = (path: string, token: string) => t.http.get(`/api/v1${path}`).set(...bearer(token));
  const raise = (body: object, token = w.operator.token) => post('/feedback', { agreementId, datasetId: w.datasetId, category: 'accuracy', description: '街道取值有误', ...body }, token);
  const withoutRequestId = (body: { error: object }) => ({ ...body.error, requestId: undefined });
  const auditText = async () => JSON.stringify((await get('/audit?limit=1000', t.authorityToken)).body.entries);
  const feedbackCount = async () => (await get('/feedback', t.authorityToken)).body.feedback.length as number;

  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => { operationsLog += chunk.toString('utf8'); });
    t = await startTestPlatform({ logger: createLogger('debug', stream) });
    w = await residentsWorld(t, 60);
    agreementId = (await approvedAgreement(t, w, ['street', 'income'], YEAR_2026)).agreementId;
  });
  afterAll(() => t.destroy());

  it('membership oracle: an operator asks whether an ID number is in the data, and cannot tell from the answer', async () => {
    const before = await feedbackCount();
    const present = await raise({ description: `请确认 ${PRESENT[0]} 是否在贵单位数据中` });
    const absent = await raise({ description: `请确认 ${ABSENT_ID} 是否在贵单位数据中` });
    expect(present.status).toBe(422);
    expect(present.body.error.code).toBe('personal_value');
    expect(withoutRequestId(absent.body)).toEqual(withoutRequestId(present.body));
    expect(await feedbackCount()).toBe(before);
    const audit = await auditText();
    expect(audit).toContain('"refused":["description"]');
    // The operations log did record the two requests (at debug level), without their bodies.
    expect(operationsLog.match(/"route":"\/feedback"/g)?.length).toBeGreaterThanOrEqual(2);
    for (const value of [PRESENT[0], ABSENT_ID]) {
      expect(JSON.stringify(present.body) + JSON.stringify(absent.body)).not.toContain(value);
      expect(audit).not.toContain(value);
      expect(operationsLog).not.toContain(value);
    }
  });

  it('a source clerk pastes a raw row into an answer: refused, nothing stored, nothing logged', async () => {
    const { body } = await raise({ description: '部分记录的街道为空' });
    const pasted = [
      `已核实，该人员为 ${PRESENT[1]}，身份证 ${PRESENT[0]}`, `手机号 ${PRESENT[2]} 对应的记录正常`, '请联系 wang.wei@example.gov.cn 获取原始数据',
    ];
    for (const text of pasted) {
      const res = await post(`/feedback/${body.id}/answers`, { text }, w.source.token);
      expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'personal_value' });
    }
    const closing = await post(`/feedback/${body.id}/close`, { note: `已处理 ${PRESENT[2]}` }, w.operator.token);
    expect(closing.body.error.code).toBe('personal_value');
    expect((await get(`/feedback/${body.id}`, w.operator.token)).body).toMatchObject({ status: 'open', answers: [] });
    const audit = await auditText();
    for (const value of [PRESENT[0], PRESENT[2], 'wang.wei@example.gov.cn']) {
      expect(audit).not.toContain(value);
      expect(operationsLog).not.toContain(value);
    }
  });

  it('identifiers in disguise: full-width digits, groups, Chinese numerals, [at]; through the description or the example', async () => {
    const wide = PRESENT[0].replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const grouped = `${PRESENT[0].slice(0, 6)} ${PRESENT[0].slice(6, 14)} ${PRESENT[0].slice(14)}`;
    const spoken = PRESENT[2].replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]);
    for (const text of [wide, grouped, spoken, 'wang.wei[at]example[dot]gov[dot]cn']) {
      expect((await raise({ description: `样例：${text}` })).body.error.code).toBe('personal_value');
      expect((await raise({ example: { kind: 'dev', text: `样例：${text}` } })).body.error.code).toBe('personal_value');
    }
  });

  it('probing another tenant: its agreement answers exactly as a made-up one', async () => {
    const outsider = await t.principal('operator', undefined, '另一家数据公司');
    const theirs = await raise({}, outsider.token);
    const madeUp = await post('/feedback', { agreementId: 'agr_00000000-0000-0000-0000-000000000000', datasetId: w.datasetId, category: 'other', description: '探测' }, outsider.token);
    expect(theirs.status).toBe(404);
    expect(withoutRequestId(theirs.body)).toEqual(withoutRequestId(madeUp.body));
    expect((await post('/filings', { agreementId, period: '2026-Q1', text: '代报' }, outsider.token)).status).toBe(404);
    expect((await get(`/filings?agreementId=${agreementId}`, outsider.token)).body.obligations).toEqual([]);
  });

  it('reading another tenant’s attachment by its hash through one’s own filing', async () => {
    t.clock.set('2026-04-03T00:00:00.000Z');
    const secret = Buffer.from('甲公司内部经营数据');
    const mine = await post('/filings', { agreementId, period: '2026-Q1', text: '一季度报告', attachments: [{ name: '内部.pdf', contentType: 'application/pdf', base64: secret.toString('base64') }] }, w.operator.token);
    expect(mine.status).toBe(201);
    const sha = mine.body.current.attachments[0].sha256 as string;
    const rival = await t.principal('operator', undefined, '竞争对手公司');
    const theirs = await approvedAgreement(t, { ...w, operator: rival }, ['street'], YEAR_2026);
    const own = await post('/filings', { agreementId: theirs.agreementId, period: '2026-Q1', text: '一季度报告' }, rival.token);
    expect(own.status).toBe(201);
    expect((await get(`/filings/${own.body.id}/attachments/${sha}`, rival.token)).status).toBe(404);
    expect((await get(`/filings/${mine.body.id}/attachments/${sha}`, rival.token)).status).toBe(404);
    // A correction cannot adopt another filing's file by naming its hash: attachments are bytes, never references.
    const adopt = await post(`/filings/${own.body.id}/corrections`, { text: '更正', reason: '补附件', attachments: [{ name: 'x.pdf', contentType: 'application/pdf', sha256: sha }] }, rival.token);
    expect(adopt.status).toBe(400);
  });

  it('filing twice at once: one filing, one 409', async () => {
    const { agreementId: fresh } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    const answers = await Promise.all([1, 2].map((n) => post('/filings', { agreementId: fresh, period: '2026-Q1', text: `第 ${n} 份` }, w.operator.token)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await get(`/filings?agreementId=${fresh}`, t.authorityToken)).body.filings).toHaveLength(1);
  });

  it('rewriting history: a correction of a late filing keeps it late and keeps the original version', async () => {
    t.clock.set('2026-01-05T08:00:00.000Z');
    const { agreementId: late } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    t.clock.set('2026-05-01T00:00:00.000Z');
    await t.platform.filingsJob.run();
    const filed = await post('/filings', { agreementId: late, period: '2026-Q1', text: '迟交的一季度报告' }, w.operator.token);
    expect(filed.body.late).toBe(true);
    const corrected = await post(`/filings/${filed.body.id}/corrections`, { text: '按时提交的一季度报告', reason: '更正' }, w.operator.token);
    expect(corrected.body).toMatchObject({ late: true, submittedAt: filed.body.submittedAt, versions: [{ version: 1, text: '迟交的一季度报告' }, { version: 2 }] });
    const q1 = (await get(`/filings?agreementId=${late}`, t.authorityToken)).body.obligations[0];
    expect(q1).toMatchObject({ state: 'filed_late', flaggedAt: '2026-05-01T00:00:00.000Z' });
  });

  it('an oversized attachment is refused and nothing is filed', async () => {
    t.clock.set('2026-05-01T00:00:00.000Z');
    const { agreementId: big } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 1).toString('base64');
    const res = await post('/filings', { agreementId: big, period: '2026-Q1', text: '报告', attachments: [{ name: 'big.bin', contentType: 'application/octet-stream', base64: huge }] }, w.operator.token);
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'file_too_large' });
    expect((await get(`/filings?agreementId=${big}`, t.authorityToken)).body.filings).toEqual([]);
  });
});
