/**
 * Attack: hiding a forbidden statement or function from the guard with comments, string
 * literals (standard, escaped, dollar-quoted), letter case, quoted identifiers, look-alike
 * Unicode letters, NUL bytes and sheer length. Forbidden things stay refused (422, denied);
 * a single harmless SELECT that merely contains such comments or quotes is still answered.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { auditEntryOf, devQuery, expectAnswered, expectNoLeak, expectRefusedOnBothPaths, startAttackWorld, submitModel, type AttackWorld } from './attack-fixture';

describe('comment and quoting tricks', () => {
  let a: AttackWorld;
  const csvExisted = fs.existsSync('/tmp/x.csv');
  beforeAll(async () => {
    a = await startAttackWorld();
  });
  afterAll(() => a.t.destroy());

  it.each([
    ['a COPY after a block comment that closes early', "SELECT 1 /* ; */ ; COPY residents TO '/tmp/x.csv'"],
    ['a COPY on the line after a line comment', "SELECT 1 -- \n; COPY residents TO '/tmp/x.csv'"],
    ['a COPY after a string that closes', "SELECT ''); COPY residents TO '/tmp/x.csv'; --'"],
    ['a COPY after a dollar-quoted string', "SELECT $$x$$; COPY residents TO '/tmp/x.csv'"],
    ['a COPY after a backslash that is not an escape', "SELECT 'a\\'; COPY residents TO '/tmp/x.csv'; --'"],
    ['upper-case READ_CSV', "SELECT * FROM READ_CSV('/etc/passwd')"],
    ['mixed-case Read_Csv', "SELECT * FROM Read_Csv('/etc/passwd')"],
    ['quoted "read_csv"', "SELECT * FROM \"read_csv\"('/etc/passwd')"],
    ['quoted upper-case "READ_CSV"', "SELECT * FROM \"READ_CSV\"('/etc/passwd')"],
    ['a schema-qualified reader', "SELECT * FROM main.read_csv('/etc/passwd')"],
    ['a catalog-qualified reader', "SELECT * FROM system.main.read_csv('/etc/passwd')"],
    ['a comment between name and parenthesis', "SELECT * FROM read_text/**/('/etc/passwd')"],
    ['a Cyrillic е in read_csv', "SELECT * FROM r\u0435ad_csv('/etc/passwd')"],
    ['a Cyrillic е in query', "SELECT * FROM qu\u0435ry('SELECT 1')"],
    ['full-width letters', "SELECT * FROM \uff52\uff45\uff41\uff44_csv('/etc/passwd')"],
    ['a zero-width space in the name', "SELECT * FROM read\u200b_csv('/etc/passwd')"],
    ['an E-escaped path', "SELECT * FROM read_text(E'\\x2fetc\\x2fpasswd')"],
    ['an E-escaped quote closing the string', "SELECT E'\\x27'); COPY residents TO '/tmp/x.csv'; --'"],
    ['a dollar-quoted path', 'SELECT * FROM read_text($$/etc/passwd$$)'],
    ['a tagged dollar-quoted path', 'SELECT * FROM read_text($p$/etc/passwd$p$)'],
    ['a path built by concatenation', "SELECT * FROM read_text('/etc/' || 'passwd')"],
    ['a reader in lower case in a string then upper case for real', "SELECT 'read_csv' AS s FROM READ_TEXT('/etc/passwd')"],
    ['a NUL byte before a second statement', 'SELECT 1\u0000; DROP TABLE residents'],
    ['a NUL byte inside a string', "SELECT 'a\u0000b' AS s"],
    ['a NUL byte inside a comment', 'SELECT 1 /* \u0000 */'],
  ])('refuses %s and audits it as denied', async (_name, sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it.each([
    ['a block comment hiding a COPY', "SELECT count(*) AS n FROM residents /* ; COPY residents TO '/tmp/x.csv' */", [[200]]],
    ['a line comment hiding a COPY', "SELECT count(*) AS n FROM residents -- ; COPY residents TO '/tmp/x.csv'", [[200]]],
    ['a string that holds a quote and a COPY', "SELECT '''); COPY residents TO ''/tmp/x.csv''' AS s", [["'); COPY residents TO '/tmp/x.csv'"]]],
    ['a dollar-quoted string that holds a COPY', "SELECT $$'); COPY residents TO '/tmp/x.csv'; --$$ AS s", [["'); COPY residents TO '/tmp/x.csv'; --"]]],
    ['an E-escaped quote inside a string', "SELECT E'\\x27); DROP TABLE residents; --' AS s", [["'); DROP TABLE residents; --"]]],
    ['a function name in a string', "SELECT count(*) AS n FROM residents WHERE street <> 'read_csv(''/etc/passwd'')'", [[200]]],
    ['upper-case allowed functions', 'SELECT COUNT(*) AS n, UPPER(MIN(street)) IS NOT NULL AS ok FROM RESIDENTS', [[200, true]]],
    ['a quoted identifier of an own column', 'SELECT count("street") AS n FROM "residents"', [[200]]],
    ['Chinese text in a string', "SELECT count(*) AS n FROM residents WHERE street <> '不存在的街道'", [[200]]],
  ])('answers a single harmless SELECT with %s', async (_name, sql, rows) => {
    const res = await expectAnswered(a, sql);
    expect(res.body.rows).toEqual(rows);
  });

  it('refuses SQL longer than 100,000 characters with 400, audited as failed, without running it', async () => {
    const sql = `SELECT 1 /* ${'x'.repeat(100_000)} */; DROP TABLE residents`;
    const res = await devQuery(a, sql);
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 400, code: 'invalid_request' });
    expectNoLeak(a, res);
    // A malformed request (a validation error, not a judgement on the statement) is audited as failed.
    expect((await auditEntryOf(a.t, res, 'sandbox.query')).outcome).toBe('failed');
    const model = await submitModel(a, sql);
    expect(model.status).toBe(400);
    expect((await auditEntryOf(a.t, model, 'model.submit')).outcome).toBe('failed');
  });

  it('refuses a very long SQL that hides a COPY far beyond what the audit keeps, and the audit hash covers all of it', async () => {
    const sql = `SELECT 1 /* ${'y'.repeat(90_000)} */ ; COPY residents TO '/tmp/x.csv'`;
    const res = await devQuery(a, sql);
    expect(res.status).toBe(422);
    const entry = await auditEntryOf(a.t, res, 'sandbox.query');
    expect(entry.outcome).toBe('denied');
    expect(entry.details.sqlSha256).toBe(crypto.createHash('sha256').update(sql).digest('hex'));
  });

  it('answers a long but single harmless SELECT just under the limit', async () => {
    const head = 'SELECT count(*) AS n FROM residents /* ';
    const sql = `${head}${'z'.repeat(100_000 - head.length - 3)} */`;
    expect(sql.length).toBe(100_000);
    const res = await expectAnswered(a, sql);
    expect(res.body.rows).toEqual([[200]]);
  });

  it('wrote no /tmp/x.csv and dropped nothing', async () => {
    if (!csvExisted) expect(fs.existsSync('/tmp/x.csv')).toBe(false);
    expect((await devQuery(a, 'SELECT count(*) FROM residents')).body.rows).toEqual([[200]]);
  });
});
