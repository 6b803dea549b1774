/** Row filters and samples run on DuckDB: they keep exactly the rows they should. */
import { compileFilter, checkFilter } from '../../../masking-rules/row-filter/compile-filter';
import { parseFilter } from '../../../masking-rules/row-filter/parse-filter';
import { quoteIdentifier } from '../../../masking-rules/compiler/sql-quote';
import { compileFor } from '../compiler/compile-and-run';
import { MaskingTestDb, type TestRow } from '../compiler/masking-test-db';
import { makePeople, OTHER_KEY, peopleRules, peopleSchema } from '../compiler/people-fixture';

let db: MaskingTestDb;
const people = makePeople(3000, 17);
const keepIdRules = peopleRules({ id_number: { strategy: 'keep', justification: 'test-only: compare row sets' } });

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.createTable('people', peopleSchema, people);
});
afterAll(() => db.close());

async function keptIds(rows: Record<string, unknown>, key?: string): Promise<string[]> {
  const sql = compileFor({ schema: peopleSchema, table: 'people', columns: ['id_number'], rules: { ...keepIdRules, rows }, key }).sql;
  return (await db.column<string>(sql, 'id_number')).sort();
}

function expectedIds(predicate: (p: TestRow) => boolean): string[] {
  return people.filter(predicate).map((p) => String(p.id_number)).sort();
}

it.each<[string, (p: TestRow) => boolean]>([
  ["status = 'active' and age >= 18 and district in ('光明街道', '公明街道')",
    (p) => p.status === 'active' && Number(p.age) >= 18 && ['光明街道', '公明街道'].includes(String(p.district))],
  ["status = 'closed' or age < 30 and gender = 'F'", (p) => p.status === 'closed' || (Number(p.age) < 30 && p.gender === 'F')],
  ["not (status = 'closed' or age < 30)", (p) => !(p.status === 'closed' || Number(p.age) < 30)],
  ['notes is null', (p) => p.notes === null],
  ["notes is not null and district not in ('马田街道')", (p) => p.notes !== null && p.district !== '马田街道'],
  ["birth_date >= '1990-01-01' and income < 5000.5", (p) => String(p.birth_date) >= '1990-01-01' && Number(p.income) < 5000.5],
  ["age <> 40 and region_code != '440311'", (p) => p.age !== 40 && p.region_code !== '440311'],
])('%s keeps exactly the matching rows', async (filter, predicate) => {
  const expected = expectedIds(predicate);
  expect(expected.length).toBeGreaterThan(0);
  expect(await keptIds({ filter })).toEqual(expected);
});

it('string literals with quotes stay literals', async () => {
  expect(await keptIds({ filter: "status = 'a'' or 1=1 --'" })).toEqual([]);
});

it('checks columns and literal types against the dataset, with positions', () => {
  const text = "nope = 1 and age = 'x' and status = 3 and birth_date > '2024-02-30' and age = status";
  const problems = checkFilter(parseFilter(text), peopleSchema);
  expect(problems.map((p) => p.message)).toEqual([
    'unknown column nope at position 0',
    `a string cannot be compared with INTEGER column age at position ${text.indexOf("'x'")}`,
    `a number cannot be compared with VARCHAR column status at position ${text.indexOf('3')}`,
    `expected a date 'YYYY-MM-DD' for DATE column birth_date at position ${text.indexOf("'2024")}`,
    `cannot compare INTEGER column age with VARCHAR column status at position ${text.lastIndexOf('status')}`,
  ]);
});

it('quotes every column through the given reference function', () => {
  const sql = compileFilter(parseFilter("status = 'x' and age in (1, 2)"), peopleSchema, (n) => `"t".${quoteIdentifier(n)}`);
  expect(sql).toBe(`(("t"."status" = 'x') AND ("t"."age" IN ((1), (2))))`);
});

describe('sample', () => {
  it.each([10, 50, 2.5])('percent %p keeps ≈ p% of the subjects and the same rows each time', async (percent) => {
    const first = await keptIds({ sample: { percent } });
    const again = await keptIds({ sample: { percent } });
    expect(again).toEqual(first);
    const share = (first.length / people.length) * 100;
    expect(Math.abs(share - percent)).toBeLessThan(Math.max(2, percent * 0.2));
  });

  it('another key samples other rows; 100% keeps all', async () => {
    const a = await keptIds({ sample: { percent: 50 } });
    const b = await keptIds({ sample: { percent: 50 } }, OTHER_KEY);
    const overlap = a.filter((id) => b.includes(id)).length;
    expect(overlap / a.length).toBeGreaterThan(0.35);
    expect(overlap / a.length).toBeLessThan(0.65);
    expect(await keptIds({ sample: { percent: 100 } })).toHaveLength(people.length);
  });

  it('samples by subject: the decision follows the subjectKey, not the other columns', async () => {
    const twin = people.map((p) => ({ ...p, status: 'other', notes: 'changed' }));
    await db.createTable('people_twin', peopleSchema, twin);
    const sql = (table: string) => compileFor({ schema: peopleSchema, table, columns: ['id_number'], rules: { ...keepIdRules, rows: { sample: { percent: 30 } } } }).sql;
    const a = (await db.column<string>(sql('people'), 'id_number')).sort();
    const b = (await db.column<string>(sql('people_twin'), 'id_number')).sort();
    expect(b).toEqual(a);
  });

  it('filter and sample combine', async () => {
    const filtered = await keptIds({ filter: "status = 'active'" });
    const both = await keptIds({ filter: "status = 'active'", sample: { percent: 50 } });
    const sampled = await keptIds({ sample: { percent: 50 } });
    expect(both).toEqual(filtered.filter((id) => sampled.includes(id)));
  });
});
