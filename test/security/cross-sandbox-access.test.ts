/**
 * Attack: another tenant's sandbox id. A second operator (another unit, with its own approved
 * agreement and sandbox) aims every operator route at the first operator's sandbox, models,
 * runs and outputs: each answers 404, exactly as for an id that does not exist (never 403),
 * and is audited as denied. Operator SQL cannot reach the other sandbox's tables or files.
 * A sealed sandbox answers 410 to its own operator, and still 404 to the other one.
 */
import path from 'node:path';
import { bearer } from '../fixtures/test-platform';
import { approvedAgreement, residentsRules } from '../fixtures/demo-world';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';
import { auditEntryOf, devQuery, expectAnswered, expectNoLeak, expectRefusedOnBothPaths, reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld, type Res } from './attack-fixture';
import { releaseRun } from '../fixtures/release-run';

type Call = { name: string; action: string; send: (token: string) => Promise<Res> };

describe('another sandbox’s id', () => {
  let a: AttackWorld;
  let other: { id: string; token: string };
  let otherSandboxId: string;
  let modelId: string;
  let runId: string;
  let pendingRunId: string;
  beforeAll(async () => {
    a = await startAttackWorld();
    const { t, w } = a;
    const created = await t.http.post('/api/v1/datasets').set(...bearer(w.source.token)).send({ ...residentsSchema, name: 'households', title: '光明区住户' });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    const datasetId = created.body.id as string;
    await t.http.put(`/api/v1/datasets/${datasetId}/data`).set(...bearer(w.source.token)).set('Content-Type', 'text/csv').send(residentsCsv(300)).expect(200);
    await t.http.put(`/api/v1/datasets/${datasetId}/masking-rules`).set(...bearer(w.source.token)).set('Content-Type', 'application/yaml').send(residentsRules).expect(201);
    await t.listInDirectory(w.source.token, datasetId);
    other = await t.principal('operator', 'other-operator', '另一家运营单位');
    ({ sandboxId: otherSandboxId } = await approvedAgreement(t, { source: w.source, operator: other, datasetId }));

    const model = await submitModel(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street');
    modelId = model.body.id as string;
    expect((await reviewModel(a, modelId)).status).toBe(200);
    const run = await runModel(a, modelId);
    expect(run.body.status).toBe('queued');
    runId = run.body.id as string;
    await t.platform.runs.idle();
    expect((await t.http.get(`/api/v1/runs/${runId}/review`).set(...bearer(t.authorityToken))).status).toBe(200);
    expect((await releaseRun(t, runId)).status).toBe(200);
    pendingRunId = (await runModel(a, modelId)).body.id as string;
  });
  afterAll(() => a.t.destroy());

  const calls = (ids: () => { sandboxId: string; modelId: string; runId: string; pendingRunId: string; agreementId: string }): Call[] => {
    const http = () => a.t.http;
    return [
      { name: 'dev query', action: 'sandbox.query', send: (tk) => http().post(`/api/v1/sandboxes/${ids().sandboxId}/query`).set(...bearer(tk)).send({ sql: 'SELECT count(*) FROM residents', tier: 'dev' }) },
      { name: 'live query', action: 'sandbox.query', send: (tk) => http().post(`/api/v1/sandboxes/${ids().sandboxId}/query`).set(...bearer(tk)).send({ sql: 'SELECT count(*) FROM residents', tier: 'live' }) },
      { name: 'read the sandbox', action: 'sandbox.read', send: (tk) => http().get(`/api/v1/sandboxes/${ids().sandboxId}`).set(...bearer(tk)) },
      { name: 'read the schema', action: 'sandbox.schema', send: (tk) => http().get(`/api/v1/sandboxes/${ids().sandboxId}/schema`).set(...bearer(tk)) },
      { name: 'list its models', action: 'model.list', send: (tk) => http().get(`/api/v1/sandboxes/${ids().sandboxId}/models`).set(...bearer(tk)) },
      {
        name: 'submit a model into it', action: 'model.submit',
        send: (tk) => http().post(`/api/v1/sandboxes/${ids().sandboxId}/models`).set(...bearer(tk)).send({ name: 'intruder', sql: 'SELECT street, count(*) AS n FROM residents GROUP BY street', parameters: [], purpose: 'x' }),
      },
      { name: 'read its model', action: 'model.read', send: (tk) => http().get(`/api/v1/models/${ids().modelId}`).set(...bearer(tk)) },
      { name: 'run its approved model', action: 'run.create', send: (tk) => http().post(`/api/v1/models/${ids().modelId}/runs`).set(...bearer(tk)).send({ params: {} }) },
      { name: 'read its released run', action: 'run.read', send: (tk) => http().get(`/api/v1/runs/${ids().runId}`).set(...bearer(tk)) },
      { name: 'read its pending run', action: 'run.read', send: (tk) => http().get(`/api/v1/runs/${ids().pendingRunId}`).set(...bearer(tk)) },
      { name: 'download its released output', action: 'run.output', send: (tk) => http().get(`/api/v1/runs/${ids().runId}/output`).set(...bearer(tk)) },
      { name: 'download its released output as CSV', action: 'run.output', send: (tk) => http().get(`/api/v1/runs/${ids().runId}/output?format=csv`).set(...bearer(tk)) },
      {
        name: 'register its released output as a product', action: 'product.create',
        send: (tk) => http().post('/api/v1/products').set(...bearer(tk)).send({ name: 'stolen', kind: 'dataset', runId: ids().runId, description: 'x' }),
      },
      {
        name: 'register its model as an API product', action: 'product.create',
        send: (tk) => http().post('/api/v1/products').set(...bearer(tk)).send({ name: 'stolen', kind: 'api', modelId: ids().modelId, description: 'x' }),
      },
      { name: 'read its agreement', action: 'agreement.read', send: (tk) => http().get(`/api/v1/agreements/${ids().agreementId}`).set(...bearer(tk)) },
      { name: 'read its agreement settings', action: 'agreement.settings.read', send: (tk) => http().get(`/api/v1/agreements/${ids().agreementId}/settings`).set(...bearer(tk)) },
    ];
  };
  const firstOperators = () => ({ sandboxId: a.sandboxId, modelId, runId, pendingRunId, agreementId: a.agreementId });
  const missing = () => ({ sandboxId: 'sbx_00000000-0000-4000-8000-000000000000', modelId: 'mdl_00000000-0000-4000-8000-000000000000', runId: 'run_00000000-0000-4000-8000-000000000000', pendingRunId: 'run_00000000-0000-4000-8000-000000000001', agreementId: 'agr_00000000-0000-4000-8000-000000000000' });

  it.each(calls(firstOperators).map((c, i) => [c.name, i] as const))('answers 404 (never 403) when the other operator tries to %s, audited as denied', async (_name, i) => {
    const call = calls(firstOperators)[i];
    const res = await call.send(other.token);
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 404, code: 'not_found' });
    expect(res.body.rows).toBeUndefined();
    expect(res.body.manifest).toBeUndefined();
    for (const secret of [a.agreementId, 'residents', '光明', a.w.operator.id]) expect(res.text).not.toContain(secret);
    expectNoLeak(a, res);
    const entry = await auditEntryOf(a.t, res, call.action);
    expect(entry).toMatchObject({ outcome: 'denied', actorId: other.id });
    // The same answer as for an id that exists nowhere: existence is not revealed.
    const ghost = await calls(missing)[i].send(other.token);
    expect({ status: ghost.status, code: ghost.body?.error?.code, message: ghost.body?.error?.message }).toEqual({ status: 404, code: 'not_found', message: res.body.error.message });
  });

  it('did not create anything in the first sandbox for the intruder', async () => {
    const models = await a.t.http.get(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token));
    expect(models.status).toBe(200);
    expect(models.body.models.map((m: { name: string }) => m.name)).not.toContain('intruder');
    const products = await a.t.http.get('/api/v1/products').set(...bearer(other.token));
    expect({ status: products.status, products: products.body.products }).toEqual({ status: 200, products: [] });
  });

  it('lets each operator read only its own tables', async () => {
    const own = await expectAnswered(a, 'SELECT count(*) AS n FROM residents');
    expect(own.body.rows).toEqual([[200]]);
    const otherOwn = await devQuery(a, 'SELECT count(*) AS n FROM households', { token: other.token, sandboxId: otherSandboxId });
    expect({ status: otherOwn.status, rows: otherOwn.body.rows }).toEqual({ status: 200, rows: [[200]] });
    const crossed = await devQuery(a, 'SELECT count(*) AS n FROM residents', { token: other.token, sandboxId: otherSandboxId });
    expect({ status: crossed.status, code: crossed.body.error?.code }).toEqual({ status: 422, code: 'statement_refused' });
  });

  it('refuses the first operator’s SQL that names the other sandbox’s tables, database or files', async () => {
    const otherDir = path.join(a.t.dataDir, 'sandboxes', otherSandboxId);
    for (const sql of [
      'SELECT count(*) FROM households',
      'SELECT count(*) FROM main.households',
      `SELECT count(*) FROM "${otherSandboxId}".main.households`,
      'SELECT count(*) FROM live.main.residents',
      'SELECT count(*) FROM residents r JOIN households h ON r.street = h.street',
      `SELECT * FROM '${path.join(otherDir, 'dev.duckdb')}'`,
      `ATTACH '${path.join(otherDir, 'live.duckdb')}' AS other (READ_ONLY)`,
      `SELECT content FROM read_blob('${path.join(otherDir, 'live.duckdb')}')`,
    ]) {
      await expectRefusedOnBothPaths(a, sql);
    }
  });

  it('answers 410 to the own operator once the sandbox is sealed, and still 404 to the other operator', async () => {
    const terminated = await a.t.http.post(`/api/v1/agreements/${a.agreementId}/terminate`).set(...bearer(a.t.authorityToken)).send({ reason: '安全测试' });
    expect(terminated.status).toBe(200);
    await a.t.platform.expiry.run();
    for (const call of calls(firstOperators).filter((c) => ['sandbox.query', 'sandbox.schema', 'model.submit', 'run.create', 'sandbox.read'].includes(c.action))) {
      const own = await call.send(a.w.operator.token);
      expect({ call: call.name, status: own.status, rows: own.body.rows }).toEqual({ call: call.name, status: 410, rows: undefined });
      expect((await auditEntryOf(a.t, own, call.action)).outcome).toBe('denied');
      const intruder = await call.send(other.token);
      expect({ call: call.name, status: intruder.status }).toEqual({ call: call.name, status: 404 });
    }
  });
});
