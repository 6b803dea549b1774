/**
 * Attack: `query()` and `query_table()`, DuckDB table functions that run a SQL string or read
 * any table by name, so whatever they are given escapes the guard's parse-tree walk. They must
 * be refused wherever they appear: at the top, in subqueries, CTEs, lateral joins, set
 * operations, SELECT * REPLACE lists, and inside a submitted model.
 */
import { arrowQuery, expectAnswered, expectRefusedAndAudited, expectRefusedOnBothPaths, startAttackWorld, type AttackWorld } from './attack-fixture';

describe('query() and query_table()', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await startAttackWorld();
  });
  afterAll(() => a.t.destroy());

  it.each([
    ['query() at the top', "SELECT * FROM query('SELECT 1')"],
    ['query() reading settings', "SELECT * FROM query('SELECT * FROM duckdb_settings()')"],
    ['query() with a SQL string built by concatenation', "SELECT * FROM query('SEL' || 'ECT 1')"],
    ['query_table() on an own table', "SELECT * FROM query_table('residents')"],
    ['query_table() on a list of tables', "SELECT * FROM query_table(['residents', 'residents'])"],
    ['query_table() on a system view', "SELECT * FROM query_table('duckdb_databases')"],
    ['FROM query() with a COPY', "FROM query('COPY residents TO ''/tmp/x.csv''')"],
    ['FROM query() with two statements', "FROM query('SELECT 1; SELECT 2')"],
    ['query() in a FROM subquery', "SELECT * FROM (SELECT * FROM query('SELECT 1'))"],
    ['query() in a scalar subquery', "SELECT (SELECT count(*) FROM query('SELECT 1')) AS n"],
    ['query() in a WHERE IN subquery', "SELECT count(*) FROM residents WHERE street IN (SELECT * FROM query('SELECT ''x'''))"],
    ['query() in an EXISTS', "SELECT count(*) FROM residents WHERE EXISTS (SELECT 1 FROM query('SELECT 1'))"],
    ['query() in a lateral join', "SELECT * FROM residents r, LATERAL (SELECT * FROM query('SELECT 1')) q"],
    ['query() in a CROSS JOIN LATERAL', "SELECT * FROM residents r CROSS JOIN LATERAL query('SELECT 1') q"],
    ['query() in a UNION', "SELECT 1 UNION ALL SELECT * FROM query('SELECT 2')"],
    ['query() in a CTE', "WITH q AS (SELECT * FROM query('SELECT 42 AS answer')) SELECT * FROM q"],
    ['query() reading settings in a CTE', "WITH q AS (SELECT * FROM query('SELECT value FROM duckdb_settings() WHERE name = ''temp_directory''')) SELECT * FROM q"],
    ['query_table() in a CTE', "WITH q AS (SELECT * FROM query_table('residents')) SELECT count(*) FROM q"],
    ['query() in a CTE nested in a subquery', "SELECT * FROM (WITH q AS (SELECT * FROM query('SELECT 1')) SELECT * FROM q)"],
    ['query() in a second CTE', "WITH a AS (SELECT 1 AS x), b AS (SELECT * FROM query('SELECT 2')) SELECT * FROM a, b"],
    ['query() in a recursive CTE', "WITH RECURSIVE q AS (SELECT * FROM query('SELECT 1 AS n')) SELECT * FROM q"],
    ['query() in a materialized CTE', "WITH q AS MATERIALIZED (SELECT * FROM query('SELECT 1')) SELECT * FROM q"],
    ['query() in a SELECT * REPLACE list', "SELECT * REPLACE ((SELECT max(answer) FROM query('SELECT 42 AS answer')) AS street) FROM residents"],
  ])('refuses %s and audits it as denied', async (_name, sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it.each([
    ['an aggregate model over query_table()', "SELECT street, count(*) AS n FROM query_table('residents') GROUP BY street"],
    ['an aggregate model over query_table() in a CTE', "WITH q AS (SELECT * FROM query_table('residents')) SELECT street, count(*) AS n FROM q GROUP BY street"],
    ['an aggregate model joined to query()', "SELECT r.street, count(*) AS n FROM residents r JOIN query('SELECT 1 AS x') q ON true GROUP BY r.street"],
  ])('refuses %s at submission', async (_name, sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it.each([
    ['query() at the top', "SELECT * FROM query('SELECT 1')"],
    ['query_table() in a CTE', "WITH q AS (SELECT * FROM query_table('residents')) SELECT * FROM q"],
  ])('refuses %s when Arrow IPC is asked for', async (_name, sql) => {
    const res = await arrowQuery(a, sql);
    await expectRefusedAndAudited(a, res, 'sandbox.query', sql);
  });

  it('still answers CTEs and subqueries over the sandbox table', async () => {
    const res = await expectAnswered(a, 'WITH q AS (SELECT street FROM residents) SELECT count(*) AS n FROM (SELECT * FROM q)');
    expect(res.body.rows).toEqual([[200]]);
  });
});
