/** generalize: age bands against true ages computed in JS, dates, buckets, regions, clamps. */
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';
import { generalizeRuleSchema } from '../../../masking-rules/strategies/generalize-strategy';
import { compileAndRun } from '../compiler/compile-and-run';
import { MaskingTestDb, type TestRow } from '../compiler/masking-test-db';
import { AS_OF, lcg, makePeople, peopleRules, peopleSchema } from '../compiler/people-fixture';

let db: MaskingTestDb;
const people = makePeople(1500, 11);

function trueAge(birth: string, asOf: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ay, am, ad] = asOf.split('-').map(Number);
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** Columns that need no rule, so each test can give a rule to one column only. */
const numbers: DatasetSchema = {
  name: 'numbers', level: 'general', openness: 'conditional',
  columns: [
    { name: 'i', type: 'INTEGER', personal: 'none', identifier: 'none' },
    { name: 'n', type: 'INTEGER', personal: 'none', identifier: 'none' },
    { name: 'd', type: 'DECIMAL(18,2)', personal: 'none', identifier: 'none' },
    { name: 'x', type: 'DOUBLE', personal: 'none', identifier: 'none' },
    { name: 'day', type: 'DATE', personal: 'none', identifier: 'none' },
    { name: 'ts', type: 'TIMESTAMP', personal: 'none', identifier: 'none' },
    { name: 'region', type: 'VARCHAR', personal: 'none', identifier: 'none' },
  ],
};
const numberRows: TestRow[] = [
  { i: 0, n: 12345, d: 12345.67, x: -0.5, day: '2024-02-29', ts: '2023-12-31 23:59:59', region: '440311' },
  { i: 1, n: -1, d: 999.99, x: 1000, day: '1999-01-01', ts: '2000-01-01 00:00:00', region: '4403' },
  { i: 2, n: null, d: null, x: null, day: null, ts: null, region: null },
  { i: 3, n: 5000, d: 5000, x: 4999.999, day: '2000-10-10', ts: '2000-10-10 10:10:10', region: 'abc123' },
];

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.createTable('people', peopleSchema, people);
  await db.createTable('numbers', numbers, numberRows);
});
afterAll(() => db.close());

async function generalize(column: string, rule: Record<string, unknown>): Promise<unknown[]> {
  const rows = await compileAndRun(db, { schema: numbers, table: 'numbers', columns: ['i', column], rules: { columns: { [column]: { strategy: 'generalize', ...rule } } } });
  return rows.sort((a, b) => Number(a.i) - Number(b.i)).map((r) => r[column]);
}

describe('age_band', () => {
  it.each([[10, 80], [5, 65], [7, 100]])('every age falls in its band (width %i, max %i)', async (width, max) => {
    const rows = await compileAndRun(db, {
      schema: peopleSchema, table: 'people', columns: ['id_number', 'birth_date'],
      rules: peopleRules({ id_number: { strategy: 'keep', justification: 'test join key only here' }, birth_date: { strategy: 'generalize', to: 'age_band', width, max } }),
    });
    const births = new Map(people.map((p) => [p.id_number, String(p.birth_date)]));
    for (const row of rows) {
      const age = trueAge(births.get(String(row.id_number))!, AS_OF);
      const band = String(row.birth_date);
      if (age >= max) { expect(band).toBe(`${max}+`); continue; }
      const [lo, hi] = band.split('-').map(Number);
      expect(age).toBeGreaterThanOrEqual(lo);
      expect(age).toBeLessThanOrEqual(hi);
      expect(lo % width).toBe(0);
      expect(hi).toBe(Math.min(lo + width - 1, max - 1));
    }
  });

  it('is exact on birthdays, leap days, future births and timestamps', async () => {
    const rand = lcg(5);
    const days = ['2024-04-30', '2024-05-01', '1994-04-30', '1994-05-01', '2000-02-29', '2014-04-29', '2025-01-01'];
    for (let k = 0; k < 50; k += 1) days.push(`${1950 + Math.floor(rand() * 70)}-04-${String(28 + Math.floor(rand() * 3)).padStart(2, '0')}`);
    const bands = await compileAndRun(db, {
      schema: numbers, table: 'numbers', columns: ['day'], asOf: '2024-04-30',
      rules: { columns: { day: { strategy: 'generalize', to: 'age_band', width: 1, max: 150 } } },
    });
    expect(bands.map((b) => b.day)).toEqual(['0-0', '25-25', null, '23-23']);
    const infinite: DatasetSchema = { ...numbers, columns: numbers.columns.filter((c) => c.name === 'i' || c.name === 'day') };
    await db.createTable('infinite_days', infinite, [{ i: 0, day: '-infinity' }, { i: 1, day: 'infinity' }]);
    const infiniteBands = await compileAndRun(db, {
      schema: infinite, table: 'infinite_days', columns: ['i', 'day'], asOf: '2024-04-30',
      rules: { columns: { day: { strategy: 'generalize', to: 'age_band', width: 10, max: 80 } } },
    });
    expect(infiniteBands.map((b) => b.day)).toEqual([null, null]);
    await db.createTable('births', numbers, days.map((day, i) => ({ i, day, ts: `${day} 12:00:00` })));
    const rows = await compileAndRun(db, {
      schema: numbers, table: 'births', columns: ['i', 'day', 'ts'],
      rules: { columns: { day: { strategy: 'generalize', to: 'age_band', width: 1, max: 150 }, ts: { strategy: 'generalize', to: 'age_band', width: 1, max: 150 } } },
    });
    for (const row of rows) {
      const birth = days[Number(row.i)];
      const age = trueAge(birth, AS_OF);
      const expected = birth > AS_OF ? null : `${age}-${age}`;
      expect([row.day, row.ts]).toEqual([expected, expected]);
    }
  });

  it.each(['2024-02-29', '2023-02-28', '2023-03-01', '2024-12-31', '2000-02-29'])('matches the completed-years age for every birth day from 1870 to 2030 on %s', async (asOf) => {
    const days: string[] = [];
    for (let t = Date.UTC(1870, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    const table = `all_days_${asOf.replaceAll('-', '_')}`;
    await db.createTable(table, numbers, days.map((day, i) => ({ i, day })));
    const rows = await compileAndRun(db, {
      schema: numbers, table, columns: ['i', 'day'], asOf,
      rules: { columns: { day: { strategy: 'generalize', to: 'age_band', width: 7, max: 100 } } },
    });
    expect(rows).toHaveLength(days.length);
    const wrong = rows.filter((row) => {
      const birth = days[Number(row.i)];
      const age = trueAge(birth, asOf);
      const lo = Math.floor(age / 7) * 7;
      const expected = birth > asOf ? null : age >= 100 ? '100+' : `${lo}-${Math.min(lo + 6, 99)}`;
      return row.day !== expected;
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

it('year and month of DATE and TIMESTAMP', async () => {
  expect(await generalize('day', { to: 'year' })).toEqual(['2024', '1999', null, '2000']);
  expect(await generalize('ts', { to: 'month' })).toEqual(['2023-12', '2000-01', null, '2000-10']);
});

it('bucket by width keeps integer types and floors negatives', async () => {
  expect(await generalize('n', { to: 'bucket', width: 1000 })).toEqual([12000, -1000, null, 5000]);
  expect(await generalize('d', { to: 'bucket', width: 1000 })).toEqual([12000, 0, null, 5000]);
  expect(await generalize('x', { to: 'bucket', width: 0.25 })).toEqual([-0.5, 1000, null, 4999.75]);
});

it('bucket by breaks gives interval labels', async () => {
  expect(await generalize('x', { to: 'bucket', breaks: [0, 1000, 5000] })).toEqual(['(-inf,0)', '[1000,5000)', null, '[1000,5000)']);
  expect(await generalize('n', { to: 'bucket', breaks: [5000] })).toEqual(['[5000,+inf)', '(-inf,5000)', null, '[5000,+inf)']);
});

it('region keeps 2, 4 or 6 digits padded to 6; malformed codes become NULL', async () => {
  expect(await generalize('region', { to: 'region', digits: 4 })).toEqual(['440300', '440300', null, null]);
  expect(await generalize('region', { to: 'region', digits: 2 })).toEqual(['440000', '440000', null, null]);
  expect(await generalize('region', { to: 'region', digits: 6 })).toEqual(['440311', null, null, null]);
});

it('clamp codes the top and bottom and keeps the column type', async () => {
  expect(await generalize('n', { to: 'clamp', min: 0, max: 10000 })).toEqual([10000, 0, null, 5000]);
  expect(await generalize('d', { to: 'clamp', max: 1000.5 })).toEqual([1000.5, 999.99, null, 1000.5]);
  expect(await generalize('x', { to: 'clamp', min: 0 })).toEqual([0, 1000, null, 4999.999]);
});

it.each([
  [{ strategy: 'generalize', to: 'decade' }],
  [{ strategy: 'generalize', to: 'bucket' }],
  [{ strategy: 'generalize', to: 'bucket', width: 10, breaks: [1] }],
  [{ strategy: 'generalize', to: 'bucket', breaks: [5, 1] }],
  [{ strategy: 'generalize', to: 'bucket', width: 0 }],
  [{ strategy: 'generalize', to: 'region', digits: 3 }],
  [{ strategy: 'generalize', to: 'clamp' }],
  [{ strategy: 'generalize', to: 'clamp', min: 5, max: 1 }],
  [{ strategy: 'generalize', to: 'age_band', width: 0 }],
])('refuses %j', (rule) => {
  expect(generalizeRuleSchema.safeParse(rule).success).toBe(false);
});
