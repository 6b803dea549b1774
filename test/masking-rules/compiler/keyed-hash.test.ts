/** The keyed-hash SQL builders: equal to Node's sha256, integers in range, uniforms never 0 or 1. */
import { createHash } from 'node:crypto';
import { assertKey, hashIntSql, keyedHashSql, uniformSql } from '../../../masking-rules/compiler/keyed-hash';
import { quoteLiteral } from '../../../masking-rules/compiler/sql-quote';
import { noiseTermSql } from '../../../masking-rules/strategies/noise-strategy';
import { MaskingTestDb } from './masking-test-db';
import { TEST_KEY } from './people-fixture';

let db: MaskingTestDb;
beforeAll(async () => { db = await MaskingTestDb.create(); });
afterAll(() => db.close());

it('keyedHashSql is sha256(key|domain|value) as lower-case hex', async () => {
  const rows = await db.all(`SELECT ${keyedHashSql(TEST_KEY, quoteLiteral('张三'), 'noise|income')} AS h, ${keyedHashSql(TEST_KEY, 'NULL')} AS n`);
  expect(rows[0].h).toBe(createHash('sha256').update(`${TEST_KEY}|noise|income|张三`).digest('hex'));
  expect(rows[0].n).toBeNull();
});

it('hashIntSql reads 13 hex digits as a BIGINT in [0, 2^52) from each slice', async () => {
  const h = quoteLiteral('f'.repeat(64));
  const z = quoteLiteral('0'.repeat(64));
  const rows = await db.all(`SELECT ${hashIntSql(h, 0)} AS a, ${hashIntSql(h, 3)} AS b, ${hashIntSql(z, 1)} AS c, typeof(${hashIntSql(h)}) AS t`);
  expect(rows).toEqual([{ a: 2 ** 52 - 1, b: 2 ** 52 - 1, c: 0, t: 'BIGINT' }]);
  await expect(db.all(`SELECT ('0x' || ${quoteLiteral('f'.repeat(16))})::BIGINT AS x`)).rejects.toThrow(/Conversion/);
  expect(() => hashIntSql(h, 4)).toThrow(RangeError);
});

it('uniforms stay strictly inside (0, 1) and noise stays finite at the extreme hashes', async () => {
  for (const hex of ['0'.repeat(64), 'f'.repeat(64), `8${'0'.repeat(63)}`, `7${'f'.repeat(63)}`]) {
    const h = quoteLiteral(hex);
    const rows = await db.all(`SELECT ${uniformSql(h, 0)} AS u, ${noiseTermSql('laplace', 1, h)} AS l, ${noiseTermSql('gaussian', 1, h)} AS g`);
    const { u, l, g } = rows[0] as { u: number; l: number; g: number };
    expect(u).toBeGreaterThan(0);
    expect(u).toBeLessThan(1);
    expect(Number.isFinite(l) && Number.isFinite(g)).toBe(true);
    expect(Math.abs(l)).toBeLessThan(40); // ln(2^52) ≈ 36
  }
});

it('assertKey accepts 32..128 lower-case hex only', () => {
  expect(() => assertKey('a'.repeat(32))).not.toThrow();
  expect(() => assertKey('a'.repeat(128))).not.toThrow();
  for (const bad of ['a'.repeat(31), 'a'.repeat(129), 'A'.repeat(32), `${'a'.repeat(31)}g`, `${'a'.repeat(32)}'`]) {
    expect(() => assertKey(bad)).toThrow(/32 to 128/);
  }
});
