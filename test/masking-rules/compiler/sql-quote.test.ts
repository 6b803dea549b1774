/** quoteIdentifier / quoteLiteral: what comes out of DuckDB is exactly what went in. */
import { quoteIdentifier, quoteLiteral, quoteQualified } from '../../../masking-rules/compiler/sql-quote';
import { MaskingTestDb } from './masking-test-db';

let db: MaskingTestDb;
beforeAll(async () => { db = await MaskingTestDb.create(); });
afterAll(() => db.close());

const nasty = ["x'); DROP TABLE t; --", "'", "''", '"', 'a"b', '\\', "\\'", 'O\'Reilly', '张三\'丰', '--', '/* */', ';', '$1', '?', "E'\\x41'", '\n\t'];

it.each(nasty)('string %j round-trips through DuckDB as a literal', async (value) => {
  const rows = await db.all(`SELECT ${quoteLiteral(value)} AS v`);
  expect(rows).toEqual([{ v: value }]);
});

it.each(nasty)('identifier %j round-trips through DuckDB as a column name', async (name) => {
  const rows = await db.all(`SELECT 1 AS ${quoteIdentifier(name)}`);
  expect(Object.keys(rows[0])).toEqual([name]);
});

it('quotes numbers, booleans and NULL', async () => {
  expect(quoteLiteral(null)).toBe('NULL');
  expect(quoteLiteral(true)).toBe('TRUE');
  expect(quoteLiteral(-3)).toBe('(-3)');
  const rows = await db.all(`SELECT ${quoteLiteral(-3)} AS a, ${quoteLiteral(0.1)} AS b, ${quoteLiteral(1e21)} AS c, ${quoteLiteral(-0)} AS d, 5-${quoteLiteral(-2)} AS e`);
  expect(rows).toEqual([{ a: -3, b: 0.1, c: 1e21, d: 0, e: 7 }]);
});

it('refuses what cannot be quoted safely', () => {
  expect(() => quoteLiteral(Number.NaN)).toThrow();
  expect(() => quoteLiteral(Number.POSITIVE_INFINITY)).toThrow();
  expect(() => quoteLiteral('a\u0000b')).toThrow();
  expect(() => quoteIdentifier('')).toThrow();
  expect(() => quoteIdentifier('a\u0000')).toThrow();
  expect(quoteQualified('c"at', 'tab')).toBe('"c""at"."tab"');
});
