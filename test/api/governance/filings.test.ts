/**
 * Periodic filings (定期报备) through the API: the schedule in the agreement's settings (quarterly,
 * 15 grace days by default), obligations from the term, filings with attachments kept by
 * SHA-256, corrections as versions, and the scheduler's job that flags an obligation overdue
 * once; a late filing clears the flag and is marked late. Another tenant sees none of it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { SettableClock } from '../../../services/config/clock';
import { buildPlatform } from '../../../services/composition-root';
import { bearer, makeTempDir, startTestPlatform, testConfig, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

type Obligation = { agreementId: string; period: string; startsAt: string; endsAt: string; dueAt: string; state: string; filingId: string | null; flaggedAt: string | null };
type FileRef = { name: string; size: number; sha256: string };
type Filing = { id: string; period: string; late: boolean; submittedAt: string; current: { version: number; text: string; attachments: FileRef[] }; versions: { version: number; reason: string | null }[] };
type Overview = { obligations: Obligation[]; filings: Filing[]; overdueByOperator: { operatorUnit: string; overdue: number }[] };

/** A term that starts and ends at Shanghai midnight: 2026, four quarters. */
const YEAR_2026 = { startsAt: '2025-12-31T16:00:00Z', endsAt: '2026-12-31T16:00:00Z' };
const report = Buffer.from('%PDF-1.4 一季度运营情况报告');

describe('periodic filings', () => {
  let t: TestPlatform;
  let w: World;

  const post = (path: string, body: object, token: string) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);
  const get = (path: string, token: string) => t.http.get(`/api/v1${path}`).set(...bearer(token));
  const overview = async (query = '', token = t.authorityToken) => (await get(`/filings${query}`, token)).body as Overview;
  const obligationsOf = async (agreementId: string, token = t.authorityToken) => (await overview(`?agreementId=${agreementId}`, token)).obligations;
  const inbox = async (token: string) => Object.fromEntries(((await get('/inbox', token)).body.items as { kind: string; count: number }[]).map((i) => [i.kind, i.count]));
  const file = (name = '一季度报告.pdf', bytes = report) => ({ name, contentType: 'application/pdf', base64: bytes.toString('base64') });
  const submit = (agreementId: string, period: string, body: object = {}, token = w.operator.token) =>
    post('/filings', { agreementId, period, text: `${period} 运营情况：无异常`, attachments: [], ...body }, token);

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 60);
  });
  afterAll(() => t.destroy());

  it('lifecycle: past the first quarter and its grace the job flags it overdue once; the inbox counts it; a late filing clears the flag', async () => {
    t.clock.set('2026-01-05T08:00:00.000Z');
    const { agreementId } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    expect((await get(`/agreements/${agreementId}/settings`, w.operator.token)).body).toMatchObject({ filingPeriod: 'quarterly', filingGraceDays: 15 });
    expect((await obligationsOf(agreementId)).map((o) => [o.period, o.dueAt, o.state])).toEqual([
      ['2026-Q1', '2026-04-15T16:00:00.000Z', 'upcoming'], ['2026-Q2', '2026-07-15T16:00:00.000Z', 'upcoming'],
      ['2026-Q3', '2026-10-15T16:00:00.000Z', 'upcoming'], ['2026-Q4', '2027-01-15T16:00:00.000Z', 'upcoming'],
    ]);
    expect((await inbox(w.operator.token))['filings.due']).toBe(0);

    // Within 14 days of the due time the operator's inbox counts it; not yet overdue.
    t.clock.set('2026-04-02T00:00:00.000Z');
    expect((await inbox(w.operator.token))['filings.due']).toBe(1);
    t.clock.set('2026-04-16T00:00:00.000Z');
    expect((await obligationsOf(agreementId))[0].state).toBe('due');
    expect((await t.platform.filingsJob.run())?.flagged).toEqual([{ agreementId, period: '2026-Q1' }]);
    expect((await t.platform.filingsJob.run())?.flagged).toEqual([]);
    const [q1] = await obligationsOf(agreementId);
    expect(q1).toMatchObject({ state: 'overdue', flaggedAt: '2026-04-16T00:00:00.000Z', filingId: null });
    const flags = (await get(`/audit?agreement=${agreementId}&action=filing.overdue`, t.authorityToken)).body.entries;
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ actorId: null, role: 'system', outcome: 'allowed', details: { period: '2026-Q1', dueAt: '2026-04-15T16:00:00.000Z' } });
    expect(await inbox(w.operator.token)).toMatchObject({ 'filings.due': 1 });
    expect(await inbox(t.authorityToken)).toMatchObject({ 'filings.overdue': 1 });
    expect((await overview()).overdueByOperator).toEqual([{ operatorUnit: '深圳某数据科技公司', overdue: 1 }]);

    t.clock.set('2026-04-20T02:00:00.000Z');
    const filed = await submit(agreementId, '2026-Q1', { attachments: [file()] });
    expect(filed.status).toBe(201);
    const sha256 = crypto.createHash('sha256').update(report).digest('hex');
    expect(filed.body).toMatchObject({ period: '2026-Q1', late: true, submittedAt: '2026-04-20T02:00:00.000Z', current: { version: 1, attachments: [{ name: '一季度报告.pdf', size: report.length, sha256 }] } });
    expect((await obligationsOf(agreementId))[0]).toMatchObject({ state: 'filed_late', filingId: filed.body.id, flaggedAt: '2026-04-16T00:00:00.000Z' });
    expect(await inbox(w.operator.token)).toMatchObject({ 'filings.due': 0 });
    expect(await inbox(t.authorityToken)).toMatchObject({ 'filings.overdue': 0 });
    expect((await overview()).overdueByOperator).toEqual([]);
    expect((await overview('?state=filed_late')).filings.map((f) => f.id)).toEqual([filed.body.id]);
    expect((await t.platform.filingsJob.run())?.flagged).toEqual([]);

    const download = await get(`/filings/${filed.body.id}/attachments/${sha256}`, t.authorityToken).buffer(true);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(Buffer.compare(download.body as Buffer, report)).toBe(0);
  });

  it('one filing per period: a second answers 409; a correction adds a version and keeps lateness and the earlier version', async () => {
    t.clock.set('2026-01-05T08:00:00.000Z');
    const { agreementId } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    t.clock.set('2026-04-03T00:00:00.000Z');
    const first = await submit(agreementId, '2026-Q1', { attachments: [file()] });
    expect(first.body).toMatchObject({ late: false });
    expect((await obligationsOf(agreementId))[0].state).toBe('filed');
    const again = await submit(agreementId, '2026-Q1');
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 409, code: 'already_filed' });

    t.clock.set('2026-05-01T00:00:00.000Z');
    const corrected = await post(`/filings/${first.body.id}/corrections`, { text: '更正：补充 3 月数据', reason: '原报告漏报 3 月' }, w.operator.token);
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ late: false, submittedAt: '2026-04-03T00:00:00.000Z', current: { version: 2, text: '更正：补充 3 月数据' } });
    // Without attachments a correction keeps the previous version's files.
    expect(corrected.body.current.attachments).toEqual(first.body.current.attachments);
    expect(corrected.body.versions.map((v: { version: number; reason: string | null }) => [v.version, v.reason])).toEqual([[1, null], [2, '原报告漏报 3 月']]);
    const other = Buffer.from('更正后的附件');
    const replaced = await post(`/filings/${first.body.id}/corrections`, { text: '再次更正', reason: '替换附件', attachments: [file('更正.pdf', other)] }, w.operator.token);
    expect(replaced.body.current.attachments.map((f: FileRef) => f.name)).toEqual(['更正.pdf']);
    // Every version's file stays downloadable.
    for (const f of [...first.body.current.attachments, ...replaced.body.current.attachments] as FileRef[]) {
      expect((await get(`/filings/${first.body.id}/attachments/${f.sha256}`, w.operator.token)).status).toBe(200);
    }
    expect((await post(`/filings/${first.body.id}/corrections`, { text: 'x', reason: 'y' }, t.authorityToken)).status).toBe(403);
  });

  it('refuses a period outside the schedule, one not begun, a malformed period and a file that is not base64', async () => {
    t.clock.set('2026-01-05T08:00:00.000Z');
    const { agreementId } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    t.clock.set('2026-05-10T00:00:00.000Z');
    expect((await submit(agreementId, '2026-05')).body.error.code).toBe('unknown_period');
    expect((await submit(agreementId, '2027-Q1')).body.error.code).toBe('unknown_period');
    expect((await submit(agreementId, '2026-Q3')).body.error.code).toBe('period_not_started');
    expect((await submit(agreementId, 'Q1-2026')).status).toBe(400);
    const bad = await submit(agreementId, '2026-Q2', { attachments: [{ name: 'a.pdf', contentType: 'application/pdf', base64: 'AAAA=A' }] });
    expect(bad.status).toBe(400);
    const undecodable = await submit(agreementId, '2026-Q2', { attachments: [{ name: 'a.pdf', contentType: 'application/pdf', base64: 'A' }] });
    expect({ status: undecodable.status, code: undecodable.body.error.code }).toEqual({ status: 422, code: 'invalid_file' });
    // Filing early in its own period is allowed; nothing above was stored.
    expect((await submit(agreementId, '2026-Q2')).status).toBe(201);
    expect((await overview(`?agreementId=${agreementId}`)).filings.map((f) => f.period)).toEqual(['2026-Q2']);
  });

  it('the authority sets the schedule in the agreement’s settings; the period is locked once filings exist, the grace days are not', async () => {
    t.clock.set('2026-01-05T08:00:00.000Z');
    const { agreementId } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    const put = (body: object, token = t.authorityToken) => t.http.put(`/api/v1/agreements/${agreementId}/settings`).set(...bearer(token)).send(body);
    expect((await put({ filingPeriod: 'monthly' }, w.operator.token)).status).toBe(403);
    expect((await put({ filingGraceDays: 91 })).status).toBe(400);
    expect((await put({ filingPeriod: 'monthly', filingGraceDays: 5 })).body).toMatchObject({ filingPeriod: 'monthly', filingGraceDays: 5, kMin: 10 });
    const monthly = await obligationsOf(agreementId);
    expect(monthly).toHaveLength(12);
    expect(monthly[0]).toMatchObject({ period: '2026-01', endsAt: '2026-01-31T16:00:00.000Z', dueAt: '2026-02-05T16:00:00.000Z' });
    expect((await put({ filingPeriod: 'half-yearly' })).body.filingPeriod).toBe('half-yearly');
    expect((await obligationsOf(agreementId)).map((o) => o.period)).toEqual(['2026-H1', '2026-H2']);
    expect((await submit(agreementId, '2026-H1')).status).toBe(201);
    const locked = await put({ filingPeriod: 'yearly' });
    expect({ status: locked.status, code: locked.body.error.code }).toEqual({ status: 409, code: 'filing_schedule_in_use' });
    expect((await put({ filingGraceDays: 30 })).body).toMatchObject({ filingPeriod: 'half-yearly', filingGraceDays: 30 });
    expect((await obligationsOf(agreementId))[1].dueAt).toBe('2027-01-30T16:00:00.000Z');
  });

  it('a terminated agreement owes the periods up to its termination only', async () => {
    t.clock.set('2026-02-10T00:00:00.000Z');
    const { agreementId } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    expect((await post(`/agreements/${agreementId}/terminate`, { reason: '违规使用' }, t.authorityToken)).status).toBe(200);
    expect((await obligationsOf(agreementId)).map((o) => o.period)).toEqual(['2026-Q1']);
  });

  it('only the operator’s own unit, the authority and auditors see filings and obligations', async () => {
    t.clock.set('2026-01-05T08:00:00.000Z');
    const { agreementId } = await approvedAgreement(t, w, ['street'], YEAR_2026);
    t.clock.set('2026-04-03T00:00:00.000Z');
    const filed = await submit(agreementId, '2026-Q1', { attachments: [file()] });
    const sha = filed.body.current.attachments[0].sha256 as string;
    const outsider = await t.principal('operator', undefined, '另一家数据公司');
    expect(await overview('', outsider.token)).toEqual({ obligations: [], filings: [], overdueByOperator: [] });
    expect((await get(`/filings/${filed.body.id}`, outsider.token)).status).toBe(404);
    expect((await get(`/filings/${filed.body.id}/attachments/${sha}`, outsider.token)).status).toBe(404);
    expect((await submit(agreementId, '2026-Q2', {}, outsider.token)).status).toBe(404);
    for (const role of ['source', 'examiner'] as const) expect((await get('/filings', (await t.principal(role)).token)).status).toBe(403);
    const auditor = await t.principal('auditor');
    const all = await overview();
    expect((await overview('', auditor.token)).filings).toHaveLength(all.filings.length);
    expect((await overview('', w.operator.token)).obligations.length).toBe(all.obligations.length);
  });

  it('refuses to start with an invalid SHUYU_FILINGS_CRON', async () => {
    const dir = makeTempDir();
    try {
      const start = buildPlatform(testConfig(dir, { SHUYU_FILINGS_CRON: 'every day please' }), { clock: new SettableClock('2026-01-05T08:00:00Z'), schedules: true });
      await expect(start).rejects.toThrow(/SHUYU_FILINGS_CRON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
