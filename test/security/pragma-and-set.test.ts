/**
 * Attack: reading or changing the engine's configuration and introspection through PRAGMA,
 * SET/RESET, USE, CALL, CHECKPOINT, and the SELECT-shaped utility statements (SUMMARIZE,
 * DESCRIBE, SHOW, EXPLAIN), which DuckDB classifies as SELECT. All refused (422), audited as
 * denied, and the limits stay in force afterwards.
 */
import { devQuery, expectAnswered, expectRefusedOnBothPaths, startAttackWorld, type AttackWorld } from './attack-fixture';

describe('PRAGMA, SET and utility statements', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await startAttackWorld();
  });
  afterAll(() => a.t.destroy());

  it.each([
    ['PRAGMA version'],
    ['PRAGMA database_list'],
    ['PRAGMA database_size'],
    ['PRAGMA show_tables'],
    ["PRAGMA table_info('residents')"],
    ['PRAGMA enable_profiling'],
    ["PRAGMA enable_profiling = 'json'"],
    ["PRAGMA profiling_output = '/tmp/x.json'"],
    ['PRAGMA disable_optimizer'],
    ['PRAGMA threads = 64'],
    ["PRAGMA memory_limit = '100GB'"],
    ['CALL enable_profiling()'],
    ['CALL pragma_version()'],
    ['CALL checkpoint()'],
    ["SET memory_limit = '100GB'"],
    ['SET threads = 64'],
    ['SET enable_external_access = true'],
    ['SET lock_configuration = false'],
    ["SET GLOBAL memory_limit = '100GB'"],
    ["SET SESSION search_path = 'x'"],
    ["SET search_path = 'x'"],
    ["SET temp_directory = '/tmp'"],
    ["SET allowed_directories = ['/']"],
    ['SET enable_profiling = true'],
    ["SET VARIABLE x = 'y'"],
    ['RESET ALL'],
    ['RESET memory_limit'],
    ['USE x'],
    ['USE memory'],
    ['CHECKPOINT'],
    ['FORCE CHECKPOINT'],
    ['SUMMARIZE residents'],
    ['SUMMARIZE SELECT * FROM residents'],
    ['DESCRIBE residents'],
    ['DESCRIBE SELECT * FROM residents'],
    ['SHOW TABLES'],
    ['SHOW ALL TABLES'],
    ['SHOW residents'],
    ['SHOW databases'],
    ['EXPLAIN SELECT 1'],
    ['EXPLAIN ANALYZE SELECT count(*) FROM residents'],
    ['EXPLAIN (FORMAT json) SELECT 1'],
    ['SELECT * FROM (DESCRIBE residents)'],
    ['SELECT * FROM (SUMMARIZE residents)'],
    ['SELECT * FROM (SHOW TABLES)'],
    ['SELECT * FROM pragma_version()'],
    ["SELECT * FROM pragma_table_info('residents')"],
    ['SELECT * FROM pragma_database_size()'],
    ['SELECT * FROM enable_profiling()'],
    ["SELECT getvariable('x')"],
  ])('refuses %s and audits it as denied', async (sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it('keeps the row cap and the query shape working after the attempts', async () => {
    const res = await expectAnswered(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY street');
    expect(res.body.rows.reduce((sum: number, row: [string, number]) => sum + row[1], 0)).toBe(200);
  });

  it('still refuses the configuration after a refused SET (nothing was changed by preparing it)', async () => {
    await devQuery(a, "SET search_path = 'x'");
    const res = await expectAnswered(a, 'SELECT count(*) AS n FROM residents');
    expect(res.body.rows).toEqual([[200]]);
  });
});
