/**
 * Attack: writing data out of the sandbox or pulling other databases and code into it:
 * COPY, EXPORT/IMPORT DATABASE, ATTACH/DETACH (including the control store and another tier's
 * file), INSTALL/LOAD of extensions, CREATE SECRET. All refused (422), audited as denied,
 * and nothing is written anywhere.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectAnswered, expectRefusedOnBothPaths, startAttackWorld, type AttackWorld } from './attack-fixture';

describe('COPY, EXPORT, ATTACH, INSTALL and LOAD', () => {
  let a: AttackWorld;
  const tag = crypto.randomUUID().slice(0, 8);
  const out = (name: string) => path.join(os.tmpdir(), `shuyu-attack-${tag}-${name}`);
  const literalTargets = ['/tmp/x.csv', '/tmp/x', '/tmp/x.duckdb'];
  const existedBefore = new Map(literalTargets.map((p) => [p, fs.existsSync(p)]));
  beforeAll(async () => {
    a = await startAttackWorld();
  });
  afterAll(() => a.t.destroy());

  it.each([
    ['COPY a table to /tmp/x.csv', "COPY residents TO '/tmp/x.csv'"],
    ['COPY a table to a fresh file', () => `COPY residents TO '${out('a.csv')}' (HEADER, DELIMITER ',')`],
    ['COPY a query to a file', () => `COPY (SELECT 1) TO '${out('b.csv')}'`],
    ['COPY a query of the table to parquet', () => `COPY (SELECT * FROM residents) TO '${out('c.parquet')}' (FORMAT parquet)`],
    ['COPY into a table from a file', "COPY residents FROM '/etc/passwd'"],
    ['EXPORT DATABASE', "EXPORT DATABASE '/tmp/x'"],
    ['EXPORT DATABASE to a fresh directory', () => `EXPORT DATABASE '${out('export')}' (FORMAT csv)`],
    ['IMPORT DATABASE', "IMPORT DATABASE '/tmp/x'"],
    ['ATTACH a file', "ATTACH '/tmp/x.duckdb'"],
    ['ATTACH a fresh file as writable', () => `ATTACH '${out('d.duckdb')}' AS evil`],
    ["ATTACH ':memory:'", "ATTACH ':memory:' AS m"],
    ['ATTACH IF NOT EXISTS', "ATTACH IF NOT EXISTS ':memory:' AS m2"],
    ['DETACH the sandbox database', 'DETACH dev'],
    ['DETACH a name', 'DETACH m'],
    ['INSTALL httpfs', 'INSTALL httpfs'],
    ['LOAD httpfs', 'LOAD httpfs'],
    ['FORCE INSTALL httpfs', 'FORCE INSTALL httpfs'],
    ['INSTALL from a repository', "INSTALL httpfs FROM 'http://127.0.0.1:1/'"],
    ['LOAD a file as an extension', "LOAD '/tmp/x.duckdb_extension'"],
    ['CREATE SECRET', "CREATE SECRET s (TYPE s3, KEY_ID 'a', SECRET 'b')"],
    ['CREATE TABLE AS', 'CREATE TABLE stolen AS SELECT * FROM residents'],
    ['CREATE MACRO', 'CREATE MACRO m(x) AS x'],
    ['CREATE VIEW', 'CREATE VIEW v AS SELECT * FROM residents'],
    ['INSERT', "INSERT INTO residents (street) VALUES ('x')"],
    ['UPDATE', "UPDATE residents SET street = 'x'"],
    ['DELETE', 'DELETE FROM residents'],
    ['DROP TABLE', 'DROP TABLE residents'],
    ['ALTER TABLE', 'ALTER TABLE residents RENAME TO r2'],
    ['a transaction', 'BEGIN TRANSACTION'],
    ['VACUUM', 'VACUUM'],
  ])('refuses %s and audits it as denied', async (_name, sqlOrMake) => {
    const sql = typeof sqlOrMake === 'function' ? sqlOrMake() : sqlOrMake;
    await expectRefusedOnBothPaths(a, sql);
  });

  it('refuses ATTACH of the control store and of the live tier by their real paths', async () => {
    const control = path.join(a.t.dataDir, 'control.duckdb');
    const live = path.join(a.t.dataDir, 'sandboxes', a.sandboxId, 'live.duckdb');
    expect(fs.existsSync(live)).toBe(true);
    for (const sql of [
      `ATTACH '${control}' AS control`,
      `ATTACH '${control}' AS control (READ_ONLY)`,
      `ATTACH '${live}' AS live (READ_ONLY)`,
      `ATTACH 'data/control.duckdb' AS control`,
    ]) {
      await expectRefusedOnBothPaths(a, sql);
    }
  });

  it('wrote no file anywhere', () => {
    for (const name of ['a.csv', 'b.csv', 'c.parquet', 'export', 'd.duckdb']) expect(fs.existsSync(out(name))).toBe(false);
    for (const p of literalTargets) if (!existedBefore.get(p)) expect(fs.existsSync(p)).toBe(false);
  });

  it('left the sandbox table in place and no attached database behind', async () => {
    const res = await expectAnswered(a, 'SELECT count(*) AS n FROM residents');
    expect(res.body.rows).toEqual([[200]]);
    for (const sql of ['SELECT * FROM m.main.x', 'SELECT * FROM evil.main.residents', 'SELECT count(*) FROM stolen']) {
      await expectRefusedOnBothPaths(a, sql);
    }
  });
});
