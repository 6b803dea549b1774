/**
 * noise is drawn per record, not per person: two rows of one person (monthly payments) get
 * independent draws, so their masked difference is not the exact raw difference, while the same
 * record masked again under the same key shows the same value (averaging reads cannot remove it).
 */
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';
import { compileFor } from '../compiler/compile-and-run';
import { MaskingTestDb } from '../compiler/masking-test-db';
import { OTHER_KEY, TEST_KEY } from '../compiler/people-fixture';

const schema: DatasetSchema = {
  name: 'payments', level: 'important', openness: 'conditional', subjectKey: 'pid',
  columns: [
    { name: 'pid', type: 'VARCHAR', personal: 'none', identifier: 'none' },
    { name: 'month', type: 'VARCHAR', personal: 'none', identifier: 'none' },
    { name: 'amount', type: 'DECIMAL(18,2)', personal: 'sensitive', identifier: 'none' },
  ],
};
const SCALE = 100;
const PEOPLE = 2_000;
const MONTHS = 12;
let db: MaskingTestDb;

beforeAll(async () => {
  db = await MaskingTestDb.create();
  // p1 has three monthly social-insurance payments; everybody else 12 months of varying amounts.
  await db.run(`CREATE TABLE payments AS
    SELECT 'p1' AS pid, m AS month, CAST(a AS DECIMAL(18,2)) AS amount
      FROM (VALUES ('2024-01', 1000), ('2024-02', 1200), ('2024-03', 1500)) v(m, a)
    UNION ALL
    SELECT 'q' || i, '2024-' || lpad(CAST(m AS VARCHAR), 2, '0'), CAST(1000 + (i * 37) % 500 + 100 * (m % 3) AS DECIMAL(18,2))
      FROM range(${PEOPLE}) r(i), range(1, ${MONTHS} + 1) s(m)`);
  // The same records in another order, as a rebuilt sandbox might read them.
  await db.run('CREATE TABLE payments_reloaded AS SELECT * FROM payments ORDER BY month DESC, pid DESC');
});
afterAll(() => db.close());

function masked(distribution = 'laplace', key = TEST_KEY, table = 'payments'): string {
  const rules = { columns: { amount: { strategy: 'noise', distribution, scale: SCALE } } };
  return compileFor({ schema, rules, table, key }).sql;
}

/** Raw and masked amounts of each record, with both differences to the person's previous month. */
function differences(sql: string): string {
  return `SELECT pid, month, r.amount AS raw, m.amount AS noisy,
      r.amount - lag(r.amount) OVER w AS raw_diff, m.amount - lag(m.amount) OVER w AS noisy_diff
    FROM payments r JOIN (${sql}) m USING (pid, month)
    WINDOW w AS (PARTITION BY pid ORDER BY month)`;
}

it.each(['laplace', 'gaussian'])('%s: differences between one person\'s rows are not the exact raw differences', async (distribution) => {
  const p1 = await db.all(`SELECT month, raw_diff, noisy_diff FROM (${differences(masked(distribution))}) WHERE pid = 'p1' AND raw_diff IS NOT NULL ORDER BY month`);
  expect(p1.map((r) => Number(r.raw_diff))).toEqual([200, 300]);
  for (const r of p1) expect(Math.abs(Number(r.noisy_diff) - Number(r.raw_diff))).toBeGreaterThan(1e-6);
  // The sum of p1's rows is not exact either.
  const sums = await db.all(`SELECT sum(raw) AS raw, sum(noisy) AS noisy FROM (${differences(masked(distribution))}) WHERE pid = 'p1'`);
  expect(Number(sums[0].raw)).toBe(3700);
  expect(Math.abs(Number(sums[0].noisy) - 3700)).toBeGreaterThan(1e-6);
  // Over every person: no masked difference is exact.
  const exact = await db.all(`SELECT count(*) FILTER (WHERE abs(noisy_diff - raw_diff) < 1e-6) AS n, count(raw_diff) AS total FROM (${differences(masked(distribution))})`);
  expect(Number(exact[0].total)).toBe(2 + PEOPLE * (MONTHS - 1));
  expect(Number(exact[0].n)).toBe(0);
});

it('the draws of one person\'s rows are independent: the error of a difference has mean absolute value ≈ 1.5·scale', async () => {
  // X − Y for independent Laplace(b) draws has E|X − Y| = 1.5·b; one draw per person would give 0.
  const rows = await db.all(`SELECT avg(abs(noisy_diff - raw_diff)) AS mad FROM (${differences(masked())})`);
  expect(Math.abs(Number(rows[0].mad) - 1.5 * SCALE) / (1.5 * SCALE)).toBeLessThan(0.1);
});

it('equal amounts in two months of one person get different masked values', async () => {
  // q0 pays 1000 + 100·(m % 3): months 03, 06, 09 and 12 are all 1000.
  const rows = await db.all(`SELECT count(DISTINCT noisy) AS n, count(DISTINCT raw) AS raw FROM (${differences(masked())}) WHERE pid = 'q0' AND month IN ('2024-03', '2024-06', '2024-09', '2024-12')`);
  expect(Number(rows[0].raw)).toBe(1);
  expect(Number(rows[0].n)).toBe(4);
});

it('the same record masked twice under the same key gets the same value, in any table order', async () => {
  const compare = (a: string, b: string) => db.all(`SELECT count(*) AS n, count(*) FILTER (WHERE a.amount IS DISTINCT FROM b.amount) AS differing
    FROM (${a}) a JOIN (${b}) b USING (pid, month)`);
  const again = await compare(masked(), masked());
  const reloaded = await compare(masked(), masked('laplace', TEST_KEY, 'payments_reloaded'));
  for (const result of [again, reloaded]) {
    expect(Number(result[0].n)).toBe(3 + PEOPLE * MONTHS);
    expect(Number(result[0].differing)).toBe(0);
  }
});

it('another agreement key gives other values', async () => {
  const rows = await db.all(`SELECT count(*) FILTER (WHERE a.amount = b.amount) AS same, count(*) AS n
    FROM (${masked()}) a JOIN (${masked('laplace', OTHER_KEY)}) b USING (pid, month)`);
  expect(Number(rows[0].n)).toBe(3 + PEOPLE * MONTHS);
  expect(Number(rows[0].same)).toBe(0);
});

it('over many rows the noise has the documented scale: Laplace mean absolute deviation ≈ scale, mean ≈ 0', async () => {
  const rows = await db.all(`SELECT avg(abs(noisy - raw)) AS mad, avg(noisy - raw) AS mean FROM (${differences(masked())})`);
  expect(Math.abs(Number(rows[0].mad) - SCALE) / SCALE).toBeLessThan(0.1);
  expect(Math.abs(Number(rows[0].mean))).toBeLessThan(0.1 * SCALE);
});

it('documented limit: two identical rows of one person share the draw', async () => {
  await db.run("CREATE TABLE twins AS SELECT * FROM (VALUES ('p9', '2024-01', 1000.00), ('p9', '2024-01', 1000.00), ('p9', '2024-02', 1000.00)) v(pid, month, amount)");
  const rules = { columns: { amount: { strategy: 'noise', distribution: 'laplace', scale: SCALE } } };
  const values = await db.column<number>(`SELECT amount FROM (${compileFor({ schema, rules, table: 'twins' }).sql}) ORDER BY month`, 'amount');
  expect(values).toHaveLength(3);
  expect(values[0]).toBe(values[1]);
  expect(values[2]).not.toBe(values[0]);
});
