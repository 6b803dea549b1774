/**
 * Attack: learn from a run's metadata instead of its output. The operator sweeps a threshold
 * parameter and watches whether each run succeeds, fails, is blocked, how many rows it has, how
 * many were suppressed, or how long it took; or plants a runtime error (a bad cast) that fires
 * only when some live row meets a condition, turning success/failure into a one-bit oracle.
 * Before the reviewer decides, the operator's view of every run must be the same whatever
 * happened on live: same keys, same statuses, the same timing; only id, the parameters the
 * operator chose, and timestamps differ. The reviewer's view differs between the runs (which
 * shows that this test would see a leak if the operator's view carried the same figures).
 */
import { bearer } from '../../fixtures/test-platform';
import { reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld, type Res } from '../attack-fixture';

const THRESHOLDS = Array.from({ length: 20 }, (_, i) => i * 1000); // 0 … 19 000; live incomes lie in about 3 000 … 14 100 (noised)
// Long enough for a run's checks on a loaded machine (each statement goes to a sandbox worker).
const TIMEOUT_MS = 2000;
const OPERATOR_KEYS = ['createdAt', 'id', 'modelId', 'params', 'status', 'updatedAt'];

type View = Record<string, unknown>;

/** What must not vary between runs: everything but id, timestamps and the operator's own parameters. */
const invariant = (view: View) => {
  const { id, createdAt, updatedAt, params, ...rest } = view;
  return {
    keys: Object.keys(view).sort(),
    idShape: typeof id === 'string' && /^run_[0-9a-f-]{36}$/.test(id),
    // Timing relative to the run's creation: must not depend on how the run went.
    updatedAfterMs: Date.parse(String(updatedAt)) - Date.parse(String(createdAt)),
    paramsKeys: Object.keys((params ?? {}) as object).sort(),
    ...rest,
  };
};

describe('attack: run metadata as an oracle (status, counts, failure, timing)', () => {
  let a: AttackWorld;
  let thresholdModel: string;
  let castModel: string;
  let submittedCast: Res;

  beforeAll(async () => {
    a = await startAttackWorld({ rows: 300 });
    // Models are checked on the twin at submission, before the timeout is tightened.
    const threshold = await submitModel(a, 'SELECT street, count(*) AS n FROM residents WHERE income >= $t GROUP BY street', [{ name: 't', type: 'DOUBLE' }]);
    expect(threshold.status).toBe(201);
    thresholdModel = threshold.body.id;
    expect((await reviewModel(a, thresholdModel)).status).toBe(200);

    // A bad cast that fires only if some live row has income above $t. The dev check tries the
    // model on the twin with an example $t so high that the branch is never reached there.
    // (In WHERE: a parameter inside FILTER never runs on live at all, see the last test.)
    const castSql = 'SELECT street, count(*) AS n FROM residents WHERE CASE WHEN income > $t THEN CAST(street AS INTEGER) = 1 ELSE true END GROUP BY street';
    submittedCast = await a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token))
      .send({ name: 'cast_oracle', sql: castSql, parameters: [{ name: 't', type: 'DOUBLE' }], purpose: '安全测试', exampleParams: { t: 1e12 } });
    if (submittedCast.status === 201) {
      castModel = submittedCast.body.id;
      expect((await reviewModel(a, castModel)).status).toBe(200);
    }
    const set = await a.t.http.put(`/api/v1/agreements/${a.agreementId}/settings`).set(...bearer(a.t.authorityToken))
      .send({ queryTimeoutMs: TIMEOUT_MS, runsPerDay: 200, runsPerModelPerDay: 50 });
    expect(set.status).toBe(200);
  });
  afterAll(() => a.t.destroy());

  /** Twenty runs over the thresholds; returns the POST answers and, once settled, GET answers. */
  const sweep = async (modelId: string) => {
    const posted: Res[] = [];
    for (const t of THRESHOLDS) posted.push(await runModel(a, modelId, { t }));
    for (const p of posted) expect(p.status).toBe(201);
    await a.t.platform.runs.idle();
    // The operator's view settles at start + queryTimeoutMs (the platform's clock is settable in tests).
    await new Promise((r) => setTimeout(r, 150));
    a.t.clock.advance(TIMEOUT_MS + 50);
    const got: Res[] = [];
    for (const p of posted) got.push(await a.t.http.get(`/api/v1/runs/${p.body.id}`).set(...bearer(a.w.operator.token)));
    const reviewer: Res[] = [];
    for (const p of posted) reviewer.push(await a.t.http.get(`/api/v1/runs/${p.body.id}`).set(...bearer(a.t.authorityToken)));
    return { posted, got, reviewer };
  };

  const expectIndistinguishable = async (modelId: string) => {
    const { posted, got, reviewer } = await sweep(modelId);

    // POST: the same for every run.
    for (const p of posted) expect(Object.keys(p.body).sort()).toEqual(OPERATOR_KEYS);
    const postedShapes = posted.map((p) => invariant(p.body));
    for (const s of postedShapes) expect(s).toEqual(postedShapes[0]);
    expect(postedShapes[0]).toMatchObject({ status: 'queued', modelId, idShape: true, updatedAfterMs: 0 });
    posted.forEach((p, i) => expect(p.body.params).toEqual({ t: THRESHOLDS[i] }));

    // GET /runs/:id after the runs ended: the same for every run.
    for (const g of got) expect(g.status).toBe(200);
    const gotShapes = got.map((g) => invariant(g.body));
    for (const s of gotShapes) expect(s).toEqual(gotShapes[0]);
    expect(gotShapes[0]).toMatchObject({ keys: OPERATOR_KEYS, status: 'awaiting-release', modelId, updatedAfterMs: TIMEOUT_MS });
    expect(new Set(got.map((g) => g.body.id)).size).toBe(THRESHOLDS.length);

    // The run list: the same.
    const listed = await a.t.http.get(`/api/v1/sandboxes/${a.sandboxId}/runs`).set(...bearer(a.w.operator.token));
    expect(listed.status).toBe(200);
    const ids = new Set(posted.map((p) => p.body.id as string));
    const mine = (listed.body.runs as View[]).filter((r) => ids.has(r.id as string));
    expect(mine).toHaveLength(THRESHOLDS.length);
    const listShapes = mine.map(invariant);
    for (const s of listShapes) expect(s).toEqual(gotShapes[0]);
    for (const r of mine) expect(r).toEqual(got.find((g) => g.body.id === r.id)?.body);

    // No header of the GET answers differs in a way that tracks the outcome (e.g. a content length).
    const lengths = got.map((g) => g.text.length - String(g.body.id).length - JSON.stringify(g.body.params).length - String(g.body.createdAt).length - String(g.body.updatedAt).length);
    expect(new Set(lengths).size).toBe(1);

    return reviewer;
  };

  it('a threshold sweep: the operator cannot tell which runs had rows suppressed or were blocked', async () => {
    const reviewer = await expectIndistinguishable(thresholdModel);
    // The reviewer's view does vary with the threshold: the test would see these figures if they leaked.
    const seen = reviewer.map((r) => JSON.stringify({ status: r.body.status, rows: r.body.rowCount, suppressed: r.body.disclosure?.suppressedRows }));
    expect(new Set(seen).size).toBeGreaterThan(1);
    expect(reviewer.every((r) => 'disclosure' in r.body && 'rowCount' in r.body)).toBe(true);
  });

  it('a bad cast under a live condition: the dev check lets it through (twin never meets the condition), and on live success and failure look the same', async () => {
    expect({ status: submittedCast.status, error: submittedCast.body.error }).toEqual({ status: 201, error: undefined });
    const reviewer = await expectIndistinguishable(castModel);
    const statuses = reviewer.map((r) => r.body.status as string);
    // Low thresholds reach the cast on live and fail; a threshold above every income does not.
    expect(statuses).toContain('failed');
    expect(statuses.some((s) => s !== 'failed')).toBe(true);
    // The failure text is for the reviewer only.
    const failed = reviewer.find((r) => r.body.status === 'failed');
    expect(failed?.body.failure).toEqual(expect.any(String));
  });

  it('the same dev check stops a cast that the twin does reach', async () => {
    const res = await submitModel(a, 'SELECT street, count(*) FILTER (WHERE CASE WHEN income > $t THEN CAST(street AS INTEGER) = 1 ELSE false END) AS n FROM residents GROUP BY street', [{ name: 't', type: 'DOUBLE' }]);
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 422, code: 'model_fails_on_dev' });
  });

  it('a model with its parameter inside an aggregate FILTER runs on live (the checked queries inline it too)', async () => {
    // Not a disclosure hole (it fails closed) but every such run fails: the checked queries take
    // the FILTER, aggregate arguments and group keys from the un-inlined tree.
    await a.t.http.put(`/api/v1/agreements/${a.agreementId}/settings`).set(...bearer(a.t.authorityToken)).send({ queryTimeoutMs: 30_000 });
    const model = await submitModel(a, 'SELECT street, count(*) FILTER (WHERE income > $t) AS rich, count(*) AS n FROM residents GROUP BY street', [{ name: 't', type: 'DOUBLE' }]);
    expect(model.status).toBe(201);
    expect((await reviewModel(a, model.body.id)).status).toBe(200);
    const run = await runModel(a, model.body.id, { t: 5000 });
    await a.t.platform.runs.idle();
    const seen = await a.t.http.get(`/api/v1/runs/${run.body.id}`).set(...bearer(a.t.authorityToken));
    expect({ status: seen.body.status, failure: seen.body.failure }).toEqual({ status: 'awaiting-release', failure: null });
  });
});
