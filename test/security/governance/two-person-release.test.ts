/**
 * Attacks on two-person release (双人复核) and on the examiner's entrustment: a reviewer who
 * wants an output out alone, a model's approver who wants to wave its own model's run through,
 * an examiner reaching beyond its entrustment, and an operator reading the review's progress.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';
import { residentsRules } from '../../fixtures/demo-world';

describe('two-person release', () => {
  let t: TestPlatform;
  let w: World;
  let important: { agreementId: string; sandboxId: string };
  let second: { id: string; token: string };
  let examiner: { id: string; token: string };

  const submitAndApprove = async (sandboxId: string, approverToken = t.authorityToken) => {
    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token))
      .send({ name: `m${Math.random().toString(36).slice(2, 7)}`, sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' });
    expect(model.status).toBe(201);
    expect((await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(approverToken)).send({ decision: 'approve' })).status).toBe(200);
    return model.body.id as string;
  };
  const finishedRun = async (modelId: string) => {
    const res = await t.http.post(`/api/v1/models/${modelId}/runs`).set(...bearer(w.operator.token)).send({});
    await t.platform.runs.idle();
    return res.body.id as string;
  };
  const approve = async (token: string, runId: string, open = true) => {
    if (open) await t.http.get(`/api/v1/runs/${runId}/review`).set(...bearer(token));
    return t.http.post(`/api/v1/runs/${runId}/release`).set(...bearer(token)).send({ decision: 'approve' });
  };
  const runAsAuthority = async (runId: string) => (await t.http.get(`/api/v1/runs/${runId}`).set(...bearer(t.authorityToken))).body;

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 200);
    important = await approvedAgreement(t, w);
    second = await t.principal('authority', 'second-reviewer');
    examiner = await t.principal('examiner', undefined, '深圳市数据安全检测中心');
    expect((await t.http.post('/api/v1/entrustments').set(...bearer(t.authorityToken)).send({ examinerId: examiner.id, agreementId: important.agreementId })).status).toBe(201);
  });
  afterAll(() => t.destroy());

  it('important data: the settings say two-person release is on and cannot be switched off', async () => {
    const settings = await t.http.get(`/api/v1/agreements/${important.agreementId}/settings`).set(...bearer(t.authorityToken));
    expect(settings.body).toMatchObject({ twoPersonRelease: true, twoPersonReleaseRequired: true });
    const off = await t.http.put(`/api/v1/agreements/${important.agreementId}/settings`).set(...bearer(t.authorityToken)).send({ twoPersonRelease: false });
    expect({ status: off.status, code: off.body.error.code }).toEqual({ status: 422, code: 'settings_loosened' });
  });

  it('attack: one reviewer approves twice to release alone', async () => {
    const runId = await finishedRun(await submitAndApprove(important.sandboxId));
    const first = await approve(t.authorityToken, runId);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'awaiting-release', firstApproval: { by: expect.any(String) }, releasedBy: null });
    const again = await approve(t.authorityToken, runId);
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 403, code: 'separation_of_duties' });
    expect((await runAsAuthority(runId)).status).toBe('awaiting-release');
    expect((await t.http.get(`/api/v1/runs/${runId}/output`).set(...bearer(w.operator.token))).status).toBe(409);
  });

  it('attack: the model’s approver gives the second approval of its run', async () => {
    // The examiner approves the model, the authority approves the release first, the examiner tries to finish it.
    const runId = await finishedRun(await submitAndApprove(important.sandboxId, examiner.token));
    expect((await approve(t.authorityToken, runId)).status).toBe(200);
    const byApprover = await approve(examiner.token, runId);
    expect({ status: byApprover.status, code: byApprover.body.error.code }).toEqual({ status: 403, code: 'separation_of_duties' });
    // Another reviewer may finish it; the manifest names both approvals.
    const done = await approve(second.token, runId);
    expect(done.body).toMatchObject({ status: 'released', releasedBy: second.id });
    const output = await t.http.get(`/api/v1/runs/${runId}/output`).set(...bearer(w.operator.token));
    expect(output.body.manifest.approvedBy).toHaveLength(2);
    expect(new Set(output.body.manifest.approvedBy).size).toBe(2);
  });

  it('attack: the second reviewer releases without reading the airlock', async () => {
    const runId = await finishedRun(await submitAndApprove(important.sandboxId));
    expect((await approve(t.authorityToken, runId)).status).toBe(200);
    const blind = await approve(examiner.token, runId, false);
    expect({ status: blind.status, code: blind.body.error.code }).toEqual({ status: 409, code: 'review_not_opened' });
    expect((await approve(examiner.token, runId)).body.status).toBe('released');
  });

  it('attack: two reviewers race to be first, so that each believes the other was the second', async () => {
    const runId = await finishedRun(await submitAndApprove(important.sandboxId));
    await t.http.get(`/api/v1/runs/${runId}/review`).set(...bearer(t.authorityToken));
    await t.http.get(`/api/v1/runs/${runId}/review`).set(...bearer(second.token));
    const [x, y] = await Promise.all([approve(t.authorityToken, runId, false), approve(second.token, runId, false)]);
    const run = await runAsAuthority(runId);
    // Either one was first and the other second (released by two different people), or one lost the race: never a release by one.
    if (run.status === 'released') expect(run.releasedBy).not.toBe(run.firstApproval.by);
    else expect([x.status, y.status].sort()).toEqual([200, 409]);
  });

  it('attack: an examiner entrusted elsewhere, or revoked, releases a run', async () => {
    const stranger = await t.principal('examiner');
    const runId = await finishedRun(await submitAndApprove(important.sandboxId));
    expect((await approve(t.authorityToken, runId)).status).toBe(200);
    expect((await approve(stranger.token, runId)).status).toBe(404);
    const revocable = await t.principal('examiner');
    const entrusted = await t.http.post('/api/v1/entrustments').set(...bearer(t.authorityToken)).send({ examinerId: revocable.id, agreementId: important.agreementId });
    await t.http.get(`/api/v1/runs/${runId}/review`).set(...bearer(revocable.token));
    await t.http.delete(`/api/v1/entrustments/${entrusted.body.id}`).set(...bearer(t.authorityToken));
    expect((await approve(revocable.token, runId, false)).status).toBe(404);
    expect((await runAsAuthority(runId)).status).toBe('awaiting-release');
  });

  it('attack: the operator learns from the run view that a first reviewer has approved', async () => {
    const runId = await finishedRun(await submitAndApprove(important.sandboxId));
    const before = (await t.http.get(`/api/v1/runs/${runId}`).set(...bearer(w.operator.token))).body;
    expect((await approve(t.authorityToken, runId)).status).toBe(200);
    const after = (await t.http.get(`/api/v1/runs/${runId}`).set(...bearer(w.operator.token))).body;
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('firstApproval');
  });

  it('general data: one approval releases; switched on, two are needed', async () => {
    const source = await t.principal('source', undefined, '光明区统计局');
    const created = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send({ ...residentsSchema, name: 'residents_general', level: 'general' });
    expect(created.status).toBe(201);
    await t.http.put(`/api/v1/datasets/${created.body.id}/data`).set(...bearer(source.token)).set('Content-Type', 'text/csv').send(residentsCsv(200));
    await t.http.put(`/api/v1/datasets/${created.body.id}/masking-rules`).set(...bearer(source.token)).set('Content-Type', 'application/yaml').send(residentsRules);
    await t.listInDirectory(source.token, created.body.id);
    const general = await approvedAgreement(t, { source, operator: w.operator, datasetId: created.body.id });
    const settings = await t.http.get(`/api/v1/agreements/${general.agreementId}/settings`).set(...bearer(t.authorityToken));
    expect(settings.body).toMatchObject({ twoPersonRelease: false, twoPersonReleaseRequired: false });
    const submit = async () => {
      const model = await t.http.post(`/api/v1/sandboxes/${general.sandboxId}/models`).set(...bearer(w.operator.token))
        .send({ name: `g${Math.random().toString(36).slice(2, 7)}`, sql: 'SELECT street, count(*) AS people FROM residents_general GROUP BY street', purpose: '按街道统计' });
      await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
      return finishedRun(model.body.id);
    };
    expect((await approve(t.authorityToken, await submit())).body.status).toBe('released');
    const on = await t.http.put(`/api/v1/agreements/${general.agreementId}/settings`).set(...bearer(t.authorityToken)).send({ twoPersonRelease: true });
    expect(on.body).toMatchObject({ twoPersonRelease: true, twoPersonReleaseRequired: false });
    const runId = await submit();
    expect((await approve(t.authorityToken, runId)).body.status).toBe('awaiting-release');
    expect((await approve(second.token, runId)).body.status).toBe('released');
  });
});
