/**
 * Attack: exhausting the server with operator SQL. A cross join of the sandbox tables (no
 * `range`, only own data) on dev and as an approved model on live is stopped at the agreement's
 * timeout with 408 query_timeout and audited as failed; a memory blow-up hits the sandbox's
 * memory limit and gets a clear 4xx; the server stays healthy; results are capped per
 * response; and 20 concurrent heavy queries neither crash nor wedge the server.
 */
import { bearer } from '../fixtures/test-platform';
import { auditEntryOf, devQuery, expectAnswered, expectNoLeak, requestIdOf, reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld, type AuditRow, type Res } from './attack-fixture';

const HEAVY = 'SELECT count(*) AS n FROM residents a, residents b, residents c, residents d WHERE a.income + b.income > c.income + d.income';
const TIMEOUT_MS = 500;

describe('resource exhaustion', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await startAttackWorld({ env: { SHUYU_QUERY_MAX_ROWS: '50', SHUYU_SANDBOX_MEMORY_LIMIT: '256MB' } });
    const set = await a.t.http.put(`/api/v1/agreements/${a.agreementId}/settings`).set(...bearer(a.t.authorityToken)).send({ queryTimeoutMs: TIMEOUT_MS });
    expect({ status: set.status, queryTimeoutMs: set.body.queryTimeoutMs }).toEqual({ status: 200, queryTimeoutMs: TIMEOUT_MS });
  });
  afterAll(() => a.t.destroy());

  const expectHealthy = async () => {
    const health = await a.t.http.get('/healthz');
    expect(health.status).toBe(200);
    const res = await expectAnswered(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY street');
    expect(res.body.rows).toHaveLength(6);
  };
  const expectTimedOut = async (res: Res, action: string, startedAt: number) => {
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 408, code: 'query_timeout' });
    expect(res.body.rows).toBeUndefined();
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expectNoLeak(a, res);
    // Not a refusal of the statement: it was allowed to start and failed at the limit.
    expect((await auditEntryOf(a.t, res, action)).outcome).toBe('failed');
  };

  it('stops a four-way cross join of the sandbox table on dev with 408 and stays healthy', async () => {
    const startedAt = Date.now();
    await expectTimedOut(await devQuery(a, HEAVY), 'sandbox.query', startedAt);
    await expectHealthy();
  });

  it('refuses an unbounded recursive CTE outright (recursion is not allowed) and stays healthy', async () => {
    const res = await devQuery(a, 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) AS n FROM r');
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 422, code: 'statement_refused' });
    await expectHealthy();
  });

  it('finds the same cross join on the dev twin when it is submitted as a model: 408, and stays healthy', async () => {
    const heavyModel = 'SELECT a.street, count(*) AS n FROM residents a, residents b, residents c, residents d WHERE a.income + b.income > c.income + d.income GROUP BY a.street';
    const startedAt = Date.now();
    await expectTimedOut(await submitModel(a, heavyModel), 'model.submit', startedAt);
    await expectHealthy();
  });

  it('stops a cross join that is heavy only on live at the timeout: the run fails for the reviewer, the operator sees nothing of it', async () => {
    // $heavy = false on the dev twin (the submission check), true on live.
    const heavyModel = 'SELECT a.street, count(*) AS n FROM residents a, residents b, residents c, residents d WHERE $heavy AND a.income + b.income > c.income + d.income GROUP BY a.street';
    const model = await a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token))
      .send({ name: 'heavy_on_live', sql: heavyModel, parameters: [{ name: 'heavy', type: 'BOOLEAN' }], exampleParams: { heavy: false }, purpose: '压力测试' });
    expect(model.status).toBe(201);
    expect((await reviewModel(a, model.body.id)).status).toBe(200);
    const startedAt = Date.now();
    const res = await runModel(a, model.body.id, { heavy: true });
    expect({ status: res.status, keys: Object.keys(res.body).sort() }).toEqual({ status: 201, keys: ['createdAt', 'id', 'modelId', 'params', 'status', 'updatedAt'] });
    await a.t.platform.runs.idle();
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    const seen = await a.t.http.get(`/api/v1/runs/${res.body.id}`).set(...bearer(a.t.authorityToken));
    expect({ status: seen.body.status, failure: seen.body.failure }).toEqual({ status: 'failed', failure: expect.stringMatching(/longer than 500 ms/) });
    expectNoLeak(a, await a.t.http.get(`/api/v1/runs/${res.body.id}`).set(...bearer(a.w.operator.token)));
    await expectHealthy();
  });

  it.each([
    ['one huge aggregated string', "SELECT length(string_agg(repeat(a.street, 200), ',')) AS n FROM residents a, residents b, residents c"],
    ['huge lists per group', 'SELECT a.street, list(repeat(b.street, 100)) AS l FROM residents a, residents b, residents c GROUP BY a.street'],
  ])('stops a memory blow-up (%s) at the sandbox memory limit with a clear 4xx, audited as failed, and stays healthy', async (_name, sql) => {
    const res = await devQuery(a, sql);
    expectNoLeak(a, res, sql);
    expect(res.body.rows).toBeUndefined();
    expect((await auditEntryOf(a.t, res, 'sandbox.query')).outcome).toBe('failed');
    await expectHealthy();
    // Invariant 7: hostile SQL gets a clear 4xx, never a 500 that looks like a server fault.
    expect(res.body.error?.code).not.toBe('internal_error');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('stops the cross join asked for as Arrow IPC with 408 before any byte is sent, audited as failed', async () => {
    const startedAt = Date.now();
    const outcome = await a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/query`).set(...bearer(a.w.operator.token))
      .set('Accept', 'application/vnd.apache.arrow.stream').send({ sql: HEAVY, tier: 'dev' })
      .then((res) => ({ res, error: null as string | null }), (error: unknown) => ({ res: null, error: String(error) }));
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    await expectHealthy();
    // The aggregate yields no row before the timeout, so nothing has been sent yet: the caller
    // should get the same clear 408 as with JSON, not a dropped connection, and the audit entry
    // should not say `allowed` for a query that was stopped.
    expect({ error: outcome.error, status: outcome.res?.status, code: outcome.res?.body?.error?.code }).toEqual({ error: null, status: 408, code: 'query_timeout' });
    if (outcome.res) expect((await auditEntryOf(a.t, outcome.res, 'sandbox.query')).outcome).toBe('failed');
  });

  it('caps the rows of a response and says it truncated them', async () => {
    const all = await expectAnswered(a, 'SELECT street, income FROM residents');
    expect({ rowCount: all.body.rowCount, rows: all.body.rows.length, truncated: all.body.truncated }).toEqual({ rowCount: 50, rows: 50, truncated: true });
    const few = await expectAnswered(a, 'SELECT street FROM residents LIMIT 10');
    expect({ rowCount: few.body.rowCount, truncated: few.body.truncated }).toEqual({ rowCount: 10, truncated: false });
    const exact = await expectAnswered(a, 'SELECT street FROM residents LIMIT 50');
    expect({ rowCount: exact.body.rowCount, truncated: exact.body.truncated }).toEqual({ rowCount: 50, truncated: false });
  });

  it('caps a cross join that returns rows without materialising it', async () => {
    const startedAt = Date.now();
    const res = await expectAnswered(a, 'SELECT a.street, b.street AS other FROM residents a, residents b, residents c');
    expect({ rowCount: res.body.rowCount, truncated: res.body.truncated }).toEqual({ rowCount: 50, truncated: true });
    expect(Date.now() - startedAt).toBeLessThan(TIMEOUT_MS * 4);
  });

  it('survives 20 concurrent heavy queries: each stops with 408, none with 5xx, all audited', async () => {
    const startedAt = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, () => devQuery(a, HEAVY).then((r) => r)));
    expect(Date.now() - startedAt).toBeLessThan(15_000);
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(408));
    const page = await a.t.http.get('/api/v1/audit?action=sandbox.query&order=desc&limit=200').set(...bearer(a.t.authorityToken));
    const byRequest = new Map((page.body.entries as AuditRow[]).map((e) => [e.requestId, e.outcome]));
    expect(results.map((r) => byRequest.get(requestIdOf(r)))).toEqual(Array(20).fill('failed'));
    await expectHealthy();
  });

  it('keeps answering other requests while heavy queries run', async () => {
    const heavy = Array.from({ length: 6 }, () => devQuery(a, HEAVY).then((r) => r));
    const health = await a.t.http.get('/healthz');
    expect(health.status).toBe(200);
    const statuses = (await Promise.all(heavy)).map((r) => r.status);
    expect(statuses).toEqual(Array(6).fill(408));
    await expectHealthy();
  });
});
