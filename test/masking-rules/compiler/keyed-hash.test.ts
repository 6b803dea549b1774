/** The keyed-hash SQL builders: equal to Node's HMAC/SHA-256/MD5, integers in range, uniforms never 0 or 1. */
import { createHash, createHmac } from 'node:crypto';
import { assertKey, hashIntSql, keyedDrawSql, keyedHashSql, subKey, uniformSql } from '../../../masking-rules/compiler/keyed-hash';
import { quoteLiteral } from '../../../masking-rules/compiler/sql-quote';
import { noiseTermSql } from '../../../masking-rules/strategies/noise-strategy';
import { MaskingTestDb } from './masking-test-db';
import { TEST_KEY } from './people-fixture';

let db: MaskingTestDb;
beforeAll(async () => { db = await MaskingTestDb.create(); });
afterAll(() => db.close());

const OTHER_KEY = 'f'.repeat(64);

it('subKey is HMAC-SHA256(key bytes, purpose) cut to 32 hex characters, different per purpose and per key', () => {
  const expected = createHmac('sha256', Buffer.from(TEST_KEY, 'hex')).update('draw|noise|income').digest('hex').slice(0, 32);
  expect(subKey(TEST_KEY, 'draw|noise|income')).toBe(expected);
  expect(subKey(TEST_KEY, 'draw|noise|income')).not.toBe(subKey(TEST_KEY, 'draw|noise|income2'));
  expect(subKey(TEST_KEY, 'pseudonymize')).not.toBe(subKey(OTHER_KEY, 'pseudonymize'));
  expect(subKey(TEST_KEY, 'pseudonymize')).toMatch(/^[0-9a-f]{32}$/);
});

it('keyedHashSql is sha256(pseudonym sub-key || value) as lower-case hex and never contains the key', async () => {
  const sql = keyedHashSql(TEST_KEY, quoteLiteral('张三'));
  expect(sql).not.toContain(TEST_KEY);
  const rows = await db.all(`SELECT ${sql} AS h, ${keyedHashSql(TEST_KEY, 'NULL')} AS n`);
  expect(rows[0].h).toBe(createHash('sha256').update(`${subKey(TEST_KEY, 'pseudonymize')}张三`).digest('hex'));
  expect(rows[0].n).toBeNull();
});

/** md5_number reads the 16-byte digest as one little-endian integer. */
function md5Number(text: string): bigint {
  const digest = createHash('md5').update(text).digest();
  return (digest.readBigUInt64LE(8) << 64n) | digest.readBigUInt64LE(0);
}

it('keyedDrawSql is md5_number(draw sub-key || value); slice 0 is its top 52 bits and slice 1 its low 52 bits', async () => {
  const draw = keyedDrawSql(TEST_KEY, quoteLiteral('p1'), 'noise|income');
  expect(draw).not.toContain(TEST_KEY);
  const rows = await db.all(`SELECT CAST(${draw} AS VARCHAR) AS d, ${hashIntSql(draw, 0)} AS a, ${hashIntSql(draw, 1)} AS b, typeof(${hashIntSql(draw)}) AS t`);
  const n = md5Number(`${subKey(TEST_KEY, 'draw|noise|income')}p1`);
  expect(BigInt(rows[0].d as string)).toBe(n);
  expect(BigInt(rows[0].a as number)).toBe(n >> 76n);
  expect(BigInt(rows[0].b as number)).toBe(n & ((1n << 52n) - 1n));
  expect(rows[0].t).toBe('BIGINT');
});

it('slices cover [0, 2^52) at the extreme draws', async () => {
  const max = `${((1n << 128n) - 1n).toString()}::UHUGEINT`;
  const rows = await db.all(`SELECT ${hashIntSql(max, 0)} AS a, ${hashIntSql(max, 1)} AS b, ${hashIntSql('0::UHUGEINT', 1)} AS c`);
  expect(rows).toEqual([{ a: 2 ** 52 - 1, b: 2 ** 52 - 1, c: 0 }]);
  expect(() => hashIntSql(max, 2 as 0)).toThrow(RangeError);
});

it('uniforms stay strictly inside (0, 1) and noise stays finite at the extreme draws', async () => {
  const extremes = [0n, (1n << 128n) - 1n, 1n << 127n, (1n << 127n) - 1n];
  for (const value of extremes) {
    const draw = `${value.toString()}::UHUGEINT`;
    const rows = await db.all(`SELECT ${uniformSql(draw, 0)} AS u, ${uniformSql(draw, 1)} AS v, ${noiseTermSql('laplace', 1, draw)} AS l, ${noiseTermSql('gaussian', 1, draw)} AS g`);
    const { u, v, l, g } = rows[0] as { u: number; v: number; l: number; g: number };
    for (const x of [u, v]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1);
    }
    expect(Number.isFinite(l) && Number.isFinite(g)).toBe(true);
    expect(Math.abs(l)).toBeLessThan(40); // ln(2^52) ≈ 36
  }
});

it('assertKey accepts whole bytes of 32..128 lower-case hex only, and subKey refuses other keys', () => {
  expect(() => assertKey('a'.repeat(32))).not.toThrow();
  expect(() => assertKey('a'.repeat(128))).not.toThrow();
  // An odd length would lose its last digit in Buffer.from(key, 'hex'): keys differing only there would be one key.
  for (const bad of ['a'.repeat(31), 'a'.repeat(33), 'a'.repeat(127), 'a'.repeat(129), 'A'.repeat(32), `${'a'.repeat(31)}g`, `${'a'.repeat(32)}'`]) {
    expect(() => assertKey(bad)).toThrow(/32 to 128/);
    expect(() => subKey(bad, 'pseudonymize')).toThrow(/32 to 128/);
  }
});
