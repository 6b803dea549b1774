/**
 * Attack: repetition. Every run of a model on live teaches the operator a little; the run
 * budget caps how much (per model and per agreement, per day). Exhausting it answers 429
 * `run_budget_exhausted` and is audited. The disclosure settings may be tightened by the
 * authority, never loosened below the platform defaults (k = 10, dominance 90 %, p-ratio 10 %).
 */
import { bearer } from '../../fixtures/test-platform';
import { auditEntryOf, reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld } from '../attack-fixture';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('attack: many runs to learn by repetition', () => {
  let a: AttackWorld;
  const settingsUrl = () => `/api/v1/agreements/${a.agreementId}/settings`;
  const putSettings = (body: object, token = a.t.authorityToken) => a.t.http.put(settingsUrl()).set(...bearer(token)).send(body);
  const getSettings = async () => (await a.t.http.get(settingsUrl()).set(...bearer(a.t.authorityToken))).body;

  const approvedModel = async (sql = 'SELECT street, count(*) AS n FROM residents WHERE income >= $t GROUP BY street', parameters = [{ name: 't', type: 'DOUBLE' }]) => {
    const submitted = await submitModel(a, sql, parameters);
    expect(submitted.status).toBe(201);
    expect((await reviewModel(a, submitted.body.id)).status).toBe(200);
    return submitted.body.id as string;
  };

  beforeAll(async () => {
    a = await startAttackWorld({ rows: 300 });
  });
  afterAll(() => a.t.destroy());

  it('the fourth run of a model on a day answers 429 run_budget_exhausted, audited as denied; the next day it runs again', async () => {
    const set = await putSettings({ runsPerModelPerDay: 3 });
    expect(set.status).toBe(200);
    expect(set.body.runsPerModelPerDay).toBe(3);
    const model = await approvedModel();
    for (const t of [0, 5000, 10000]) {
      const ok = await runModel(a, model, { t });
      expect(ok.status).toBe(201);
    }
    await a.t.platform.runs.idle();
    const fourth = await runModel(a, model, { t: 15000 });
    expect({ status: fourth.status, code: fourth.body.error?.code }).toEqual({ status: 429, code: 'run_budget_exhausted' });
    expect(fourth.body.id).toBeUndefined();
    const entry = await auditEntryOf(a.t, fourth, 'run.create');
    expect(entry).toMatchObject({ outcome: 'denied', actorId: a.w.operator.id, agreementId: a.agreementId });
    expect(entry.details.status).toBe(429);

    // No run was queued by the refused request.
    const listed = await a.t.http.get(`/api/v1/sandboxes/${a.sandboxId}/runs`).set(...bearer(a.w.operator.token));
    expect((listed.body.runs as { modelId: string }[]).filter((r) => r.modelId === model)).toHaveLength(3);

    // Other parameters, or the same ones again, do not get around the budget.
    expect((await runModel(a, model, { t: 0 })).status).toBe(429);
    // A day later the window has moved on.
    a.t.clock.advance(DAY_MS + 1000);
    expect((await runModel(a, model, { t: 0 })).status).toBe(201);
    await a.t.platform.runs.idle();
  });

  it('a second copy of the same model does not reset the per-model budget beyond the agreement’s runs per day', async () => {
    a.t.clock.advance(DAY_MS + 1000);
    const set = await putSettings({ runsPerDay: 5, runsPerModelPerDay: 3 });
    expect(set.status).toBe(200);
    const first = await approvedModel();
    const copy = await approvedModel();
    const third = await approvedModel('SELECT street, count(*) AS n FROM residents GROUP BY street', []);
    for (let i = 0; i < 3; i += 1) expect((await runModel(a, first, { t: i })).status).toBe(201);
    expect((await runModel(a, first, { t: 9 })).status).toBe(429);
    for (let i = 0; i < 2; i += 1) expect((await runModel(a, copy, { t: i })).status).toBe(201);
    await a.t.platform.runs.idle();
    // Five runs today across the agreement: every model is refused now, even an unused one.
    for (const [model, params] of [[copy, { t: 7 }], [third, {}]] as const) {
      const refused = await runModel(a, model, params);
      expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 429, code: 'run_budget_exhausted' });
      const entry = await auditEntryOf(a.t, refused, 'run.create');
      expect(entry).toMatchObject({ outcome: 'denied', agreementId: a.agreementId });
    }
  });

  it('refuses to loosen k below the platform default (4xx) and changes nothing', async () => {
    const before = await getSettings();
    expect(before.kMin).toBeGreaterThanOrEqual(10);
    for (const body of [{ kMin: 5 }, { kMin: 9 }, { dominanceShare: 0.99 }, { pRatio: 0.01 }, { kMin: 5, runsPerDay: 1000 }]) {
      const res = await putSettings(body);
      expect({ body, status: res.status }).toEqual({ body, status: 422 });
      expect(res.body.error?.code).toBe('settings_loosened');
    }
    // Below the schema's absolute floor it is a validation error, still 4xx.
    const tiny = await putSettings({ kMin: 1 });
    expect(tiny.status).toBeGreaterThanOrEqual(400);
    expect(tiny.status).toBeLessThan(500);
    expect(await getSettings()).toEqual(before);

    // Tightening is allowed.
    const tighter = await putSettings({ kMin: 12 });
    expect(tighter.status).toBe(200);
    expect((await getSettings()).kMin).toBe(12);
    // An operator may not change the settings at all.
    const byOperator = await putSettings({ kMin: 50 }, a.w.operator.token);
    expect(byOperator.status).toBeGreaterThanOrEqual(403);
    expect(byOperator.status).toBeLessThan(500);
    expect((await getSettings()).kMin).toBe(12);
  });

  it('may go back to the platform default once tightened, never below it', async () => {
    const back = await putSettings({ kMin: 10 });
    expect(back.status).toBe(200);
    expect((await putSettings({ kMin: 8 })).status).toBe(422);
    expect((await getSettings()).kMin).toBe(10);
  });

  it('concurrent requests do not overrun the per-model budget (check-then-insert race)', async () => {
    a.t.clock.advance(DAY_MS + 1000);
    expect((await putSettings({ runsPerDay: 1000, runsPerModelPerDay: 3 })).status).toBe(200);
    const model = await approvedModel();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => runModel(a, model, { t: i })));
    await a.t.platform.runs.idle();
    const statuses = answers.map((r) => r.status).sort();
    const listed = await a.t.http.get(`/api/v1/sandboxes/${a.sandboxId}/runs`).set(...bearer(a.w.operator.token));
    const queued = (listed.body.runs as { modelId: string }[]).filter((r) => r.modelId === model).length;
    expect({ accepted: statuses.filter((s) => s === 201).length, queued }).toEqual({ accepted: 3, queued: 3 });
    expect(statuses.filter((s) => s !== 201).every((s) => s === 429)).toBe(true);
  });
});
