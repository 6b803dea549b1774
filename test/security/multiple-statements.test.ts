/**
 * Attack: smuggling a second statement after a harmless SELECT (stacked queries), hidden
 * behind comments, string literals or trailing separators. Anything that is more than one
 * statement is refused (422) and audited as denied; one SELECT with trailing semicolons or
 * comments is still one statement and is answered.
 */
import { devQuery, expectAnswered, expectRefusedOnBothPaths, startAttackWorld, type AttackWorld } from './attack-fixture';

describe('multiple statements', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await startAttackWorld();
  });
  afterAll(() => a.t.destroy());

  it.each([
    ['two SELECTs', 'SELECT 1; SELECT 2'],
    ['a SELECT then DROP TABLE', 'SELECT 1; DROP TABLE residents'],
    ['a SELECT then DROP with a trailing semicolon', 'SELECT 1; DROP TABLE residents;'],
    ['a SELECT then DROP with a trailing comment', 'SELECT 1; DROP TABLE residents -- cleanup'],
    ['a SELECT then COPY', "SELECT count(*) FROM residents; COPY residents TO '/tmp/x.csv'"],
    ['a SELECT then SET', "SELECT 1; SET memory_limit = '100GB'"],
    ['a SELECT then PRAGMA', 'SELECT 1; PRAGMA enable_profiling'],
    ['a SELECT then ATTACH', "SELECT 1; ATTACH ':memory:' AS m"],
    ['a leading DROP then a SELECT', 'DROP TABLE residents; SELECT 1'],
    ['a statement after a block comment ends', 'SELECT 1 /* harmless */; DROP TABLE residents'],
    ['a statement after a line comment ends', 'SELECT 1 -- harmless\n; DROP TABLE residents'],
    ['a statement after a line comment ends with CRLF', 'SELECT 1 -- harmless\r\n; DROP TABLE residents'],
    ['a statement between comment look-alikes in strings', "SELECT '/*'; DROP TABLE residents; SELECT '*/'"],
    ['a statement after a string that looks like it closes', "SELECT 'a'';'; DROP TABLE residents"],
    ['a statement after a closed nested comment', 'SELECT 1 /* a /* b */ c */; DROP TABLE residents'],
    ['many stacked SELECTs', Array.from({ length: 50 }, (_, i) => `SELECT ${i}`).join(';')],
    ['separators with blank statements between', 'SELECT 1;;;; SELECT 2'],
    ['an unterminated block comment', 'SELECT 1 /* DROP TABLE residents'],
  ])('refuses %s and audits it as denied', async (_name, sql) => {
    await expectRefusedOnBothPaths(a, sql);
  });

  it.each([
    ['one trailing semicolon', 'SELECT count(*) AS n FROM residents;'],
    ['several trailing semicolons', 'SELECT count(*) AS n FROM residents;;;'],
    ['a trailing semicolon and a line comment', 'SELECT count(*) AS n FROM residents; -- done'],
    ['block comments around the statement', '/* a */ SELECT count(*) AS n FROM residents /* b */ ;'],
    ['a separator inside a block comment', 'SELECT count(*) AS n FROM residents /* ; DROP TABLE residents; */'],
    ['a separator inside a nested block comment', 'SELECT count(*) AS n FROM residents /* /* nested */ ; DROP TABLE residents */'],
    ['a separator inside a line comment', 'SELECT count(*) AS n FROM residents -- ; DROP TABLE residents'],
    ['a separator inside a string', "SELECT count(*) AS n FROM residents WHERE street <> '; DROP TABLE residents'"],
  ])('answers one SELECT with %s', async (_name, sql) => {
    const res = await expectAnswered(a, sql);
    expect(res.body.rows).toEqual([[200]]);
  });

  it('ran none of the smuggled statements: the table is intact', async () => {
    const res = await devQuery(a, 'SELECT count(*) AS n FROM residents');
    expect(res.body.rows).toEqual([[200]]);
  });
});
