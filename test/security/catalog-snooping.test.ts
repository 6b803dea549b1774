/**
 * Attack: learning about the engine, the server and other databases through catalog views,
 * metadata table functions, settings functions and qualified names (information_schema,
 * duckdb_*(), pg_catalog, sqlite_master, current_setting, version, other catalogs), also when
 * smuggled through a CTE that borrows a system view's name or a SELECT * REPLACE list. All
 * refused (422), audited as denied; the sandbox's own table stays readable, qualified or not.
 */
import os from 'node:os';
import { expectAnswered, expectRefusedOnBothPaths, startAttackWorld, type AttackWorld } from './attack-fixture';

describe('catalog snooping', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await startAttackWorld();
  });
  afterAll(() => a.t.destroy());

  it.each([
    ['information_schema.tables', 'SELECT * FROM information_schema.tables'],
    ['information_schema.columns', 'SELECT table_name, column_name FROM information_schema.columns'],
    ['information_schema.schemata', 'SELECT * FROM information_schema.schemata'],
    ['duckdb_tables()', 'SELECT * FROM duckdb_tables()'],
    ['duckdb_columns()', 'SELECT * FROM duckdb_columns()'],
    ['duckdb_settings()', 'SELECT * FROM duckdb_settings()'],
    ['duckdb_databases()', 'SELECT * FROM duckdb_databases()'],
    ['duckdb_extensions()', 'SELECT * FROM duckdb_extensions()'],
    ['duckdb_functions()', 'SELECT * FROM duckdb_functions()'],
    ['duckdb_secrets()', 'SELECT * FROM duckdb_secrets()'],
    ['duckdb_memory()', 'SELECT * FROM duckdb_memory()'],
    ['duckdb_temporary_files()', 'SELECT * FROM duckdb_temporary_files()'],
    ['the duckdb_tables view', 'SELECT * FROM duckdb_tables'],
    ['the duckdb_databases view', 'SELECT * FROM duckdb_databases'],
    ['the pragma_database_list view', 'SELECT * FROM pragma_database_list'],
    ['sqlite_master', 'SELECT * FROM sqlite_master'],
    ['sqlite_schema', 'SELECT * FROM sqlite_schema'],
    ['pg_catalog.pg_tables', 'SELECT * FROM pg_catalog.pg_tables'],
    ['pg_catalog.pg_settings', 'SELECT * FROM pg_catalog.pg_settings'],
    ['pg_catalog.pg_namespace', 'SELECT * FROM pg_catalog.pg_namespace'],
    ['unqualified pg_tables', 'SELECT * FROM pg_tables'],
    ['unqualified pg_settings', 'SELECT * FROM pg_settings'],
    ["current_setting('memory_limit')", "SELECT current_setting('memory_limit')"],
    ["current_setting('temp_directory')", "SELECT current_setting('temp_directory')"],
    ['current_setting in a WHERE', "SELECT count(*) FROM residents WHERE street = current_setting('temp_directory')"],
    ['current_database()', 'SELECT current_database()'],
    ['current_schema()', 'SELECT current_schema()'],
    ['current_schemas()', 'SELECT current_schemas(true)'],
    ['version()', 'SELECT version()'],
    ["getenv('HOME')", "SELECT getenv('HOME')"],
    ['a metadata function in a scalar subquery', 'SELECT (SELECT count(*) FROM duckdb_tables()) AS n'],
    ['memory.main.residents', 'SELECT * FROM memory.main.residents'],
    ['system.main.x', 'SELECT * FROM system.main.x'],
    ['system.main.duckdb_tables', 'SELECT * FROM system.main.duckdb_tables'],
    ['temp.main.x', 'SELECT * FROM temp.main.x'],
    ['the own catalog by name', 'SELECT * FROM dev.main.residents'],
    ['another schema of the own catalog', 'SELECT * FROM information_schema.residents'],
  ])('refuses %s and audits it as denied', async (_name, sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it.each([
    ['a CTE named duckdb_tables reading the duckdb_tables view', 'WITH duckdb_tables AS (SELECT * FROM duckdb_tables) SELECT * FROM duckdb_tables'],
    ['a CTE named duckdb_databases reading the view (file paths)', 'WITH duckdb_databases AS (SELECT * FROM duckdb_databases) SELECT * FROM duckdb_databases'],
    ['a CTE named sqlite_master reading sqlite_master', 'WITH sqlite_master AS (SELECT * FROM sqlite_master) SELECT * FROM sqlite_master'],
    ['a recursive CTE named pragma_database_list', 'WITH RECURSIVE pragma_database_list AS (SELECT * FROM pragma_database_list) SELECT * FROM pragma_database_list'],
    ['a CTE named like the own table reading duckdb_databases', 'WITH residents AS (SELECT * FROM duckdb_databases) SELECT * FROM residents'],
    ['a CTE reading duckdb_settings()', "WITH s AS (SELECT name, value FROM duckdb_settings()) SELECT * FROM s WHERE name IN ('memory_limit', 'temp_directory')"],
    ['a CTE reading current_setting', "WITH s AS (SELECT current_setting('temp_directory') AS v) SELECT * FROM s"],
    ['a CTE reading information_schema', 'WITH s AS (SELECT * FROM information_schema.tables) SELECT * FROM s'],
    ['a CTE reading system.main', 'WITH s AS (SELECT * FROM system.main.duckdb_databases) SELECT * FROM s'],
    ['a CTE reading pragma_version()', 'WITH s AS (SELECT * FROM pragma_version()) SELECT * FROM s'],
    ['a CTE calling enable_profiling()', 'WITH s AS (SELECT * FROM enable_profiling()) SELECT * FROM s'],
    ['a SELECT * REPLACE with current_setting', "SELECT * REPLACE (current_setting('temp_directory') AS street) FROM residents LIMIT 1"],
    ['a SELECT * REPLACE with duckdb_settings()', "SELECT * REPLACE ((SELECT value FROM duckdb_settings() WHERE name = 'temp_directory') AS street) FROM residents LIMIT 1"],
    ['an aggregate model carrying settings in a CTE', "WITH s AS (SELECT value FROM duckdb_settings() WHERE name = 'temp_directory') SELECT r.street, count(*) AS n, max(s.value) AS v FROM residents r, s GROUP BY r.street"],
  ])('refuses %s and audits it as denied', async (_name, sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it.each([
    ['main.residents', 'SELECT count(*) AS n FROM main.residents'],
    ['"main"."residents"', 'SELECT count(*) AS n FROM "main"."residents"'],
    ['a CTE named like a system view that reads only the own table', 'WITH sqlite_master AS (SELECT street FROM residents) SELECT count(*) AS n FROM sqlite_master'],
    ['a CTE named duckdb_settings that reads only the own table', 'WITH duckdb_settings AS (SELECT * FROM residents) SELECT count(*) AS n FROM duckdb_settings'],
  ])('answers %s (the own table)', async (_name, sql) => {
    const res = await expectAnswered(a, sql);
    expect(res.body.rows).toEqual([[200]]);
  });

  it('answers current_user and its synonyms only with DuckDB\'s constant, never the server account', async () => {
    const res = await expectAnswered(a, 'SELECT current_user AS a, user AS b, session_user AS c, current_role AS d');
    expect(res.body.rows).toEqual([['duckdb', 'duckdb', 'duckdb', 'duckdb']]);
    expect(res.text).not.toContain(`"${os.userInfo().username}"`);
  });
});
