/**
 * Adversarial tests of the examiner (模型查验机构) feature and two-person release (双人复核):
 * an examiner reaching beyond its entrustment, reviewers trying to release alone, an operator
 * trying to learn the review's progress or release its own run. Each test asserts the secure
 * behaviour.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsRules, residentsWorld, type World } from '../../fixtures/demo-world';
import { residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';

type Party = { id: string; token: string };
type Place = { agreementId: string; sandboxId: string };

describe('examiner attacks', () => {
  let t: TestPlatform;
  let w: World;
  let a: Place;
  let b: Place;
  let general: Place;
  let examiner: Party; // entrusted with a only
  let second: Party; // a second authority principal
  let third: Party; // a third authority principal
  let authorityId: string;

  const api = (token: string) => ({
    get: (path: string) => t.http.get(`/api/v1${path}`).set(...bearer(token)),
    post: (path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body),
    put: (path: string, body: object = {}) => t.http.put(`/api/v1${path}`).set(...bearer(token)).send(body),
    del: (path: string) => t.http.delete(`/api/v1${path}`).set(...bearer(token)),
  });
  const entrust = (body: object, token = t.authorityToken) => api(token).post('/entrustments', body);
  const submit = async (sandboxId: string, sql = 'SELECT street, count(*) AS people FROM residents GROUP BY street') => {
    const res = await api(w.operator.token).post(`/sandboxes/${sandboxId}/models`, { name: `m${Math.random().toString(36).slice(2, 8)}`, sql, purpose: '按街道统计' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const submitAndApprove = async (sandboxId: string, approverToken = t.authorityToken, sql?: string) => {
    const id = await submit(sandboxId, sql);
    expect((await api(approverToken).post(`/models/${id}/review`, { decision: 'approve' })).status).toBe(200);
    return id;
  };
  const finishedRun = async (modelId: string) => {
    const res = await api(w.operator.token).post(`/models/${modelId}/runs`, {});
    expect(res.status).toBe(201);
    await t.platform.runs.idle();
    return res.body.id as string;
  };
  const approve = async (token: string, runId: string, comment?: string) => {
    await api(token).get(`/runs/${runId}/review`);
    return api(token).post(`/runs/${runId}/release`, { decision: 'approve', ...(comment ? { comment } : {}) });
  };
  const stored = async (runId: string) => (await api(t.authorityToken).get(`/runs/${runId}`)).body;
  const withoutRequestId = (body: { error?: { requestId?: string } }) => (body.error ? { ...body, error: { ...body.error, requestId: undefined } } : body);

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 200);
    a = await approvedAgreement(t, w);
    b = await approvedAgreement(t, w);
    examiner = await t.principal('examiner', undefined, '深圳市数据安全检测中心');
    second = await t.principal('authority', 'second-reviewer');
    third = await t.principal('authority', 'third-reviewer');
    authorityId = (await api(t.authorityToken).get('/me')).body.id;
    expect((await entrust({ examinerId: examiner.id, agreementId: a.agreementId })).status).toBe(201);
    // A general-level dataset and agreement, where two-person release is a setting.
    const source = await t.principal('source', undefined, '光明区统计局');
    const created = await api(source.token).post('/datasets', { ...residentsSchema, name: 'residents_general', level: 'general' });
    expect(created.status).toBe(201);
    await t.http.put(`/api/v1/datasets/${created.body.id}/data`).set(...bearer(source.token)).set('Content-Type', 'text/csv').send(residentsCsv(200));
    await t.http.put(`/api/v1/datasets/${created.body.id}/masking-rules`).set(...bearer(source.token)).set('Content-Type', 'application/yaml').send(residentsRules);
    await t.listInDirectory(source.token, created.body.id);
    general = await approvedAgreement(t, { source, operator: w.operator, datasetId: created.body.id });
  });
  afterAll(() => t.destroy());

  const generalSql = 'SELECT street, count(*) AS people FROM residents_general GROUP BY street';

  it('attack: examiner entrusted with one agreement reads every route of another agreement', async () => {
    const modelB = await submitAndApprove(b.sandboxId);
    const runB = await finishedRun(modelB);
    const pendingModelB = await submit(b.sandboxId);
    const e = api(examiner.token);
    for (const path of [
      `/runs/${runB}`, `/runs/${runB}/review`, `/models/${modelB}`, `/models/${pendingModelB}`,
      `/sandboxes/${b.sandboxId}`, `/sandboxes/${b.sandboxId}/schema`, `/sandboxes/${b.sandboxId}/runs`, `/sandboxes/${b.sandboxId}/models`,
      `/agreements/${b.agreementId}`, `/agreements/${b.agreementId}/settings`, `/agreements/${b.agreementId}/certificate`,
    ]) {
      expect({ path, status: (await e.get(path)).status }).toEqual({ path, status: 404 });
    }
    expect((await e.post(`/runs/${runB}/release`, { decision: 'reject', comment: 'x' })).status).toBe(404);
    expect((await e.post(`/models/${pendingModelB}/review`, { decision: 'approve' })).status).toBe(404);
    const runs = (await e.get('/runs?status=awaiting-release&status=blocked&status=failed')).body.runs as { agreementId: string }[];
    expect(runs.every((r) => r.agreementId === a.agreementId)).toBe(true);
    const models = (await e.get('/models')).body.models as { agreementId: string }[];
    expect(models.every((m) => m.agreementId === a.agreementId)).toBe(true);
    expect((await e.get(`/outputs/trace?fingerprint=${(await stored(runB)).fingerprint}`)).status).toBe(403);
    // The run in b is still waiting: nothing the examiner did touched it.
    expect((await stored(runB)).status).toBe('awaiting-release');
    expect((await stored(runB)).reviewOpenedBy ?? '').not.toContain(examiner.id);
  });

  it('attack: examiner inbox counts things in agreements it is not entrusted with', async () => {
    await finishedRun(await submitAndApprove(b.sandboxId));
    await submit(b.sandboxId);
    const inbox = (await api(examiner.token).get('/inbox')).body.items as { kind: string; count: number }[];
    const authorityRuns = (await api(t.authorityToken).get('/runs?status=awaiting-release&status=blocked&status=failed&limit=100')).body.runs as { agreementId: string }[];
    const authorityModels = (await api(t.authorityToken).get('/models?status=submitted&limit=100')).body.models as { agreementId: string }[];
    expect(inbox).toEqual([
      { kind: 'models.review', count: authorityModels.filter((m) => m.agreementId === a.agreementId).length },
      { kind: 'runs.release', count: authorityRuns.filter((r) => r.agreementId === a.agreementId).length },
    ]);
    const nobody = await t.principal('examiner');
    expect((await api(nobody.token).get('/inbox')).body.items).toEqual([{ kind: 'models.review', count: 0 }, { kind: 'runs.release', count: 0 }]);
    expect((await api(nobody.token).get('/runs')).body.runs).toEqual([]);
  });

  it('attack: an out-of-scope resource answers exactly like a nonexistent one (no existence oracle, no ids leaked)', async () => {
    const runB = await finishedRun(await submitAndApprove(b.sandboxId));
    const e = api(examiner.token);
    const pairs: [string, string][] = [
      [`/runs/${runB}`, '/runs/run_00000000-0000-0000-0000-000000000000'],
      [`/runs/${runB}/review`, '/runs/run_00000000-0000-0000-0000-000000000000/review'],
      [`/sandboxes/${b.sandboxId}`, '/sandboxes/sbx_nope'],
      [`/agreements/${b.agreementId}/settings`, '/agreements/agr_nope/settings'],
    ];
    for (const [real, fake] of pairs) {
      const x = await e.get(real);
      const y = await e.get(fake);
      expect({ real, status: x.status, body: withoutRequestId(x.body) }).toEqual({ real, status: y.status, body: withoutRequestId(y.body) });
      expect(JSON.stringify(x.body)).not.toContain(b.agreementId);
      expect(JSON.stringify(x.body)).not.toContain(b.sandboxId);
    }
    const released = await e.post(`/runs/${runB}/release`, { decision: 'approve' });
    const fake = await e.post('/runs/run_nope/release', { decision: 'approve' });
    expect({ status: released.status, body: withoutRequestId(released.body) }).toEqual({ status: fake.status, body: withoutRequestId(fake.body) });
  });

  it('attack: examiner entrusts itself, revokes entrustments, or reads another examiner’s', async () => {
    const other = await t.principal('examiner');
    const others = await entrust({ examinerId: other.id, agreementId: b.agreementId });
    expect(others.status).toBe(201);
    const e = api(examiner.token);
    expect((await entrust({ examinerId: examiner.id, agreementId: null }, examiner.token)).status).toBe(403);
    expect((await entrust({ examinerId: examiner.id, agreementId: b.agreementId }, examiner.token)).status).toBe(403);
    const own = (await e.get('/entrustments')).body.entrustments as { id: string; examinerId: string }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x) => x.examinerId === examiner.id)).toBe(true);
    expect((await e.del(`/entrustments/${others.body.id}`)).status).toBe(403);
    expect((await e.del(`/entrustments/${own[0].id}`)).status).toBe(403);
    // Still exactly as before: a only.
    expect((await e.get('/agreements')).body.agreements.map((x: { id: string }) => x.id)).toEqual([a.agreementId]);
    expect((await api(t.authorityToken).get('/entrustments')).body.entrustments.find((x: { id: string }) => x.id === others.body.id).revokedAt).toBeNull();
  });

  it('attack: entrustment naming the agreement in another form (case, whitespace, "null", sandbox id, omitted)', async () => {
    const target = await t.principal('examiner');
    const variants: object[] = [
      { examinerId: target.id, agreementId: a.agreementId.toUpperCase() },
      { examinerId: target.id, agreementId: ` ${a.agreementId}` },
      { examinerId: target.id, agreementId: `${a.agreementId}\n` },
      { examinerId: target.id, agreementId: 'null' },
      { examinerId: target.id, agreementId: 'NULL' },
      { examinerId: target.id, agreementId: '*' },
      { examinerId: target.id, agreementId: '%' },
      { examinerId: target.id, agreementId: '' },
      { examinerId: target.id, agreementId: a.sandboxId },
      { examinerId: target.id, agreementId: 0 },
      { examinerId: target.id, agreementId: [a.agreementId] },
      { examinerId: target.id, agreementId: { $ne: null } },
      { examinerId: target.id },
      { examinerId: target.id.toUpperCase(), agreementId: null },
      { examinerId: ` ${target.id}`, agreementId: null },
    ];
    for (const body of variants) {
      const res = await entrust(body);
      expect({ body, created: res.status === 201 }).toEqual({ body, created: false });
    }
    expect((await api(target.token).get('/agreements')).body.agreements).toEqual([]);
    expect((await api(t.authorityToken).get('/entrustments')).body.entrustments.filter((x: { examinerId: string }) => x.examinerId === target.id)).toEqual([]);
  });

  it('attack: unknown fields, huge notes and wrong types in the entrustment', async () => {
    const target = await t.principal('examiner');
    const bad: object[] = [
      { examinerId: target.id, agreementId: a.agreementId, scope: 'all' },
      { examinerId: target.id, agreementId: a.agreementId, revokedAt: null, createdBy: target.id },
      { examinerId: target.id, agreementId: a.agreementId, note: 'x'.repeat(2001) },
      { examinerId: target.id, agreementId: a.agreementId, note: 42 },
      { examinerId: [target.id], agreementId: a.agreementId },
    ];
    for (const body of bad) expect((await entrust(body)).status).toBe(400);
    const huge = await entrust({ examinerId: target.id, agreementId: a.agreementId, note: 'x'.repeat(2_000_000) });
    expect([400, 413]).toContain(huge.status);
    const proto = await t.http.post('/api/v1/entrustments').set(...bearer(t.authorityToken)).set('Content-Type', 'application/json')
      .send(`{"examinerId":"${target.id}","agreementId":"${a.agreementId}","__proto__":{"agreementId":null}}`);
    expect(proto.status).not.toBe(201);
    expect((await api(target.token).get('/agreements')).body.agreements).toEqual([]);
    const blank = await entrust({ examinerId: target.id, agreementId: a.agreementId, note: '   ' });
    expect(blank.status).toBe(201);
    expect(blank.body.note).toBeNull();
  });

  it('attack: two simultaneous requests entrust the same scope twice', async () => {
    const target = await t.principal('examiner');
    const answers = await Promise.all([0, 1, 2].map(() => entrust({ examinerId: target.id, agreementId: null })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('attack: entrusting someone who is not an examiner (the authority itself, an auditor, a source)', async () => {
    const auditor = await t.principal('auditor');
    for (const examinerId of [authorityId, second.id, auditor.id, w.source.id, 'prn_nope']) {
      const res = await entrust({ examinerId, agreementId: null });
      expect({ examinerId, status: res.status, code: res.body.error?.code }).toEqual({ examinerId, status: 422, code: 'not_an_examiner' });
    }
  });

  it('attack: an examiner-role principal creates models or runs, queries, or fetches outputs', async () => {
    const e = api(examiner.token);
    const model = await submitAndApprove(a.sandboxId);
    const run = await finishedRun(model);
    expect((await approve(t.authorityToken, run)).status).toBe(200);
    expect((await approve(second.token, run)).body.status).toBe('released');
    expect((await e.post(`/sandboxes/${a.sandboxId}/models`, { name: 'x', sql: 'SELECT 1 AS one', purpose: 'x' })).status).toBe(403);
    expect((await e.post(`/models/${model}/runs`, {})).status).toBe(403);
    expect((await e.post(`/sandboxes/${a.sandboxId}/query`, { sql: 'SELECT street FROM residents' })).status).toBe(403);
    expect((await e.get(`/runs/${run}/output`)).status).toBe(403);
    expect((await e.post('/products', { name: 'x', kind: 'dataset', runId: run, description: 'x' })).status).toBe(403);
    expect((await e.post('/subject-requests', { semantic: 'cn_id', value: '440311199001010011' })).status).toBe(403);
    expect((await e.put(`/agreements/${a.agreementId}/settings`, { twoPersonRelease: false })).status).toBe(403);
    expect((await e.post(`/agreements/${a.agreementId}/suspend`, { reason: 'x' })).status).toBe(403);
    expect((await e.post('/principals', { name: 'x', role: 'examiner', unit: 'x' })).status).toBe(403);
    expect((await e.get('/audit')).status).toBe(403);
    expect((await e.get('/applications')).status).toBe(403);
    expect((await e.get('/products')).status).toBe(403);
    expect((await e.get('/metrics')).status).toBe(403);
  });

  it('attack: an examiner releases alone under two-person release (approves twice, blind, or via reject-then-approve)', async () => {
    const run = await finishedRun(await submitAndApprove(a.sandboxId));
    const blind = await api(examiner.token).post(`/runs/${run}/release`, { decision: 'approve' });
    expect(blind.body.error.code).toBe('review_not_opened');
    const first = await approve(examiner.token, run);
    expect(first.body).toMatchObject({ status: 'awaiting-release', firstApproval: { by: examiner.id } });
    const again = await approve(examiner.token, run);
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 403, code: 'separation_of_duties' });
    const twice = await Promise.all([approve(examiner.token, run), approve(examiner.token, run)]);
    expect(twice.map((r) => r.status)).toEqual([403, 403]);
    expect((await stored(run))).toMatchObject({ status: 'awaiting-release', releasedBy: null });
    expect((await api(w.operator.token).get(`/runs/${run}/output`)).status).toBe(409);
  });

  it('attack: two approvals by the same principal racing, before any is recorded', async () => {
    const run = await finishedRun(await submitAndApprove(a.sandboxId));
    await api(examiner.token).get(`/runs/${run}/review`);
    const answers = await Promise.all([1, 2, 3].map(() => api(examiner.token).post(`/runs/${run}/release`, { decision: 'approve' })));
    const after = await stored(run);
    expect(after.status).toBe('awaiting-release');
    expect(after.firstApproval.by).toBe(examiner.id);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('attack: the model’s approver gives the second approval with its own token; another authority principal may', async () => {
    // The bootstrap authority approves the model, the examiner approves first.
    const run = await finishedRun(await submitAndApprove(a.sandboxId, t.authorityToken));
    expect((await approve(examiner.token, run)).body.firstApproval.by).toBe(examiner.id);
    const same = await approve(t.authorityToken, run);
    expect({ status: same.status, code: same.body.error.code }).toEqual({ status: 403, code: 'separation_of_duties' });
    const other = await approve(third.token, run);
    expect(other.body).toMatchObject({ status: 'released', releasedBy: third.id });
    const output = await api(w.operator.token).get(`/runs/${run}/output`);
    expect(output.body.manifest.approvedBy).toEqual([examiner.id, third.id]);
  });

  it('attack: the examiner approves the model and then gives the second release approval', async () => {
    const run = await finishedRun(await submitAndApprove(a.sandboxId, examiner.token));
    expect((await approve(second.token, run)).status).toBe(200);
    const byApprover = await approve(examiner.token, run);
    expect({ status: byApprover.status, code: byApprover.body.error.code }).toEqual({ status: 403, code: 'separation_of_duties' });
    expect((await stored(run)).status).toBe('awaiting-release');
  });

  it('attack: revocation during a pending first approval: the revoked examiner can neither finish nor see it', async () => {
    const temp = await t.principal('examiner');
    const ent = await entrust({ examinerId: temp.id, agreementId: a.agreementId });
    const run = await finishedRun(await submitAndApprove(a.sandboxId));
    expect((await approve(temp.token, run)).body.firstApproval.by).toBe(temp.id);
    expect((await api(t.authorityToken).del(`/entrustments/${ent.body.id}`)).status).toBe(200);
    const e = api(temp.token);
    expect((await e.get(`/runs/${run}`)).status).toBe(404);
    expect((await e.get(`/runs/${run}/review`)).status).toBe(404);
    expect((await e.post(`/runs/${run}/release`, { decision: 'reject', comment: 'x' })).status).toBe(404);
    expect((await e.post(`/runs/${run}/release`, { decision: 'approve' })).status).toBe(404);
    expect((await e.get('/runs')).body.runs).toEqual([]);
    expect((await e.get('/inbox')).body.items).toEqual([{ kind: 'models.review', count: 0 }, { kind: 'runs.release', count: 0 }]);
    expect((await stored(run)).status).toBe('awaiting-release');
    // The first approval lapsed with the entrustment: the next reviewer's approval is the first again.
    const next = await approve(second.token, run);
    expect(next.body).toMatchObject({ status: 'awaiting-release', firstApproval: { by: second.id } });
  });

  it('attack: a first approval by an examiner whose principal was since revoked counts towards release', async () => {
    const temp = await t.principal('examiner');
    await entrust({ examinerId: temp.id, agreementId: a.agreementId });
    const run = await finishedRun(await submitAndApprove(a.sandboxId));
    expect((await approve(temp.token, run)).status).toBe(200);
    expect((await api(t.authorityToken).del(`/principals/${temp.id}`)).status).toBe(200);
    // The revoked principal is out at once, active entrustment or not.
    expect((await api(temp.token).get(`/runs/${run}`)).status).toBe(401);
    expect((await api(temp.token).get('/entrustments')).status).toBe(401);
    expect((await approve(temp.token, run)).status).toBe(401);
    // The revoked principal's approval lapsed: the next approval is the first again, and two are still needed.
    const next = await approve(second.token, run);
    expect(next.body).toMatchObject({ status: 'awaiting-release', firstApproval: { by: second.id } });
    const finished = await approve(third.token, run);
    expect(finished.body.status).toBe('released');
    expect((await api(w.operator.token).get(`/runs/${run}/output`)).body.manifest.approvedBy).toEqual([second.id, third.id]);
  });

  it('attack: revoked examiner principal keeps an active entrustment', async () => {
    const temp = await t.principal('examiner');
    await entrust({ examinerId: temp.id, agreementId: null });
    expect((await api(t.authorityToken).del(`/principals/${temp.id}`)).status).toBe(200);
    for (const path of ['/agreements', '/runs', '/models', '/inbox', '/entrustments', `/agreements/${a.agreementId}`]) {
      expect({ path, status: (await api(temp.token).get(path)).status }).toEqual({ path, status: 401 });
    }
    // And a revoked examiner cannot be given a new entrustment.
    expect((await entrust({ examinerId: temp.id, agreementId: a.agreementId })).status).toBe(422);
  });

  it('attack: reject after the first approval (by strangers, the operator), and approve after a rejection', async () => {
    const run = await finishedRun(await submitAndApprove(a.sandboxId));
    expect((await approve(examiner.token, run, '第一位同意')).status).toBe(200);
    const stranger = await t.principal('examiner');
    expect((await api(stranger.token).post(`/runs/${run}/release`, { decision: 'reject' })).status).toBe(404);
    expect((await api(w.operator.token).post(`/runs/${run}/release`, { decision: 'reject' })).status).toBe(403);
    expect((await api(w.source.token).post(`/runs/${run}/release`, { decision: 'reject' })).status).toBe(403);
    expect((await stored(run)).status).toBe('awaiting-release');
    const rejected = await api(second.token).post(`/runs/${run}/release`, { decision: 'reject', comment: '驳回' });
    expect(rejected.body.status).toBe('rejected');
    expect((await approve(third.token, run)).status).toBe(409);
    expect((await approve(examiner.token, run)).status).toBe(409);
    const seen = (await api(w.operator.token).get(`/runs/${run}`)).body;
    expect(seen).toMatchObject({ status: 'rejected', releaseComment: '驳回' });
    expect(JSON.stringify(seen)).not.toContain('第一位同意');
    expect(JSON.stringify(seen)).not.toContain(examiner.id);
  });

  it('attack: switching two-person release off for important data, alone or inside a bigger patch', async () => {
    const off = await api(t.authorityToken).put(`/agreements/${a.agreementId}/settings`, { kMin: 12, twoPersonRelease: false });
    expect(off.status).toBe(422);
    const now = (await api(t.authorityToken).get(`/agreements/${a.agreementId}/settings`)).body;
    expect(now).toMatchObject({ twoPersonRelease: true, twoPersonReleaseRequired: true });
    expect(now.kMin).not.toBe(12);
  });

  it('attack: the two-person setting flipped between approvals (general data)', async () => {
    const settings = (body: object) => api(t.authorityToken).put(`/agreements/${general.agreementId}/settings`, body);
    expect((await settings({ twoPersonRelease: true })).status).toBe(200);
    const run = await finishedRun(await submitAndApprove(general.sandboxId, t.authorityToken, generalSql));
    expect((await approve(second.token, run)).body).toMatchObject({ status: 'awaiting-release', firstApproval: { by: second.id } });
    // Switched off and on again: the first approval must still not let its giver release alone.
    expect((await settings({ twoPersonRelease: false })).status).toBe(200);
    expect((await settings({ twoPersonRelease: true })).status).toBe(200);
    const alone = await approve(second.token, run);
    expect(alone.status).toBe(403);
    expect((await stored(run)).status).toBe('awaiting-release');
    expect((await approve(third.token, run)).body.status).toBe('released');
    expect((await api(w.operator.token).get(`/runs/${run}/output`)).body.manifest.approvedBy).toEqual([second.id, third.id]);
    // Switched on after an approval-free wait, the run needs two again.
    const later = await finishedRun(await submitAndApprove(general.sandboxId, t.authorityToken, generalSql));
    expect((await approve(second.token, later)).body.status).toBe('awaiting-release');
    expect((await settings({ twoPersonRelease: false })).status).toBe(200);
  });

  it('switched off between approvals (general data), the first approver may finish, and the manifest still names one approver', async () => {
    const settings = (body: object) => api(t.authorityToken).put(`/agreements/${general.agreementId}/settings`, body);
    expect((await settings({ twoPersonRelease: true })).status).toBe(200);
    const run = await finishedRun(await submitAndApprove(general.sandboxId, t.authorityToken, generalSql));
    expect((await approve(second.token, run)).body.status).toBe('awaiting-release');
    expect((await settings({ twoPersonRelease: false })).status).toBe(200);
    const alone = await approve(second.token, run);
    // The authority's setting now asks for one approval: the first approver's own approval suffices.
    expect(alone.body.status).toBe('released');
    const manifest = (await api(w.operator.token).get(`/runs/${run}/output`)).body.manifest;
    expect(manifest.approvedBy).toEqual([second.id]);
  });

  it('attack: the operator learns from any of its views that a first reviewer has approved', async () => {
    const run = await finishedRun(await submitAndApprove(a.sandboxId));
    const op = api(w.operator.token);
    const src = api(w.source.token);
    const snapshot = async () => ({
      run: (await op.get(`/runs/${run}`)).body,
      list: (await op.get('/runs?limit=100')).body,
      awaiting: (await op.get('/runs?status=awaiting-release&limit=100')).body,
      running: (await op.get('/runs?status=running&limit=100')).body,
      sandbox: (await op.get(`/sandboxes/${a.sandboxId}/runs`)).body,
      inbox: (await op.get('/inbox')).body,
      output: withoutRequestId((await op.get(`/runs/${run}/output`)).body),
      review: withoutRequestId((await op.get(`/runs/${run}/review`)).body),
      product: withoutRequestId((await op.post('/products', { name: 'p', kind: 'dataset', runId: run, description: 'd' })).body),
      sourceRun: (await src.get(`/runs/${run}`)).body,
      sourceSandbox: (await src.get(`/sandboxes/${a.sandboxId}/runs`)).body,
      agreement: (await op.get(`/agreements/${a.agreementId}`)).body,
    });
    await api(examiner.token).get(`/runs/${run}/review`);
    const before = await snapshot();
    expect((await approve(examiner.token, run, '第一位同意')).status).toBe(200);
    const after = await snapshot();
    expect(after).toEqual(before);
    const text = JSON.stringify(after);
    for (const leak of ['firstApproval', 'first_release', examiner.id, '第一位同意', 'reviewOpenedBy', 'approvalsNeeded']) expect(text).not.toContain(leak);
  });

  it('attack: the operator releases its own run, or opens the airlock', async () => {
    const run = await finishedRun(await submitAndApprove(a.sandboxId));
    const op = api(w.operator.token);
    expect((await op.get(`/runs/${run}/review`)).status).toBe(403);
    expect((await op.post(`/runs/${run}/release`, { decision: 'approve' })).status).toBe(403);
    expect((await op.post(`/models/${await submit(a.sandboxId)}/review`, { decision: 'approve' })).status).toBe(403);
    expect((await op.post('/entrustments', { examinerId: examiner.id, agreementId: null })).status).toBe(403);
    expect((await stored(run)).status).toBe('awaiting-release');
  });

  it('attack: the operator learns a run’s stored status (blocked / finished) from the product registration error', async () => {
    const blockedModel = await submitAndApprove(b.sandboxId, t.authorityToken, 'SELECT id_number, income FROM residents');
    const blocked = await finishedRun(blockedModel);
    expect((await stored(blocked)).status).toBe('blocked');
    const fine = await finishedRun(await submitAndApprove(b.sandboxId));
    expect((await stored(fine)).status).toBe('awaiting-release');
    const op = api(w.operator.token);
    // The operator's own views say the same of both (running, within the query timeout).
    expect((await op.get(`/runs/${blocked}`)).body.status).toBe((await op.get(`/runs/${fine}`)).body.status);
    const x = await op.post('/products', { name: 'p1', kind: 'dataset', runId: blocked, description: 'd' });
    const y = await op.post('/products', { name: 'p2', kind: 'dataset', runId: fine, description: 'd' });
    expect({ status: x.status, body: withoutRequestId(x.body) }).toEqual({ status: y.status, body: withoutRequestId(y.body) });
  });

  it('attack: an examiner entrusted with a suspended agreement releases an output while data access is stopped', async () => {
    const c = await approvedAgreement(t, w);
    const temp = await t.principal('examiner');
    const run = await finishedRun(await submitAndApprove(c.sandboxId));
    expect((await approve(t.authorityToken, run)).status).toBe(200);
    expect((await api(w.operator.token).post(`/agreements/${c.agreementId}/suspend`, { reason: '发现风险' })).status).toBe(200);
    expect((await entrust({ examinerId: temp.id, agreementId: c.agreementId })).status).toBe(201);
    const released = await approve(temp.token, run);
    expect({ status: released.status, code: released.body.error?.code }).toEqual({ status: 409, code: 'agreement_not_active' });
    expect((await approve(t.authorityToken, run)).status).toBe(409);
    expect((await stored(run)).status).toBe('awaiting-release');
    // Rejecting stays possible.
    expect((await api(temp.token).post(`/runs/${run}/release`, { decision: 'reject', comment: '协议已暂停' })).body.status).toBe('rejected');
  });

  it('attack: an examiner from the operator’s own unit reviews that unit’s models and releases its runs', async () => {
    const c = await approvedAgreement(t, w);
    const insider = await t.principal('examiner', undefined, '深圳某数据科技公司');
    expect((await entrust({ examinerId: insider.id, agreementId: c.agreementId })).status).toBe(201);
    const model = await submit(c.sandboxId);
    const insiderReview = await api(insider.token).post(`/models/${model}/review`, { decision: 'approve', grantRecordLevel: true });
    expect({ status: insiderReview.status, code: insiderReview.body.error?.code }).toEqual({ status: 403, code: 'separation_of_duties' });
    expect((await api(t.authorityToken).post(`/models/${model}/review`, { decision: 'approve' })).status).toBe(200);
    const run = await finishedRun(model);
    expect((await approve(t.authorityToken, run)).status).toBe(200);
    const colleague = await t.principal('examiner', undefined, '深圳某数据科技公司');
    expect((await entrust({ examinerId: colleague.id, agreementId: c.agreementId })).status).toBe(201);
    const byColleague = await approve(colleague.token, run);
    expect({ status: byColleague.status, code: byColleague.body.error?.code }).toEqual({ status: 403, code: 'separation_of_duties' });
    expect((await stored(run)).status).toBe('awaiting-release');
  });

  it('attack: examiner entrusted with a terminated and destroyed agreement', async () => {
    const c = await approvedAgreement(t, w);
    const run = await finishedRun(await submitAndApprove(c.sandboxId));
    expect((await api(t.authorityToken).post(`/agreements/${c.agreementId}/terminate`, { reason: '终止' })).status).toBe(200);
    await t.platform.expiry.run();
    const temp = await t.principal('examiner');
    const created = await entrust({ examinerId: temp.id, agreementId: c.agreementId });
    // Entrusting a destroyed agreement is accepted (questionable but harmless): every sandbox route then answers 410.
    expect(created.status).toBe(201);
    const e = api(temp.token);
    expect((await e.get(`/runs/${run}/review`)).status).toBe(410);
    expect((await e.post(`/runs/${run}/release`, { decision: 'approve' })).status).toBe(410);
    expect((await e.get('/runs')).body.runs).toEqual([]);
  });

  it('attack: a platform-wide entrustment revoked while a narrower one remains', async () => {
    const temp = await t.principal('examiner');
    const wide = await entrust({ examinerId: temp.id, agreementId: null });
    const narrow = await entrust({ examinerId: temp.id, agreementId: b.agreementId });
    expect([wide.status, narrow.status]).toEqual([201, 201]);
    expect((await api(temp.token).get(`/agreements/${a.agreementId}`)).status).toBe(200);
    expect((await api(t.authorityToken).del(`/entrustments/${wide.body.id}`)).status).toBe(200);
    expect((await api(temp.token).get(`/agreements/${a.agreementId}`)).status).toBe(404);
    expect((await api(temp.token).get(`/agreements/${b.agreementId}`)).status).toBe(200);
    expect((await api(temp.token).get('/agreements')).body.agreements.map((x: { id: string }) => x.id)).toEqual([b.agreementId]);
    expect((await api(t.authorityToken).del(`/entrustments/${narrow.body.id}`)).status).toBe(200);
    expect((await api(temp.token).get('/agreements')).body.agreements).toEqual([]);
    // Revoking again, or an unknown id: no change, no leak.
    expect((await api(t.authorityToken).del(`/entrustments/${wide.body.id}`)).status).toBe(409);
    expect((await api(t.authorityToken).del('/entrustments/ent_nope')).status).toBe(404);
  });

  it('attack: denied attempts go unaudited (secure: each is recorded as denied)', async () => {
    const runB = await finishedRun(await submitAndApprove(b.sandboxId));
    await entrust({ examinerId: examiner.id, agreementId: null }, examiner.token);
    await api(examiner.token).post(`/runs/${runB}/release`, { decision: 'approve' });
    await api(examiner.token).get(`/runs/${runB}/review`);
    const entries = (await api(t.authorityToken).get(`/audit?actor=${examiner.id}&outcome=denied&limit=1000`)).body.entries as { action: string; resource: string; role: string }[];
    expect(entries.some((x) => x.action === 'entrustment.create' && x.role === 'examiner')).toBe(true);
    expect(entries.some((x) => x.action === 'run.release' && x.resource === `run:${runB}`)).toBe(true);
    expect(entries.some((x) => x.action === 'run.review' && x.resource === `run:${runB}`)).toBe(true);
  });
});
