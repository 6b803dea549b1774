/** noise: requested scale, stable per record (keyed on the whole row), not removable by re-reading. */
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';
import { noiseRuleSchema } from '../../../masking-rules/strategies/noise-strategy';
import { compileFor } from '../compiler/compile-and-run';
import { MaskingTestDb } from '../compiler/masking-test-db';
import { OTHER_KEY } from '../compiler/people-fixture';

const schema: DatasetSchema = {
  name: 'incomes', level: 'important', openness: 'conditional', subjectKey: 'pid',
  columns: [
    { name: 'pid', type: 'VARCHAR', personal: 'none', identifier: 'none' },
    { name: 'income', type: 'DECIMAL(18,2)', personal: 'sensitive', identifier: 'none' },
  ],
};
const N = 20_000;
let db: MaskingTestDb;

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.run(`CREATE TABLE incomes AS SELECT 'p' || i AS pid, CAST(10000 AS DECIMAL(18,2)) AS income FROM range(${N}) r(i)`);
  // The same rows in another table, in another order, except p7 whose income is NULL there.
  await db.run(`CREATE TABLE incomes2 AS SELECT 'p' || i AS pid, CAST(CASE WHEN i = 7 THEN NULL ELSE 10000 END AS DECIMAL(18,2)) AS income FROM range(${N} - 1, -1, -1) r(i)`);
});
afterAll(() => db.close());

function sqlFor(distribution: string, table = 'incomes', key?: string, extra: Record<string, unknown> = {}): string {
  const rules = { columns: { income: { strategy: 'noise', distribution, scale: 500, ...extra } } };
  return compileFor({ schema, rules, table, key }).sql;
}

/** How many subjects get different outputs from two compiled queries (joined by pid). */
async function differing(sqlA: string, sqlB: string): Promise<number> {
  const rows = await db.all(`SELECT count(*) AS n FROM (${sqlA}) a JOIN (${sqlB}) b USING (pid) WHERE a.income IS DISTINCT FROM b.income`);
  return Number(rows[0].n);
}

it('Laplace noise has mean absolute deviation ≈ scale (within 10%) and mean ≈ 0', async () => {
  const rows = await db.all(`SELECT avg(abs(income - 10000)) AS mad, avg(income - 10000) AS mean, typeof(any_value(income)) AS t FROM (${sqlFor('laplace')})`);
  expect(Math.abs(Number(rows[0].mad) - 500) / 500).toBeLessThan(0.1);
  expect(Math.abs(Number(rows[0].mean))).toBeLessThan(30);
  expect(rows[0].t).toBe('DOUBLE');
});

it('Gaussian noise has standard deviation ≈ scale (within 10%) and mean ≈ 0', async () => {
  const rows = await db.all(`SELECT stddev_pop(income) AS sd, avg(income - 10000) AS mean FROM (${sqlFor('gaussian')})`);
  expect(Math.abs(Number(rows[0].sd) - 500) / 500).toBeLessThan(0.1);
  expect(Math.abs(Number(rows[0].mean))).toBeLessThan(30);
});

it.each(['laplace', 'gaussian'])('%s noise is stable per record: same on re-read and for the same row in another table', async (distribution) => {
  expect(await differing(sqlFor(distribution), sqlFor(distribution))).toBe(0);
  // incomes2 holds the same rows in reverse order; only p7, whose row differs (NULL income), differs.
  expect(await differing(sqlFor(distribution), sqlFor(distribution, 'incomes2'))).toBe(1);
  const p7 = await db.all(`SELECT income FROM (${sqlFor(distribution, 'incomes2')}) WHERE pid = 'p7'`);
  expect(p7).toEqual([{ income: null }]);
  const distinct = await db.all(`SELECT count(DISTINCT income) AS n FROM (${sqlFor(distribution)})`);
  expect(Number(distinct[0].n)).toBeGreaterThan(N * 0.99);
});

it('re-reading cannot average the noise away: every read returns the same noisy value', async () => {
  const reads = await Promise.all([1, 2, 3].map(() => db.all(`SELECT avg(income) AS a FROM (${sqlFor('laplace')}) WHERE pid = 'p1'`)));
  expect(reads[1]).toEqual(reads[0]);
  expect(reads[2]).toEqual(reads[0]);
  expect(reads[0][0].a).not.toBe(10000);
});

it('another key draws other noise', async () => {
  expect(await differing(sqlFor('laplace'), sqlFor('laplace', 'incomes', OTHER_KEY))).toBeGreaterThan(N - 5);
});

it('round gives whole numbers; without a subjectKey the whole row is still the identity', async () => {
  const rows = await db.all(`SELECT income FROM (${sqlFor('laplace', 'incomes', undefined, { round: 0 })}) LIMIT 200`);
  for (const r of rows) expect(Number.isInteger(Number(r.income))).toBe(true);
  const noSubject = { ...schema, subjectKey: undefined };
  const sql = compileFor({ schema: noSubject, rules: { columns: { income: { strategy: 'noise', distribution: 'laplace', scale: 500 } } }, table: 'incomes' }).sql;
  // Every income is 10000, but the rows differ (pid), so the noise does too.
  const distinct = await db.all(`SELECT count(DISTINCT income) AS n FROM (${sql})`);
  expect(Number(distinct[0].n)).toBeGreaterThan(N * 0.99);
});

it.each([
  [{ strategy: 'noise', distribution: 'laplace', scale: 0 }],
  [{ strategy: 'noise', distribution: 'laplace', scale: -1 }],
  [{ strategy: 'noise', distribution: 'uniform', scale: 1 }],
  [{ strategy: 'noise', distribution: 'laplace' }],
  [{ strategy: 'noise', distribution: 'gaussian', scale: 1, round: -1 }],
])('refuses %j', (rule) => {
  expect(noiseRuleSchema.safeParse(rule).success).toBe(false);
});
