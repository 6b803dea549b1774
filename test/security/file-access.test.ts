/**
 * Attack: reading files through operator SQL (table functions that read files, file paths used
 * as table names, the control store and the vault by path). Every attempt is refused (422),
 * audited as denied, and no response carries a byte of any file.
 */
import path from 'node:path';
import { arrowQuery, devQuery, expectAnswered, expectRefusedAndAudited, expectRefusedOnBothPaths, startAttackWorld, type AttackWorld } from './attack-fixture';

describe('file access through operator SQL', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await startAttackWorld();
  });
  afterAll(() => a.t.destroy());

  it.each([
    ["read_csv('/etc/passwd')", "SELECT * FROM read_csv('/etc/passwd')"],
    ['read_csv with options', "SELECT * FROM read_csv('/etc/passwd', delim = ':', header = false, columns = {'a': 'VARCHAR'})"],
    ['read_csv_auto', "SELECT * FROM read_csv_auto('/etc/passwd')"],
    ['read_text', "SELECT content FROM read_text('/etc/passwd')"],
    ['read_text of /proc/self/environ', "SELECT content FROM read_text('/proc/self/environ')"],
    ['read_blob', "SELECT content FROM read_blob('/etc/passwd')"],
    ['read_parquet', "SELECT * FROM read_parquet('/etc/passwd')"],
    ['read_json', "SELECT * FROM read_json('/etc/passwd')"],
    ['read_json_auto', "SELECT * FROM read_json_auto('/etc/passwd')"],
    ['glob of the root', "SELECT * FROM glob('/*')"],
    ['a file path as a table name', "SELECT * FROM '/etc/passwd'"],
    ['the control store as a relative table name', "SELECT * FROM 'data/control.duckdb'"],
    ['a csv path as a table name', "SELECT * FROM '/etc/passwd.csv'"],
    ['sniff_csv', "SELECT * FROM sniff_csv('/etc/passwd')"],
    ['parquet_metadata', "SELECT * FROM parquet_metadata('/etc/passwd')"],
    ['parquet_schema', "SELECT * FROM parquet_schema('/etc/passwd')"],
    ['a file reader in a WHERE subquery', "SELECT street FROM residents WHERE street IN (SELECT content FROM read_text('/etc/passwd'))"],
    ['a file reader in a join', "SELECT r.street FROM residents r JOIN read_csv('/etc/passwd') p ON true"],
    ['a file reader in a scalar subquery', "SELECT (SELECT count(*) FROM read_text('/etc/passwd')) AS n"],
    ['a file reader inside a CTE', "WITH p AS (SELECT content FROM read_text('/etc/passwd')) SELECT * FROM p"],
    ['a file reader inside a UNION', "SELECT street FROM residents UNION ALL SELECT content FROM read_text('/etc/passwd')"],
    ['a file list for a reader', "SELECT * FROM read_text(['/etc/passwd', '/etc/hostname'])"],
  ])('refuses %s and audits it as denied', async (_name, sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it('refuses reading the control store, the vault and the live database by absolute path', async () => {
    const dataDir = a.t.dataDir;
    const live = path.join(dataDir, 'sandboxes', a.sandboxId, 'live.duckdb');
    for (const sql of [
      `SELECT * FROM '${path.join(dataDir, 'control.duckdb')}'`,
      `SELECT * FROM read_blob('${path.join(dataDir, 'vault')}/**')`,
      `SELECT * FROM glob('${dataDir}/**')`,
      `SELECT content FROM read_blob('${live}')`,
      `SELECT * FROM read_text('${path.join(dataDir, 'master.key')}')`,
    ]) {
      await expectRefusedOnBothPaths(a, sql);
    }
  });

  it('refuses a file reader when Arrow IPC is asked for, before any byte is streamed', async () => {
    const sql = "SELECT content FROM read_text('/etc/passwd')";
    const res = await arrowQuery(a, sql);
    expect(res.headers['content-type']).toContain('application/json');
    await expectRefusedAndAudited(a, res, 'sandbox.query', sql);
  });

  it('still answers a plain query on the sandbox table after the attempts', async () => {
    const res = await expectAnswered(a, 'SELECT count(*) AS n FROM residents');
    expect(res.body.rows).toEqual([[200]]);
  });

  it('does not treat a string that only looks like a path as a file', async () => {
    const res = await devQuery(a, "SELECT '/etc/passwd' AS p");
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([['/etc/passwd']]);
  });
});
