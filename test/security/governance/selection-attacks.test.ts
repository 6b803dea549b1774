/**
 * Adversarial tests of operator selection (calls, qualifications), the directory (授权运营目录),
 * partners (运营合作方) and evidence files: an unqualified or revoked operator reaching data anyway,
 * self-service privilege, a partner reaching beyond its operator or its grant, applications
 * outside the directory, hostile evidence files, and 403/404 oracles. Each test asserts the
 * secure behaviour.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsRules, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';
import { residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';
import { fixtureMaterial, fixtureMaterialSha256 } from '../../fixtures/selection-fixtures';

type Party = { id: string; token: string };
type Place = { applicationId: string; agreementId: string; sandboxId: string };
type Res = { status: number; body: { error?: { code?: string; message?: string; requestId?: string; details?: unknown } } & Record<string, any> };

describe('selection attacks', () => {
  let t: TestPlatform;
  let w: World;
  let a: Place; // w.operator's agreement
  let callId: string;

  const api = (token: string) => ({
    get: (p: string) => t.http.get(`/api/v1${p}`).set(...bearer(token)),
    post: (p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set(...bearer(token)).send(body),
    del: (p: string) => t.http.delete(`/api/v1${p}`).set(...bearer(token)),
  });
  const auth = () => api(t.authorityToken);
  const material = (text: string, name = '材料.pdf', contentType = 'application/pdf') => ({ name, contentType, base64: Buffer.from(text).toString('base64') });
  const unique = (label: string) => `${label}-${crypto.randomUUID()}`;
  const sha = (text: string | Buffer) => crypto.createHash('sha256').update(text).digest('hex');
  const evidenceDir = () => path.join(t.dataDir, 'evidence');
  const stored = () => (fs.existsSync(evidenceDir()) ? fs.readdirSync(evidenceDir()).sort() : []);
  const withoutRequestId = (body: Res['body']) => ({ ...body, error: { ...body.error, requestId: undefined } });
  const applyFor = (token: string, over: Record<string, unknown> = {}) => api(token).post('/applications', {
    scenario: '就业帮扶', purpose: '统计', datasets: [{ datasetId: w.datasetId, columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z', ...over,
  });
  /** A unit qualified through the call with the given term; returns its operator and qualification id. */
  const qualifiedUnit = async (unit: string, validUntil?: string): Promise<{ operator: Party; qualificationId: string }> => {
    const operator = await t.principal('operator', undefined, unit, { qualified: false });
    const submitted = await api(operator.token).post('/qualifications', { callId, statement: '具备数据安全能力', materials: [material(unique(unit))] });
    expect(submitted.status).toBe(201);
    const reviewed = await auth().post(`/qualifications/${submitted.body.id}/review`, { decision: 'qualified', reasons: '材料齐全', ...(validUntil ? { validUntil } : {}) });
    expect(reviewed.status).toBe(200);
    return { operator, qualificationId: submitted.body.id as string };
  };
  const ownQualificationId = async (token: string) => ((await api(token).get('/qualifications')).body.qualifications as { id: string; status: string }[]).find((q) => q.status === 'qualified')?.id as string;
  const consentedApplication = async (token: string, over: Record<string, unknown> = {}) => {
    const applied = await applyFor(token, over);
    expect(applied.status).toBe(201);
    const ds = (over.datasets as { datasetId: string }[] | undefined) ?? [{ datasetId: w.datasetId }];
    for (const d of ds) expect((await api(w.source.token).post(`/applications/${applied.body.id}/consents`, { datasetId: d.datasetId, decision: 'approve', comment: '同意' })).status).toBe(201);
    return applied.body.id as string;
  };
  const agreementState = async (id: string) => (await auth().get(`/agreements/${id}`)).body.status as string;
  const principalCount = async () => ((await auth().get('/principals')).body.principals as unknown[]).length;
  const fileAsOperator = (token: string, over: Record<string, unknown> = {}) => api(token).post('/partners', {
    name: '深圳某算法公司', unit: '深圳某算法公司', duties: '协助开发统计模型', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z', documents: [fixtureMaterial], ...over,
  });
  const acceptedPartnerOf = async (operatorToken: string, unit: string, over: Record<string, unknown> = {}, live = false) => {
    const filed = await fileAsOperator(operatorToken, { name: unit, unit, ...over });
    expect(filed.status).toBe(201);
    expect((await auth().post(`/partners/${filed.body.id}/decision`, { decision: 'accept' })).status).toBe(200);
    if (live) expect((await auth().post(`/partners/${filed.body.id}/access`, { live: true, reason: '准予线上运行' })).status).toBe(200);
    const principal = await auth().post('/principals', { name: `p${Math.random().toString(36).slice(2, 8)}`, role: 'partner', unit, partnerId: filed.body.id });
    expect(principal.status).toBe(201);
    return { partnerId: filed.body.id as string, token: principal.body.token as string, id: principal.body.id as string };
  };
  const approvedModel = async (token: string, sandboxId: string, sql: string) => {
    const model = await api(token).post(`/sandboxes/${sandboxId}/models`, { name: `m${Math.random().toString(36).slice(2, 8)}`, sql, purpose: '按街道统计' });
    expect(model.status).toBe(201);
    expect((await auth().post(`/models/${model.body.id}/review`, { decision: 'approve', comment: '通过' })).status).toBe(200);
    return model.body.id as string;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_RUNS_PER_DAY: '1000', SHUYU_RUNS_PER_MODEL_PER_DAY: '1000' } });
    w = await residentsWorld(t, 200);
    a = await approvedAgreement(t, w, ['street', 'income']);
    callId = (await auth().post('/calls', { title: '运营单位征集', requirements: '具备数据安全能力', deadline: '2027-01-01T00:00:00Z' })).body.id as string;
  });
  afterAll(() => t.destroy());

  // ---------------------------------------------------------------- qualifications

  it('attack: an unqualified unit whose name differs from a qualified one by case, spacing, width, script or invisible characters applies for data', async () => {
    const { qualificationId } = await qualifiedUnit('Acme Data Co');
    const lookalikes = ['ACME DATA CO', 'acme data co', 'Acme  Data Co', 'Acme\u00a0Data Co', 'Ａｃｍｅ Data Co', 'Acme Data C\u043e', 'Acme Data Co\u200b', '\u200bAcme Data Co', '深圳某數據科技公司', '深圳某数据科技公司\u200b'];
    for (const unit of lookalikes) {
      const impostor = await t.principal('operator', undefined, unit, { qualified: false });
      const res = await applyFor(impostor.token);
      expect({ unit, status: res.status, code: res.body.error?.code }).toEqual({ unit, status: 403, code: 'not_qualified' });
      expect((await api(impostor.token).get('/qualifications')).body.qualifications).toEqual([]);
      expect((await api(impostor.token).get(`/qualifications/${qualificationId}`)).status).toBe(404);
    }
  });

  it('attack: applying at and just beyond the edge of the qualification’s term, also through a time-zone offset', async () => {
    const { operator } = await qualifiedUnit('边界资格单位', '2026-09-01T00:00:00Z');
    const beyond = ['2026-09-01T00:00:00.001Z', '2026-09-01T08:00:00.001+08:00', '2026-08-31T20:00:01-04:00'];
    for (const endsAt of beyond) {
      const res = await applyFor(operator.token, { endsAt });
      expect({ endsAt, status: res.status, details: res.body.error?.details }).toEqual({ endsAt, status: 422, details: expect.arrayContaining([{ path: 'endsAt', message: 'the term may not end after the unit’s qualification (资格) ends' }]) });
    }
    expect((await applyFor(operator.token, { endsAt: '2026-09-01T08:00:00+08:00' })).status).toBe(201);
    const saved = t.clock.now();
    t.clock.set(new Date('2026-09-01T00:00:00Z'));
    try {
      expect((await applyFor(operator.token, { endsAt: '2026-09-01T00:00:00.000Z', startsAt: '2026-08-01T00:00:00Z' })).body.error.code).toBe('not_qualified');
    } finally {
      t.clock.set(saved);
    }
  });

  it('attack: an operator (or any role but the authority) opens calls, reviews, qualifies or revokes its own qualification', async () => {
    const operator = await t.principal('operator', undefined, '自评单位', { qualified: false });
    const submitted = await api(operator.token).post('/qualifications', { callId, statement: '自荐', materials: [material(unique('self'))] });
    expect(submitted.status).toBe(201);
    const others = [operator, await t.principal('source'), await t.principal('auditor'), await t.principal('examiner'), await t.principal('partner', undefined, '自评合作方')];
    for (const who of others) {
      expect((await api(who.token).post(`/qualifications/${submitted.body.id}/review`, { decision: 'qualified', reasons: '自评', validUntil: '2030-01-01T00:00:00Z' })).status).toBe(403);
      expect((await api(who.token).post(`/qualifications/${submitted.body.id}/revoke`, { reason: 'x' })).status).toBe(403);
      expect((await api(who.token).post('/calls', { title: '自开征集', requirements: 'r', deadline: '2026-12-01T00:00:00Z' })).status).toBe(403);
      expect((await api(who.token).post(`/calls/${callId}/close`)).status).toBe(403);
    }
    expect((await auth().get(`/qualifications/${submitted.body.id}`)).body.status).toBe('submitted');
    expect((await auth().get(`/calls/${callId}`)).body.status).toBe('open');
    expect((await applyFor(operator.token)).status).toBe(403);
  });

  it('attack: telling another unit’s qualification from a missing one (404 oracle), or reading its unit’s name in the error', async () => {
    const { qualificationId } = await qualifiedUnit('保密资格单位');
    const nosy = await t.principal('operator', undefined, '好奇单位');
    const missing = `qual_${crypto.randomUUID()}`;
    const theirs = await api(nosy.token).get(`/qualifications/${qualificationId}`);
    const none = await api(nosy.token).get(`/qualifications/${missing}`);
    expect(theirs.status).toBe(404);
    expect(withoutRequestId(theirs.body)).toEqual(withoutRequestId(none.body).error ? { ...withoutRequestId(none.body) } : none.body);
    expect(JSON.stringify(theirs.body)).not.toContain('保密资格单位');
    const m1 = await api(nosy.token).get(`/qualifications/${qualificationId}/materials/${fixtureMaterialSha256}`);
    const m2 = await api(nosy.token).get(`/qualifications/${missing}/materials/${fixtureMaterialSha256}`);
    expect([m1.status, m2.status]).toEqual([404, 404]);
    expect(withoutRequestId(m1.body)).toEqual(withoutRequestId(m2.body));
    expect(((await api(nosy.token).get('/qualifications')).body.qualifications as { operatorUnit: string }[]).every((q) => q.operatorUnit === '好奇单位')).toBe(true);
  });

  it('attack: a revoked operator (and its partner) keeps working, or has its agreement resumed before it is qualified again', async () => {
    const operator = await t.principal('operator', undefined, '被撤销单位');
    const place = await approvedAgreement(t, { ...w, operator }, ['street']);
    const partner = await acceptedPartnerOf(operator.token, '被撤销单位的合作方', {}, true);
    const pending = await consentedApplication(operator.token);
    const qualificationId = await ownQualificationId(operator.token);
    const revoked = await auth().post(`/qualifications/${qualificationId}/revoke`, { reason: '材料造假' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.suspended).toEqual([place.agreementId]);
    expect(await agreementState(place.agreementId)).toBe('suspended');
    const entries = (await auth().get(`/audit?action=qualification.revoke&order=desc&limit=5`)).body.entries as { details: { suspendedAgreements?: string[] } }[];
    expect(entries[0].details.suspendedAgreements).toEqual([place.agreementId]);

    for (const token of [operator.token, partner.token]) {
      expect((await api(token).post(`/sandboxes/${place.sandboxId}/query`, { sql: 'SELECT count(*) AS n FROM residents', tier: 'dev' })).status).not.toBe(200);
    }
    const resumed = await auth().post(`/agreements/${place.agreementId}/resume`, {});
    expect({ status: resumed.status, code: resumed.body.error?.code }).toEqual({ status: 409, code: 'operator_not_qualified' });
    expect(await agreementState(place.agreementId)).toBe('suspended');
    const approval = await auth().post(`/applications/${pending}/decision`, { decision: 'approve' });
    expect({ status: approval.status, code: approval.body.error?.code }).toEqual({ status: 409, code: 'operator_not_qualified' });
    expect((await applyFor(operator.token)).body.error.code).toBe('not_qualified');
  });

  it('attack: approving an application whose term outlives the unit’s (shorter) new qualification, so the agreement runs on unqualified', async () => {
    // Applied under a long qualification; revoked; qualified again for a shorter term; then approved.
    const { operator, qualificationId } = await qualifiedUnit('重新资格单位', '2027-01-01T00:00:00Z');
    const pending = await consentedApplication(operator.token, { endsAt: '2026-12-01T00:00:00Z' });
    expect((await auth().post(`/qualifications/${qualificationId}/revoke`, { reason: '整改' })).status).toBe(200);
    const again = await api(operator.token).post('/qualifications', { callId, statement: '整改完成', materials: [material(unique('again'))] });
    expect((await auth().post(`/qualifications/${again.body.id}/review`, { decision: 'qualified', reasons: '短期', validUntil: '2026-03-01T00:00:00Z' })).status).toBe(200);
    const approval = await auth().post(`/applications/${pending}/decision`, { decision: 'approve' });
    // Secure: the authority cannot grant an agreement beyond the qualification in force.
    expect(approval.status).toBe(409);
    expect(approval.body.error?.code).toBe('operator_not_qualified');
    await t.platform.provisioner.idle();
  });

  it('attack: two qualifications of one unit revoked at the same moment, each counting on the other to keep the agreements running', async () => {
    const operator = await t.principal('operator', undefined, '双资格单位');
    const place = await approvedAgreement(t, { ...w, operator }, ['street']);
    const first = await ownQualificationId(operator.token);
    const second = await api(operator.token).post('/qualifications', { callId, statement: '第二份', materials: [material(unique('second'))] });
    expect((await auth().post(`/qualifications/${second.body.id}/review`, { decision: 'qualified', reasons: '通过', validUntil: '2029-01-01T00:00:00Z' })).status).toBe(200);
    const results = await Promise.all([first, second.body.id as string].map((id) => auth().post(`/qualifications/${id}/revoke`, { reason: '同时撤销' })));
    const statuses = ((await api(operator.token).get('/qualifications')).body.qualifications as { status: string }[]).map((q) => q.status);
    if (statuses.every((s) => s !== 'qualified')) expect(await agreementState(place.agreementId)).toBe('suspended');
    expect(results.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
  });

  it('attack: an approval racing the revocation of the unit’s only qualification', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { operator, qualificationId } = await qualifiedUnit(`竞速单位${i}`, '2027-01-01T00:00:00Z');
      const pending = await consentedApplication(operator.token);
      const [revoke, approve] = await Promise.all([
        auth().post(`/qualifications/${qualificationId}/revoke`, { reason: '撤销' }),
        auth().post(`/applications/${pending}/decision`, { decision: 'approve' }),
      ]);
      await t.platform.provisioner.idle();
      if (revoke.status === 200 && approve.status === 201) {
        // Secure: the new agreement cannot stay active under a revoked qualification.
        expect({ round: i, state: await agreementState(approve.body.agreementId as string) }).toEqual({ round: i, state: 'suspended' });
      }
    }
  });

  // ---------------------------------------------------------------- principals and partners

  it('attack: operators, source units, partners, examiners and auditors create principals (any role, or a partner principal for their own partner)', async () => {
    const partner = await acceptedPartnerOf(w.operator.token, '自建账号合作方');
    const callers = [w.operator, w.source, partner, await t.principal('examiner'), await t.principal('auditor')];
    const before = await principalCount();
    for (const who of callers) {
      for (const body of [
        { name: 'x-authority', role: 'authority', unit: 'x' },
        { name: 'x-operator', role: 'operator', unit: '深圳某数据科技公司' },
        { name: 'x-partner', role: 'partner', unit: '自建账号合作方', partnerId: partner.partnerId },
      ]) expect((await api(who.token).post('/principals', body)).status).toBe(403);
      expect((await api(who.token).get('/principals')).status).toBe(403);
    }
    expect(await principalCount()).toBe(before);
  });

  it('attack: a partner principal for a filed, rejected, ended or unknown partner, of another unit, or a partnerId on another role', async () => {
    const filed = await fileAsOperator(w.operator.token, { name: '待审合作方', unit: '待审合作方' });
    const rejected = await fileAsOperator(w.operator.token, { name: '被拒合作方', unit: '被拒合作方' });
    await auth().post(`/partners/${rejected.body.id}/decision`, { decision: 'reject', comment: '不符合' });
    const ended = await acceptedPartnerOf(w.operator.token, '已终止合作方');
    await api(w.operator.token).post(`/partners/${ended.partnerId}/end`, { reason: '终止' });
    const accepted = await acceptedPartnerOf(w.operator.token, 'Partner Unit');
    const before = await principalCount();
    const attempts = [
      { role: 'partner', unit: '待审合作方', partnerId: filed.body.id },
      { role: 'partner', unit: '被拒合作方', partnerId: rejected.body.id },
      { role: 'partner', unit: '已终止合作方', partnerId: ended.partnerId },
      { role: 'partner', unit: 'Partner Unit', partnerId: `ptn_${crypto.randomUUID()}` },
      { role: 'partner', unit: 'PARTNER UNIT', partnerId: accepted.partnerId },
      { role: 'partner', unit: 'Ｐａｒｔｎｅｒ Unit', partnerId: accepted.partnerId },
      { role: 'partner', unit: 'Partner  Unit', partnerId: accepted.partnerId },
      { role: 'partner', unit: '深圳某数据科技公司', partnerId: accepted.partnerId },
      { role: 'operator', unit: 'Partner Unit', partnerId: accepted.partnerId },
      { role: 'examiner', unit: 'Partner Unit', partnerId: accepted.partnerId },
      { role: 'partner', unit: 'Partner Unit' },
    ];
    for (const body of attempts) {
      const res = await auth().post('/principals', { name: `a${Math.random().toString(36).slice(2, 8)}`, ...body });
      expect({ body, status: res.status, code: res.body.error?.code }).toEqual({ body, status: 422, code: 'invalid_partner' });
    }
    expect(await principalCount()).toBe(before);
    // The ended partner's existing principal reaches nothing.
    expect((await api(ended.token).get(`/sandboxes/${a.sandboxId}`)).status).not.toBe(200);
  });

  describe('a partner of operator A against operator B', () => {
    let rival: Party;
    let b: Place;
    let bModel: string;
    let bRun: string;
    let partner: { partnerId: string; token: string; id: string };

    beforeAll(async () => {
      rival = await t.principal('operator', undefined, '竞争运营单位');
      b = await approvedAgreement(t, { ...w, operator: rival }, ['street', 'income']);
      bModel = await approvedModel(rival.token, b.sandboxId, 'SELECT street, count(*) AS n FROM residents GROUP BY street');
      bRun = (await api(rival.token).post(`/models/${bModel}/runs`)).body.id as string;
      await t.platform.runs.idle();
      expect((await releaseRun(t, bRun)).status).toBe(200);
      partner = await acceptedPartnerOf(w.operator.token, '全权合作方', {}, true);
    });

    it('attack: a live-granted partner of A reaches B’s sandbox, schema, twin, models, runs, outputs and agreement (all 404, like missing ids)', async () => {
      const p = api(partner.token);
      const probes: [string, () => PromiseLike<Res>, () => PromiseLike<Res>][] = [
        ['sandbox', () => p.get(`/sandboxes/${b.sandboxId}`), () => p.get('/sandboxes/sbx_missing')],
        ['schema', () => p.get(`/sandboxes/${b.sandboxId}/schema`), () => p.get('/sandboxes/sbx_missing/schema')],
        ['query', () => p.post(`/sandboxes/${b.sandboxId}/query`, { sql: 'SELECT 1 AS one', tier: 'dev' }), () => p.post('/sandboxes/sbx_missing/query', { sql: 'SELECT 1 AS one', tier: 'dev' })],
        ['models', () => p.get(`/sandboxes/${b.sandboxId}/models`), () => p.get('/sandboxes/sbx_missing/models')],
        ['submit', () => p.post(`/sandboxes/${b.sandboxId}/models`, { name: 'x', sql: 'SELECT 1 AS one', purpose: 'x' }), () => p.post('/sandboxes/sbx_missing/models', { name: 'x', sql: 'SELECT 1 AS one', purpose: 'x' })],
        ['model', () => p.get(`/models/${bModel}`), () => p.get('/models/mdl_missing')],
        ['run.create', () => p.post(`/models/${bModel}/runs`), () => p.post('/models/mdl_missing/runs')],
        ['runs', () => p.get(`/sandboxes/${b.sandboxId}/runs`), () => p.get('/sandboxes/sbx_missing/runs')],
        ['run', () => p.get(`/runs/${bRun}`), () => p.get('/runs/run_missing')],
        ['output', () => p.get(`/runs/${bRun}/output`), () => p.get('/runs/run_missing/output')],
        ['agreement', () => p.get(`/agreements/${b.agreementId}`), () => p.get('/agreements/agr_missing')],
      ];
      for (const [what, theirs, missing] of probes) {
        const [x, y] = [await theirs(), await missing()];
        expect({ what, status: x.status }).toEqual({ what, status: 404 });
        expect({ what, body: withoutRequestId(x.body) }).toEqual({ what, body: withoutRequestId(y.body) });
        expect(JSON.stringify(x.body)).not.toContain('竞争运营单位');
      }
      const listed = (await p.get('/agreements')).body.agreements as { id: string }[];
      expect(listed.map((x) => x.id)).not.toContain(b.agreementId);
      const models = (await p.get('/models')).body;
      expect(JSON.stringify(models)).not.toContain(bModel);
      expect((await api(rival.token).get(`/runs/${bRun}`)).body.status).toBe('released');
    });

    it('attack: a partner filed under another operator’s unit name inherits nothing of that operator', async () => {
      // A files a partner whose unit is B's unit name; the authority accepts; the principal carries B's unit.
      const impostor = await acceptedPartnerOf(w.operator.token, '竞争运营单位', {}, true);
      const p = api(impostor.token);
      expect((await p.get(`/sandboxes/${b.sandboxId}`)).status).toBe(404);
      expect((await p.get(`/runs/${bRun}/output`)).status).toBe(404);
      expect(((await p.get('/agreements')).body.agreements as { id: string }[]).map((x) => x.id)).not.toContain(b.agreementId);
      for (const route of ['/qualifications', '/applications', '/partners', '/products', '/feedback', '/filings', '/risk-reports']) {
        expect({ route, status: (await p.get(route)).status }).toEqual({ route, status: 403 });
      }
      expect((await applyFor(impostor.token)).status).toBe(403);
      const inbox = (await p.get('/inbox')).body.items as { count: number }[] | undefined;
      expect((inbox ?? []).every((i) => i.count === 0)).toBe(true);
    });
  });

  it('attack: a partner without the live grant starts runs, reads outputs, registers products, suspends, invokes products, manages partners', async () => {
    const partner = await acceptedPartnerOf(w.operator.token, '开发合作方');
    const p = api(partner.token);
    const modelId = await approvedModel(partner.token, a.sandboxId, 'SELECT street, count(*) AS n FROM residents GROUP BY street');
    const run = await api(w.operator.token).post(`/models/${modelId}/runs`);
    await t.platform.runs.idle();
    expect((await releaseRun(t, run.body.id)).status).toBe(200);
    const attempts: [string, () => PromiseLike<Res>][] = [
      ['run.create', () => p.post(`/models/${modelId}/runs`)],
      ['run.output', () => p.get(`/runs/${run.body.id}/output`)],
      ['run.output csv', () => p.get(`/runs/${run.body.id}/output?format=csv`)],
      ['product.create', () => p.post('/products', { name: 'x', kind: 'dataset', runId: run.body.id, description: 'x' })],
      ['product.create api', () => p.post('/products', { name: 'x', kind: 'api', modelId, description: 'x' })],
      ['suspend', () => p.post(`/agreements/${a.agreementId}/suspend`, { reason: '风险' })],
      ['terminate', () => p.post(`/agreements/${a.agreementId}/terminate`, { reason: 'x' })],
      ['invoke', () => p.get('/products/prd_x/invoke')],
      ['data', () => p.get('/products/prd_x/data')],
      ['partner.access', () => p.post(`/partners/${partner.partnerId}/access`, { live: true, reason: '自授权' })],
      ['partner.decide', () => p.post(`/partners/${partner.partnerId}/decision`, { decision: 'accept' })],
      ['partner.file', () => p.post('/partners', { name: 'y', unit: 'y', duties: 'd', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z', documents: [fixtureMaterial] })],
      ['model.review', () => p.post(`/models/${modelId}/review`, { decision: 'approve' })],
      ['run.release', () => p.post(`/runs/${run.body.id}/release`, { decision: 'approve' })],
      ['qualification', () => p.post('/qualifications', { callId, statement: 's', materials: [fixtureMaterial] })],
    ];
    for (const [what, attempt] of attempts) expect({ what, status: (await attempt()).status }).toEqual({ what, status: 403 });
    expect(await agreementState(a.agreementId)).toBe('active');
    expect((await auth().get(`/partners/${partner.partnerId}`)).body.liveAccess).toBe(false);
  });

  it('attack: a partner whose live grant is withdrawn, whose partnership ends or whose term passes while its run waits in the queue', async () => {
    const variants: [string, (partnerId: string) => Promise<void>, string | undefined][] = [
      ['grant withdrawn', async (id) => { expect((await auth().post(`/partners/${id}/access`, { live: false, reason: '收回' })).status).toBe(200); }, undefined],
      ['partnership ended', async (id) => { expect((await api(w.operator.token).post(`/partners/${id}/end`, { reason: '终止' })).status).toBe(200); }, undefined],
      ['term passed', async () => { t.clock.set(new Date('2026-03-02T00:00:00Z')); }, '2026-03-01T00:00:00Z'],
    ];
    const saved = t.clock.now();
    const outcomes: { what: string; status: string }[] = [];
    for (const [i, [what, cut, endsAt]] of variants.entries()) {
      const partner = await acceptedPartnerOf(w.operator.token, `排队合作方${i}`, endsAt ? { endsAt } : {}, true);
      const modelId = await approvedModel(partner.token, a.sandboxId, `SELECT street, count(*) AS n, ${i} AS variant FROM residents GROUP BY street`);
      let open!: () => void;
      const gate = new Promise<void>((resolve) => { open = resolve; });
      // Another run's check holds the agreement's check lock, so the partner's run waits in the queue.
      const held = t.platform.runs.exclusively(a.agreementId, () => gate);
      const queued = await api(partner.token).post(`/models/${modelId}/runs`);
      expect(queued.status).toBe(201);
      try {
        await cut(partner.partnerId);
      } finally {
        open();
        await held;
        await t.platform.runs.idle();
        t.clock.set(saved);
      }
      outcomes.push({ what, status: (await auth().get(`/runs/${queued.body.id}`)).body.status as string });
    }
    expect(outcomes).toEqual(variants.map(([what]) => ({ what, status: 'failed' })));
  });

  // ---------------------------------------------------------------- evidence files

  it('attack: path traversal and malformed hashes through the sha256 parameter of material and document downloads', async () => {
    const mine = (await api(w.operator.token).get('/qualifications')).body.qualifications[0] as { id: string; materials: { sha256: string }[] };
    const partner = (await fileAsOperator(w.operator.token)).body as { id: string; documents: { sha256: string }[] };
    const real = mine.materials[0].sha256;
    const hostile = [
      '..%2F..%2F..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%5C..%5Cevidence', '%2Fetc%2Fpasswd', real.toUpperCase(), `${real}%00`, `${real}%0a`,
      `${real.slice(0, 63)}`, `${real}0`, `..%2F${real}`, `${real}%2F..`, encodeURIComponent(`.${real}.1.tmp`), '0'.repeat(64), 'g'.repeat(64),
    ];
    for (const [base] of [[`/qualifications/${mine.id}/materials/`], [`/partners/${partner.id}/documents/`]]) {
      for (const h of hostile) {
        const res = await t.http.get(`/api/v1${base}${h}`).set(...bearer(w.operator.token)).buffer(true);
        expect({ h, ok: res.status === 200 }).toEqual({ h, ok: false });
        expect([400, 404, 422]).toContain(res.status);
        expect(String(res.text ?? '')).not.toMatch(/root:|统一社会信用代码/);
      }
    }
    expect(fs.readdirSync(path.join(t.dataDir, 'evidence')).every((f) => /^[0-9a-f]{64}$/.test(f))).toBe(true);
  });

  it('attack: HTML, SVG, script and XHTML material rendered inline, sniffed, or with an injected header through its name', async () => {
    const hostile = [
      { name: 'report.html', contentType: 'text/html', text: `<html><script>alert(document.cookie)</script>${unique('h')}</html>` },
      { name: 'logo.svg', contentType: 'image/svg+xml', text: `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">${unique('s')}</svg>` },
      { name: 'x.js', contentType: 'application/javascript', text: `fetch('/api/v1/principals');//${unique('j')}` },
      { name: 'x.xhtml', contentType: 'application/xhtml+xml', text: `<html xmlns="http://www.w3.org/1999/xhtml"><script>1</script>${unique('x')}</html>` },
      { name: 'a"; filename="evil.html', contentType: 'text/plain', text: unique('q') },
      { name: '报告 "x";inline.html', contentType: 'text/html', text: unique('u') },
    ];
    const operator = await t.principal('operator', undefined, '上传单位', { qualified: false });
    const submitted = await api(operator.token).post('/qualifications', { callId, statement: 's', materials: hostile.map((h) => material(h.text, h.name, h.contentType)) });
    expect(submitted.status).toBe(201);
    for (const [i, h] of hostile.entries()) {
      const res = await api(operator.token).get(`/qualifications/${submitted.body.id}/materials/${sha(h.text)}`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect({ i, status: res.status }).toEqual({ i, status: 200 });
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^";\s]*$/);
      expect(disposition).not.toMatch(/inline/i.test(h.name) ? /^inline/ : /inline/i);
      expect((res.body as Buffer).toString()).toBe(h.text);
    }
  });

  it('attack: oversize bodies and files, too many files, and failed filings leave bytes in the evidence store', async () => {
    const operator = await t.principal('operator', undefined, '超限单位', { qualified: false });
    const before = stored();
    const small = material(unique('small'));
    const big = { name: 'big.bin', contentType: 'application/octet-stream', base64: Buffer.alloc(5 * 1024 * 1024 + 1, 7).toString('base64') };
    const tooBig = await api(operator.token).post('/qualifications', { callId, statement: 's', materials: [small, big] });
    expect({ status: tooBig.status, code: tooBig.body.error?.code }).toEqual({ status: 422, code: 'file_too_large' });
    const huge = Buffer.alloc(28 * 1024 * 1024, 1).toString('base64');
    const overBody = await api(operator.token).post('/qualifications', { callId, statement: 's', materials: [small, { ...big, base64: huge }] });
    expect(overBody.status).toBe(413);
    const overPartner = await api(w.operator.token).post('/partners', { name: 'n', unit: 'n2', duties: 'd', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z', documents: [small, { ...big, base64: huge }] });
    expect(overPartner.status).toBe(413);
    const many = Array.from({ length: 11 }, (_, i) => material(unique(`many${i}`)));
    expect([400, 422]).toContain((await api(operator.token).post('/qualifications', { callId, statement: 's', materials: many })).status);
    expect([400, 422]).toContain((await api(w.operator.token).post('/partners', { name: 'n', unit: 'n3', duties: 'd', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z', documents: many })).status);
    // Refusals after the body is read: a past term, the operator's own unit, an unknown or closed call.
    expect((await fileAsOperator(w.operator.token, { endsAt: '2025-01-01T00:00:00Z', documents: [small] })).status).toBe(422);
    expect((await fileAsOperator(w.operator.token, { unit: '深圳某数据科技公司', documents: [small] })).status).toBe(422);
    expect((await api(operator.token).post('/qualifications', { callId: 'call_missing', statement: 's', materials: [small] })).status).toBe(422);
    const closed = (await auth().post('/calls', { title: '已关闭', requirements: 'r', deadline: '2026-12-01T00:00:00Z' })).body.id as string;
    await auth().post(`/calls/${closed}/close`);
    expect((await api(operator.token).post('/qualifications', { callId: closed, statement: 's', materials: [small] })).status).toBe(409);
    expect(stored()).toEqual(before);
    expect((await auth().get('/qualifications')).body.qualifications.filter((q: { operatorUnit: string }) => q.operatorUnit === '超限单位')).toEqual([]);
  });

  it('attack: invalid, non-canonical or padded base64 bytes are stored as something else', async () => {
    const operator = await t.principal('operator', undefined, '编码单位', { qualified: false });
    const before = stored();
    for (const base64 of ['YR==', 'Y', '====', 'YW Jj', 'YWJj\n', 'YWJj-_', '@@@@', 'YWJj====', '8J+YgA-', '']) {
      const res = await api(operator.token).post('/qualifications', { callId, statement: 's', materials: [{ name: 'a.txt', contentType: 'text/plain', base64 }] });
      expect({ base64, refused: [400, 422].includes(res.status) }).toEqual({ base64, refused: true });
    }
    expect(stored()).toEqual(before);
  });

  it('attack: file names with path separators, ASCII control characters or header-breaking bytes', async () => {
    const operator = await t.principal('operator', undefined, '文件名单位', { qualified: false });
    const before = stored();
    for (const name of ['../etc/passwd', 'a/b.pdf', 'a\\b.pdf', '..\\..\\boot.ini', 'a\u0000.pdf', 'a\r\nX-Injected: 1', 'a\nb', 'a\tb', '\u001b[31mred', '   ', 'a'.repeat(201)]) {
      const res = await api(operator.token).post('/qualifications', { callId, statement: 's', materials: [{ ...material(unique('n')), name }] });
      expect({ name, refused: [400, 422].includes(res.status) }).toEqual({ name, refused: true });
    }
    expect(stored()).toEqual(before);
  });

  it('attack: file names with the DEL character or C1 control characters (terminal escapes such as CSI \\u009b)', async () => {
    const operator = await t.principal('operator', undefined, '控制字符单位', { qualified: false });
    for (const name of ['a\u007f.pdf', 'x\u009b31mred.pdf', 'x\u0085y.pdf', 'x\u0090z.pdf']) {
      const res = await api(operator.token).post('/qualifications', { callId, statement: 's', materials: [{ ...material(unique('c1')), name }] });
      expect({ name: JSON.stringify(name), refused: [400, 422].includes(res.status) }).toEqual({ name: JSON.stringify(name), refused: true });
    }
  });

  it('attack: reading another unit’s material or documents by the hash of a known or guessed file', async () => {
    const secretText = unique('仅甲方可见的材料');
    const victim = await t.principal('operator', undefined, '甲方单位', { qualified: false });
    const vq = (await api(victim.token).post('/qualifications', { callId, statement: 's', materials: [material(secretText), fixtureMaterial] })).body as { id: string };
    const vp = (await fileAsOperator(victim.token, { documents: [material(`${secretText}-partner`)] })).body as { id: string };
    const thief = await t.principal('operator', undefined, '乙方单位');
    const tq = await ownQualificationId(thief.token);
    const tp = (await fileAsOperator(thief.token)).body as { id: string };
    const secret = sha(secretText);
    const secretDoc = sha(`${secretText}-partner`);
    const get = (p: string) => api(thief.token).get(p);
    const pairs: [string, string][] = [
      [`/qualifications/${vq.id}/materials/${secret}`, `/qualifications/${vq.id}/materials/${'a'.repeat(64)}`],
      [`/qualifications/${vq.id}/materials/${fixtureMaterialSha256}`, `/qualifications/qual_missing/materials/${fixtureMaterialSha256}`],
      [`/qualifications/${tq}/materials/${secret}`, `/qualifications/${tq}/materials/${'a'.repeat(64)}`],
      [`/partners/${vp.id}/documents/${secretDoc}`, `/partners/ptn_missing/documents/${secretDoc}`],
      [`/partners/${tp.id}/documents/${secretDoc}`, `/partners/${tp.id}/documents/${'a'.repeat(64)}`],
      [`/partners/${tp.id}/documents/${secret}`, `/partners/${tp.id}/documents/${'b'.repeat(64)}`],
    ];
    for (const [guess, control] of pairs) {
      const [x, y] = [await get(guess), await get(control)];
      expect({ guess, status: x.status }).toEqual({ guess, status: 404 });
      expect(withoutRequestId(x.body)).toEqual(withoutRequestId(y.body));
    }
    // The owner still reads its own file.
    expect((await api(victim.token).get(`/qualifications/${vq.id}/materials/${secret}`)).status).toBe(200);
  });

  // ---------------------------------------------------------------- the directory

  describe('the directory', () => {
    let narrow: string; // a dataset offered for street and income, for 就业帮扶 only
    let spare: string;

    const newDataset = async (name: string, withData = true, openness = 'conditional') => {
      const created = await api(w.source.token).post('/datasets', { ...residentsSchema, name, title: `${name} 数据`, openness });
      expect(created.status).toBe(201);
      if (withData) {
        await t.http.put(`/api/v1/datasets/${created.body.id}/data`).set(...bearer(w.source.token)).set('Content-Type', 'text/csv').send(residentsCsv(60));
        await t.http.put(`/api/v1/datasets/${created.body.id}/masking-rules`).set(...bearer(w.source.token)).set('Content-Type', 'application/yaml').send(residentsRules);
      }
      return created.body.id as string;
    };
    const propose = (datasetId: string, over: Record<string, unknown> = {}, token = w.source.token) =>
      api(token).post('/directory/proposals', { datasetId, columns: ['street', 'income'], scenarios: ['就业帮扶'], openness: 'conditional', ...over });
    const publish = (id: string) => auth().post(`/directory/proposals/${id}/decision`, { decision: 'publish' });
    const applyNarrow = (columns: string[], scenario = '就业帮扶', datasets?: object[]) => applyFor(w.operator.token, { scenario, datasets: datasets ?? [{ datasetId: narrow, columns }] });
    const count = async () => ((await auth().get('/applications')).body.applications as unknown[]).length;

    beforeAll(async () => {
      narrow = await newDataset('residents_narrow');
      spare = await newDataset('residents_spare', false);
      expect((await publish((await propose(narrow)).body.id)).status).toBe(200);
    });

    it('attack: applying for a column or scenario outside the directory by case, spacing, duplicates, width, look-alike scripts or invisible characters', async () => {
      expect((await applyNarrow(['street'])).status).toBe(201);
      const before = await count();
      const columns = [['Street'], ['STREET'], ['street', 'mobile'], ['\u0455treet'], ['street\u200b'], ['ｓｔｒｅｅｔ'], ['street', 'street', 'mobile'], ['mobile', 'mobile'], ['id_number']];
      for (const c of columns) {
        const res = await applyNarrow(c);
        expect({ c, refused: [400, 422].includes(res.status) }).toEqual({ c, refused: true });
      }
      for (const scenario of ['就业帮扶\u200b', '就業帮扶', '就业 帮扶', '就业帮扶（扩展）', '*', 'any', '%']) {
        const res = await applyNarrow(['street'], scenario);
        expect({ scenario, status: res.status, code: res.body.error?.code }).toEqual({ scenario, status: 422, code: 'not_in_directory' });
      }
      const twice = await applyNarrow([], '就业帮扶', [{ datasetId: narrow, columns: ['street'] }, { datasetId: narrow, columns: ['mobile'] }]);
      expect([400, 422]).toContain(twice.status);
      const unlisted = await applyNarrow([], '就业帮扶', [{ datasetId: spare, columns: ['street'] }]);
      expect(unlisted.status).toBe(422);
      expect(await count()).toBe(before);
    });

    it('attack: a dataset withdrawn or narrowed between submission and approval is still granted', async () => {
      const temp = await newDataset('residents_withdrawn');
      expect((await publish((await propose(temp, { scenarios: [] })).body.id)).status).toBe(200);
      const withdrawnApp = await consentedApplication(w.operator.token, { datasets: [{ datasetId: temp, columns: ['income'] }] });
      expect((await auth().del(`/directory/entries/${temp}?reason=${encodeURIComponent('停止开放')}`)).status).toBe(200);
      const approval = await auth().post(`/applications/${withdrawnApp}/decision`, { decision: 'approve' });
      expect({ status: approval.status, code: approval.body.error?.code }).toEqual({ status: 422, code: 'not_in_directory' });
      expect((await applyFor(w.operator.token, { datasets: [{ datasetId: temp, columns: ['income'] }] })).status).toBe(422);

      const shrinking = await newDataset('residents_shrinking');
      expect((await publish((await propose(shrinking, { scenarios: [] })).body.id)).status).toBe(200);
      const wide = await consentedApplication(w.operator.token, { datasets: [{ datasetId: shrinking, columns: ['street', 'income'] }] });
      expect((await publish((await propose(shrinking, { columns: ['street'], scenarios: [] })).body.id)).status).toBe(200);
      expect((await auth().post(`/applications/${wide}/decision`, { decision: 'approve' })).status).toBe(422);
      const scoped = await consentedApplication(w.operator.token, { scenario: '城市治理', datasets: [{ datasetId: shrinking, columns: ['street'] }] });
      expect((await publish((await propose(shrinking, { columns: ['street'], scenarios: ['就业帮扶'] })).body.id)).status).toBe(200);
      expect((await auth().post(`/applications/${scoped}/decision`, { decision: 'approve' })).status).toBe(422);
    });

    it('attack: two publications racing, and one proposal published twice at once, lose an entry or make two versions', async () => {
      const x = await newDataset('residents_race_x', false);
      const y = await newDataset('residents_race_y', false);
      const px = (await propose(x, { scenarios: [] })).body.id as string;
      const py = (await propose(y, { scenarios: [] })).body.id as string;
      const before = (await auth().get('/directory')).body.version as number;
      const results = await Promise.all([publish(px), publish(py), publish(px)]);
      const current = (await auth().get('/directory')).body as { version: number; entries: { datasetId: string }[] };
      const proposals = (await auth().get('/directory/proposals')).body.proposals as { id: string; status: string; publishedVersion: number | null }[];
      const published = proposals.filter((p) => [px, py].includes(p.id) && p.status === 'published');
      expect(results.filter((r) => r.status === 200).length).toBe(published.length);
      expect(current.version).toBe(before + published.length);
      for (const p of published) expect(current.entries.map((e) => e.datasetId)).toContain(p.id === px ? x : y);
      expect(new Set(published.map((p) => p.publishedVersion)).size).toBe(published.length);
      for (const r of results.filter((r) => r.status !== 200)) expect([409]).toContain(r.status);
    });

    it('attack: a source unit proposes another unit’s dataset, a closed dataset, looser openness or unknown columns, or publishes and withdraws itself', async () => {
      const rivalSource = await t.principal('source', undefined, '另一数源单位');
      const closed = await newDataset('residents_closed', false, 'closed');
      const before = ((await auth().get('/directory/proposals')).body.proposals as unknown[]).length;
      expect((await propose(narrow, {}, rivalSource.token)).status).toBe(403);
      expect((await propose(narrow, {}, w.operator.token)).status).toBe(403);
      expect((await propose(closed, { openness: 'conditional' })).status).toBe(422);
      expect((await propose(closed, { openness: 'unconditional' })).status).toBe(422);
      expect((await propose(narrow, { openness: 'unconditional' })).status).toBe(422);
      for (const over of [{ columns: ['street', 'Street'] }, { columns: ['street', '\u0455treet'] }, { openness: 'closed' }]) expect([400, 422]).toContain((await propose(narrow, over)).status);
      expect(((await auth().get('/directory/proposals')).body.proposals as unknown[]).length).toBe(before);

      const own = (await propose(narrow, { columns: ['street', 'income', 'mobile', 'id_number'], scenarios: [] })).body.id as string;
      for (const who of [w.source, rivalSource, w.operator]) {
        expect((await api(who.token).post(`/directory/proposals/${own}/decision`, { decision: 'publish' })).status).toBe(403);
        expect((await api(who.token).del(`/directory/entries/${narrow}?reason=x`)).status).toBe(403);
      }
      expect(((await api(rivalSource.token).get('/directory/proposals')).body.proposals as { id: string }[]).map((p) => p.id)).not.toContain(own);
      const entry = ((await auth().get('/directory')).body.entries as { datasetId: string; columns: string[] }[]).find((e) => e.datasetId === narrow);
      expect(entry?.columns).toEqual(['street', 'income']);
      expect((await auth().post(`/directory/proposals/${own}/decision`, { decision: 'reject', comment: '过宽' })).status).toBe(200);
    });
  });

  // ---------------------------------------------------------------- audit

  it('attack: denied selection attempts leave no audit entry', async () => {
    const intruder = await t.principal('operator', undefined, '闯入单位', { qualified: false });
    const victim = await qualifiedUnit('审计受害单位');
    const x = api(intruder.token);
    await x.post(`/qualifications/${victim.qualificationId}/review`, { decision: 'qualified', reasons: 'r' });
    await x.post(`/qualifications/${victim.qualificationId}/revoke`, { reason: 'r' });
    await x.get(`/qualifications/${victim.qualificationId}`);
    await x.post('/calls', { title: 't', requirements: 'r', deadline: '2026-12-01T00:00:00Z' });
    await x.post('/principals', { name: 'x', role: 'authority', unit: 'x' });
    await x.post('/directory/proposals', { datasetId: w.datasetId, columns: ['street'], scenarios: [], openness: 'conditional' });
    await applyFor(intruder.token);
    const entries = (await auth().get(`/audit?actor=${intruder.id}&limit=1000`)).body.entries as { action: string; outcome: string; resource: string }[];
    const refused = entries.filter((e) => e.outcome !== 'allowed').map((e) => e.action);
    for (const action of ['qualification.review', 'qualification.revoke', 'qualification.read', 'call.open', 'principal.create', 'directory.propose', 'application.create']) {
      expect({ action, recorded: refused.includes(action) }).toEqual({ action, recorded: true });
    }
  });
});
