/**
 * Attack: a source-unit clerk keeps ID number, name and mobile in clear with a junk justification,
 * previews raw identifiers and lets sandboxes be built with them. Keeping a personal/identifier
 * column now needs a justification of 20+ meaningful characters and the authority's approval of
 * that rule-set version before any application, approval or sandbox may use it; the preview marks
 * the columns kept in clear. A pending or rejected version is never silently replaced by an
 * earlier one: the dataset is unusable until the authority approves or the source stores anew.
 */
import { residentsWorld, type World } from '../../fixtures/demo-world';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

type Approval = { status: string; by: string | null; at: string | null; comment: string | null };
type Version = { version: number; keepsIdentifiers: boolean; keptInClear: string[]; approval: Approval };
type Detail = { column?: string; path?: string; message: string };

const JUSTIFICATION = '按协议约定用于就业帮扶对象的精准核对，原值仅在沙箱内使用';

const keepingRules = (justification: string) => ({
  columns: {
    id_number: { strategy: 'keep', justification },
    name: { strategy: 'keep', justification },
    mobile: { strategy: 'keep', justification },
    birth_date: { strategy: 'generalize', to: 'age_band', width: 10 },
    income: { strategy: 'noise', distribution: 'laplace', scale: 100 },
  },
});
const COLUMNS = ['id_number', 'name', 'mobile', 'street'];

describe('attack: a source unit keeps identifiers in clear with a junk justification', () => {
  let t: TestPlatform;
  let w: World;
  /** Submitted and consented while the rules in force kept nothing in clear. */
  let consentedBefore: string;

  const putRules = (doc: unknown, token = w.source.token) =>
    t.http.put(`/api/v1/datasets/${w.datasetId}/masking-rules`).set(...bearer(token)).set('Content-Type', 'application/json').send(JSON.stringify(doc));
  const versions = async (): Promise<Version[]> => {
    const res = await t.http.get(`/api/v1/datasets/${w.datasetId}/masking-rules`).set(...bearer(w.operator.token));
    expect(res.status).toBe(200);
    return res.body.versions as Version[];
  };
  const decideRules = (version: number, decision: 'approve' | 'reject', token = t.authorityToken, comment?: string) =>
    t.http.post(`/api/v1/datasets/${w.datasetId}/masking-rules/${version}/approval`).set(...bearer(token)).send({ decision, ...(comment ? { comment } : {}) });
  const apply = () => t.http.post('/api/v1/applications').set(...bearer(w.operator.token)).send({
    scenario: '就业帮扶', purpose: '核对就业困难人员', datasets: [{ datasetId: w.datasetId, columns: COLUMNS }],
    startsAt: '2026-01-10T00:00:00Z', endsAt: '2026-07-01T00:00:00Z',
  });
  const consent = (id: string) => t.http.post(`/api/v1/applications/${id}/consents`).set(...bearer(w.source.token)).send({ datasetId: w.datasetId, decision: 'approve' });
  const decideApplication = (id: string) => t.http.post(`/api/v1/applications/${id}/decision`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
  const applicationCount = async () => ((await t.http.get('/api/v1/applications').set(...bearer(t.authorityToken))).body.applications as unknown[]).length;

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 60);
    const applied = await apply();
    expect(applied.status).toBe(201);
    consentedBefore = applied.body.id as string;
    expect((await consent(consentedBefore)).status).toBe(201);
  });
  afterAll(() => t.destroy());

  it('refuses keeping id_number, name and mobile with a junk justification, storing nothing', async () => {
    const before = await versions();
    for (const junk of ['xxxxxxxxxx', 'x'.repeat(30), 'ab'.repeat(15), '1234'.repeat(6), 'ok ok ok ok ok ok ok ok', '为了统计需要保留原值']) {
      const res = await putRules(keepingRules(junk));
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('invalid_rules');
      const columns = (res.body.error.details as Detail[]).map((d) => d.column).sort();
      expect(columns).toEqual(['id_number', 'mobile', 'name']);
    }
    expect(await versions()).toEqual(before);
  });

  it('stores a properly justified keeping version as pending, and GET shows its approval state', async () => {
    const res = await putRules(keepingRules(JUSTIFICATION));
    expect(res.status).toBe(201);
    const all = await versions();
    expect(all[0]).toMatchObject({ version: 1, keepsIdentifiers: false, keptInClear: [], approval: { status: 'not_needed', by: null, at: null, comment: null } });
    expect(all.at(-1)).toMatchObject({
      version: res.body.version, keepsIdentifiers: true, keptInClear: ['id_number', 'name', 'mobile'],
      approval: { status: 'pending', by: null, at: null, comment: null },
    });
  });

  it('the preview marks the columns kept in clear (stored and draft rules)', async () => {
    const stored = await t.http.post(`/api/v1/datasets/${w.datasetId}/masking-rules/preview`).set(...bearer(w.source.token)).send({ limit: 5 });
    expect(stored.status).toBe(200);
    expect(stored.body.keptInClear).toEqual(['id_number', 'name', 'mobile']);
    expect(stored.body.rulesVersion).toBe(2);
    const draft = await t.http.post(`/api/v1/datasets/${w.datasetId}/masking-rules/preview`).set(...bearer(w.source.token))
      .send({ limit: 5, rules: { columns: { ...keepingRules(JUSTIFICATION).columns, name: { strategy: 'fake', kind: 'cn_name' }, mobile: { strategy: 'mask', preset: 'cn_mobile' } } } });
    expect(draft.status).toBe(200);
    expect(draft.body.keptInClear).toEqual(['id_number']);
  });

  it('refuses an application naming the dataset while the version is pending (422 rules_not_approved)', async () => {
    const count = await applicationCount();
    const res = await apply();
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('rules_not_approved');
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'datasets.0', message: expect.stringMatching(/version 2 keeps id_number, name, mobile in clear and is pending/) })]);
    expect(await applicationCount()).toBe(count);
  });

  it('refuses the authority’s approval of an application consented before the pending version', async () => {
    const res = await decideApplication(consentedBefore);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('rules_not_approved');
    const read = await t.http.get(`/api/v1/applications/${consentedBefore}`).set(...bearer(t.authorityToken));
    expect(read.body.status).toBe('submitted');
  });

  it('provisioning never loads the pending version, and does not fall back to version 1', async () => {
    await expect(t.platform.maskingRules.current(w.datasetId)).rejects.toMatchObject({ status: 422, code: 'rules_not_approved' });
    expect((await t.platform.maskingRules.latest(w.datasetId))?.version).toBe(2);
  });

  it('a source unit cannot approve its own rules; operators, auditors and other sources cannot either', async () => {
    const otherSource = await t.principal('source', undefined, '别的数源单位');
    const auditor = await t.principal('auditor');
    for (const token of [w.source.token, otherSource.token, w.operator.token, auditor.token]) {
      const res = await decideRules(2, 'approve', token);
      expect([403, 404]).toContain(res.status);
      expect(res.body.error.code).toBeDefined();
    }
    expect((await versions()).at(-1)?.approval.status).toBe('pending');
  });

  it('answers 404 to an unknown version or dataset and 409 to a version that needs no approval', async () => {
    expect((await decideRules(99, 'approve')).status).toBe(404);
    expect((await t.http.post('/api/v1/datasets/ds_nope/masking-rules/2/approval').set(...bearer(t.authorityToken)).send({ decision: 'approve' })).status).toBe(404);
    const notNeeded = await decideRules(1, 'approve');
    expect(notNeeded.status).toBe(409);
    expect(notNeeded.body.error.code).toBe('approval_not_needed');
    expect((await decideRules(2, 'maybe' as 'approve')).status).toBe(400);
  });

  it('once the authority approves, the application proceeds and the sandbox is built from that version; deciding twice is 409', async () => {
    const me = await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    const approved = await decideRules(2, 'approve', t.authorityToken, '经审查同意，限本协议范围使用');
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ version: 2, keepsIdentifiers: true, approval: { status: 'approved', by: me.body.id, at: expect.any(String), comment: '经审查同意，限本协议范围使用' } });
    const again = await decideRules(2, 'reject');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_decided');
    expect((await versions()).at(-1)?.approval.status).toBe('approved');

    const applied = await apply();
    expect(applied.status).toBe(201);
    const decided = await decideApplication(consentedBefore);
    expect(decided.status).toBe(201);
    await t.platform.provisioner.settle(decided.body.sandboxId as string);
    const sandbox = await t.http.get(`/api/v1/sandboxes/${decided.body.sandboxId}`).set(...bearer(t.authorityToken));
    expect(sandbox.body.state).toBe('ready');
    expect(sandbox.body.loadedFrom).toEqual([expect.objectContaining({ datasetId: w.datasetId, rulesVersion: 2 })]);
  });

  it('a rejected version blocks the dataset, with no fall back to the approved version before it', async () => {
    const stored = await putRules({ columns: { ...keepingRules(JUSTIFICATION).columns, name: { strategy: 'fake', kind: 'cn_name' } } });
    expect(stored.status).toBe(201);
    const rejected = await decideRules(stored.body.version as number, 'reject', t.authorityToken, '身份证号与手机号不得明文');
    expect(rejected.status).toBe(201);
    expect(rejected.body.approval).toMatchObject({ status: 'rejected', by: expect.any(String), at: expect.any(String), comment: '身份证号与手机号不得明文' });
    expect((await decideRules(stored.body.version as number, 'approve')).status).toBe(409);
    const res = await apply();
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('rules_not_approved');
    await expect(t.platform.maskingRules.current(w.datasetId)).rejects.toMatchObject({ code: 'rules_not_approved' });
  });

  it('audits every approval call, allowed or denied', async () => {
    await t.platform.audit.verify();
    const entries = await t.platform.audit.find({ action: 'masking_rules.approve', limit: 100 });
    const outcomes = new Set(entries.map((e) => e.outcome));
    expect(outcomes).toEqual(new Set(['allowed', 'denied', 'failed']));
    for (const entry of entries.filter((e) => e.outcome === 'allowed')) expect(entry.resource).toBe(`dataset:${w.datasetId}`);
  });
});
