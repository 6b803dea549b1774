/** Models, runs, disclosure control, the reviewer's airlock, release and provenance, through the API. */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';

describe('models and runs', () => {
  let t: TestPlatform;
  let w: World;
  let sandboxId: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 300, (i, row) => (i < 2 ? [...row.slice(0, 4), '玉律村', row[5]] : row));
    ({ sandboxId } = await approvedAgreement(t, w));
  });
  afterAll(() => t.destroy());

  const submit = (sql: string, parameters: { name: string; type: string }[] = []) =>
    t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token)).send({ name: `m${Math.random().toString(36).slice(2, 7)}`, sql, parameters, purpose: '按街道统计' });
  const review = (id: string, decision = 'approve', extra: object = {}) => t.http.post(`/api/v1/models/${id}/review`).set(...bearer(t.authorityToken)).send({ decision, ...extra });
  const run = async (id: string, params: object = {}) => {
    const res = await t.http.post(`/api/v1/models/${id}/runs`).set(...bearer(w.operator.token)).send({ params });
    await t.platform.runs.idle();
    return res;
  };
  const asReviewer = (runId: string) => t.http.get(`/api/v1/runs/${runId}`).set(...bearer(t.authorityToken));

  it('suppresses a planted group of 2 subjects; the reviewer reads it in the airlock before releasing', async () => {
    const model = await submit('SELECT street, count(*) AS people, avg(income) AS mean_income FROM residents WHERE income > $min GROUP BY street ORDER BY street', [{ name: 'min', type: 'DOUBLE' }]);
    expect(model.status).toBe(201);
    expect(model.body.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
    expect((await review(model.body.id)).status).toBe(200);
    const res = await run(model.body.id, { min: 0 });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['createdAt', 'id', 'modelId', 'params', 'status', 'updatedAt']);
    expect((await asReviewer(res.body.id)).body).toMatchObject({ status: 'awaiting-release', rowCount: 6, disclosure: { suppressedRows: 1 } });

    // Release needs the airlock view; the operator can never release.
    expect((await t.http.get(`/api/v1/runs/${res.body.id}/output`).set(...bearer(w.operator.token))).status).toBe(409);
    expect((await t.http.post(`/api/v1/runs/${res.body.id}/release`).set(...bearer(w.operator.token)).send({ decision: 'approve' })).status).toBe(403);
    const blind = await t.http.post(`/api/v1/runs/${res.body.id}/release`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
    expect({ status: blind.status, code: blind.body.error?.code }).toEqual({ status: 409, code: 'review_not_opened' });
    const airlock = await t.http.get(`/api/v1/runs/${res.body.id}/review`).set(...bearer(t.authorityToken));
    expect(airlock.status).toBe(200);
    expect(airlock.body.model.sql).toContain('GROUP BY street');
    expect(airlock.body.rows).toHaveLength(7);
    expect(airlock.body.rows.filter((r: { suppressed: boolean }) => r.suppressed)).toEqual([expect.objectContaining({ values: expect.arrayContaining(['玉律村']), subjects: { residents: 2 } })]);
    expect((await t.http.get(`/api/v1/runs/${res.body.id}/review`).set(...bearer(w.operator.token))).status).toBe(403);

    const released = await releaseRun(t, res.body.id, { comment: '同意出域' });
    expect(released.body.status).toBe('released');
    const csv = await t.http.get(`/api/v1/runs/${res.body.id}/output`).set(...bearer(w.operator.token)).set('Accept', 'text/csv');
    expect(csv.status).toBe(200);
    const fingerprint = /^# shuyu-fingerprint: ([0-9a-f]{32})/.exec(csv.text)?.[1];
    expect(fingerprint).toBeDefined();
    expect(csv.text).not.toContain('玉律村');
    const traced = await t.http.get(`/api/v1/outputs/trace?fingerprint=${fingerprint}`).set(...bearer(t.authorityToken));
    expect(traced.body).toMatchObject({ id: res.body.id, agreementId: expect.any(String) });
    const json = await t.http.get(`/api/v1/runs/${res.body.id}/output`).set(...bearer(w.operator.token));
    expect(json.body.manifest).toMatchObject({ runId: res.body.id, fingerprint, rulesVersions: [expect.objectContaining({ rulesVersion: 1 })], model: { sha256: model.body.sha256 }, suppressedRows: 1 });
    expect(json.body.manifest.checks.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['min_group_size', 'cell_checks', 'differencing', 'identifier_scan']));
    expect(json.body.rows).toHaveLength(6);
    expect((await t.http.get(`/api/v1/runs/${res.body.id}`).set(...bearer(w.operator.token))).body).toMatchObject({ status: 'released', releaseComment: '同意出域' });
  });

  it('flags a pseudonym output at submission and blocks it at run unless granted', async () => {
    const model = await submit('SELECT id_number, income FROM residents');
    expect(model.body.checks.find((c: { name: string }) => c.name === 'no_identifier_output').passed).toBe(false);
    await review(model.body.id);
    const blocked = await run(model.body.id);
    expect((await asReviewer(blocked.body.id)).body.status).toBe('blocked');
    const granted = await submit('SELECT id_number, income FROM residents');
    await review(granted.body.id, 'approve', { grantRecordLevel: true });
    const ok = await run(granted.body.id);
    const seen = (await asReviewer(ok.body.id)).body;
    expect({ status: seen.status, checks: seen.disclosure.checks.filter((c: { passed: boolean }) => !c.passed) }).toEqual({ status: 'awaiting-release', checks: [] });
  });

  it('refuses to run unapproved or rejected models', async () => {
    const model = await submit('SELECT street, count(*) FROM residents GROUP BY street');
    expect((await run(model.body.id)).status).toBe(409);
    await review(model.body.id, 'reject');
    expect((await run(model.body.id)).status).toBe(409);
    expect((await review(model.body.id)).status).toBe(409);
  });

  it('finds user errors on the dev twin at submission, never on live', async () => {
    const bad = await submit("SELECT street, count(*) FILTER (WHERE CAST(street AS INTEGER) > 0) AS n FROM residents GROUP BY street");
    expect({ status: bad.status, code: bad.body.error?.code }).toEqual({ status: 422, code: 'model_fails_on_dev' });
  });
});
