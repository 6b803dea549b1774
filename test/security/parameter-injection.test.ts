/**
 * Attack: SQL injection through model parameters. Values are checked against their declared
 * types and bound as prepared-statement parameters, never spliced: an injection string compared
 * to a VARCHAR column matches nothing (0 rows, not all rows) and drops nothing. Wrong types,
 * undeclared, missing and oversized values are 400 invalid_parameters; parameters used but not
 * declared at submission are 422. Each attempt is audited.
 */
import { bearer } from '../fixtures/test-platform';
import { auditEntryOf, devQuery, expectNoLeak, reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld, type Res } from './attack-fixture';

describe('parameter injection', () => {
  let a: AttackWorld;
  let byStreet: string;
  let typed: string;
  beforeAll(async () => {
    a = await startAttackWorld();
    const street = await submitModel(a, 'SELECT street, count(*) AS n FROM residents WHERE street = $s GROUP BY street', [{ name: 's', type: 'VARCHAR' }]);
    expect(street.status).toBe(201);
    byStreet = street.body.id as string;
    expect((await reviewModel(a, byStreet)).status).toBe(200);
    const many = await submitModel(
      a,
      'SELECT street, count(*) AS n FROM residents WHERE income > $min AND $flag AND length(street) < $maxlen AND $day IS NOT NULL GROUP BY street',
      [{ name: 'min', type: 'DOUBLE' }, { name: 'flag', type: 'BOOLEAN' }, { name: 'maxlen', type: 'INTEGER' }, { name: 'day', type: 'DATE' }],
    );
    expect(many.status).toBe(201);
    typed = many.body.id as string;
    expect((await reviewModel(a, typed)).status).toBe(200);
  });
  afterAll(() => a.t.destroy());

  /** The run is queued (201, audited as allowed); the reviewer then sees how many rows it produced. */
  const expectRun = async (res: Res, rowCount: number) => {
    expect({ status: res.status, error: res.body.error }).toEqual({ status: 201, error: undefined });
    expect((await auditEntryOf(a.t, res, 'run.create')).outcome).toBe('allowed');
    await a.t.platform.runs.idle();
    const run = await a.t.http.get(`/api/v1/runs/${res.body.id}`).set(...bearer(a.t.authorityToken));
    expect({ status: run.body.status, rowCount: run.body.rowCount, failure: run.body.failure }).toEqual({ status: 'awaiting-release', rowCount, failure: null });
  };
  const expectInvalid = async (res: Res) => {
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 400, code: 'invalid_parameters' });
    expectNoLeak(a, res);
    // A malformed value is bad input, not a refused statement: audited as failed.
    expect((await auditEntryOf(a.t, res, 'run.create')).outcome).toBe('failed');
  };

  it('answers the one matching group for a real street value', async () => {
    await expectRun(await runModel(a, byStreet, { s: '光明街道' }), 1);
  });

  it.each([
    ['a quote-paren-DROP injection', "x'); DROP TABLE residents; --"],
    ['a tautology', "' OR '1'='1"],
    ['a real value followed by a tautology', "光明街道' OR street <> '"],
    ['a stacked COPY', "光明街道'; COPY residents TO '/tmp/x.csv'; --"],
    ['a UNION injection', "' UNION SELECT id_number, 1 FROM residents --"],
    ['a comment-terminated value', '光明街道\'--'],
    ['a dollar-quote breakout', '$$; DROP TABLE residents; $$'],
    ['a backslash escape attempt', "\\'; DROP TABLE residents; --"],
    ['1000 quotes', "'".repeat(1000)],
  ])('binds %s as a plain value: 0 rows, not all rows', async (_name, s) => {
    await expectRun(await runModel(a, byStreet, { s }), 0);
  });

  it.each([
    ['a VARCHAR over 1000 characters', { s: 'x'.repeat(1001) }],
    ['a number for a VARCHAR', { s: 1 }],
    ['a boolean for a VARCHAR', { s: true }],
    ['an undeclared parameter', { s: '光明街道', t: 'x' }],
    ['an undeclared parameter named like an injection', { s: '光明街道', "s; DROP TABLE residents; --": 'x' }],
    ['a missing parameter', {}],
    ['a NUL byte', { s: '光明街道\u0000' }],
  ])('refuses %s with 400', async (_name, params) => {
    await expectInvalid(await runModel(a, byStreet, params));
  });

  const good = { min: 0, flag: true, maxlen: 100, day: '2026-01-01' };
  it('answers the typed model with good values', async () => {
    await expectRun(await runModel(a, typed, good), 6);
  });

  it.each([
    ['a tautology for a DOUBLE', { min: '1 OR 1=1' }],
    ['a stacked DROP for an INTEGER', { maxlen: '1; DROP TABLE residents' }],
    ['a fraction for an INTEGER', { maxlen: 1.5 }],
    ['an integer beyond 2^53', { maxlen: '9007199254740993' }],
    ['Infinity for a DOUBLE', { min: 'Infinity' }],
    ['an empty string for a DOUBLE', { min: '' }],
    ['a word for a BOOLEAN', { flag: 'yes' }],
    ['an injection for a BOOLEAN', { flag: 'true OR 1=1' }],
    ['an injection after a DATE', { day: "2026-01-01'; DROP TABLE residents; --" }],
    ['an impossible DATE', { day: '2026-13-45' }],
  ])('refuses %s with 400', async (_name, bad) => {
    await expectInvalid(await runModel(a, typed, { ...good, ...bad }));
  });

  it.each([
    ['a named parameter', 'SELECT street, count(*) AS n FROM residents WHERE street = $s GROUP BY street', []],
    ['a positional parameter', 'SELECT street, count(*) AS n FROM residents WHERE street = $1 GROUP BY street', []],
    ['a question-mark parameter', 'SELECT street, count(*) AS n FROM residents WHERE street = ? GROUP BY street', []],
    ['a second, undeclared parameter', 'SELECT street, count(*) AS n FROM residents WHERE street = $s AND income > $min GROUP BY street', [{ name: 's', type: 'VARCHAR' }]],
  ])('refuses a model that uses %s without declaring it (422)', async (_name, sql, parameters) => {
    const res = await submitModel(a, sql, parameters);
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 422, code: 'undeclared_parameters' });
    // Not a refused statement but an incomplete declaration (bad input): audited as failed.
    expect((await auditEntryOf(a.t, res, 'model.submit')).outcome).toBe('failed');
  });

  it.each([
    ['a parameter name carrying SQL', [{ name: "s'; DROP TABLE residents; --", type: 'VARCHAR' }]],
    ['an upper-case parameter name', [{ name: 'S', type: 'VARCHAR' }]],
    ['an unknown parameter type', [{ name: 's', type: 'VARCHAR); DROP TABLE residents; --' }]],
    ['more than 20 parameters', Array.from({ length: 21 }, (_, i) => ({ name: `p${i}`, type: 'VARCHAR' }))],
  ])('refuses a submission with %s (400)', async (_name, parameters) => {
    const res = await submitModel(a, 'SELECT street, count(*) AS n FROM residents WHERE street = $s GROUP BY street', parameters);
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 400, code: 'invalid_request' });
    expect((await auditEntryOf(a.t, res, 'model.submit')).outcome).toBe('failed');
  });

  it('flags a declared but unused parameter at submission', async () => {
    const res = await submitModel(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street', [{ name: 'unused', type: 'VARCHAR' }]);
    expect(res.status).toBe(201);
    expect(res.body.checks.find((c: { name: string }) => c.name === 'parameters')).toMatchObject({ passed: false });
  });

  it('dropped nothing: the live and dev tables are intact after every injection', async () => {
    await expectRun(await runModel(a, byStreet, { s: '光明街道' }), 1);
    await expectRun(await runModel(a, typed, good), 6);
    const dev = await devQuery(a, 'SELECT count(*) AS n FROM residents');
    expect(dev.body.rows).toEqual([[200]]);
  });
});
