/** keep, drop and redact on DuckDB. */
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';
import { compileAndRun, compileFor } from '../compiler/compile-and-run';
import { MaskingTestDb } from '../compiler/masking-test-db';
import { makePeople, peopleRules, peopleSchema } from '../compiler/people-fixture';

let db: MaskingTestDb;
const people = makePeople(50, 5);
const typed: DatasetSchema = {
  name: 'typed', level: 'general', openness: 'conditional',
  columns: [
    { name: 'i', type: 'INTEGER', personal: 'none', identifier: 'none' },
    { name: 's', type: 'VARCHAR', personal: 'personal', identifier: 'none' },
    { name: 'n', type: 'BIGINT', personal: 'personal', identifier: 'none' },
    { name: 'd', type: 'DECIMAL(18,2)', personal: 'personal', identifier: 'none' },
    { name: 'b', type: 'BOOLEAN', personal: 'personal', identifier: 'none' },
    { name: 'day', type: 'DATE', personal: 'personal', identifier: 'none' },
  ],
};

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.createTable('people', peopleSchema, people);
  await db.createTable('typed', typed, [{ i: 1, s: 'secret', n: 99, d: 12.5, b: true, day: '2020-01-01' }, { i: 2, s: null, n: null, d: null, b: null, day: null }]);
});
afterAll(() => db.close());

it('keep copies values unchanged and keeps the type', async () => {
  const rules = peopleRules({ gender: { strategy: 'keep', justification: 'needed for gender statistics; low risk' } });
  const projection = compileFor({ schema: peopleSchema, table: 'people', columns: ['gender', 'age'], rules });
  expect(projection.columns).toEqual([{ name: 'gender', type: 'VARCHAR' }, { name: 'age', type: 'INTEGER' }]);
  const rows = await db.all(projection.sql);
  expect(rows.map((r) => [r.gender, r.age])).toEqual(people.map((p) => [p.gender, p.age]));
});

it('a dropped column is absent from the default output and cannot be selected', async () => {
  const rows = await compileAndRun(db, { schema: peopleSchema, table: 'people', rules: peopleRules({}) });
  expect(Object.keys(rows[0])).toEqual(['status', 'age', 'district']);
  expect(() => compileFor({ schema: peopleSchema, table: 'people', columns: ['notes'], rules: peopleRules({}) }))
    .toThrow(/notes.*dropped/);
});

it('redact replaces every value (also NULL) by the constant, cast to the column type', async () => {
  const rules = { columns: { s: { strategy: 'redact', value: '[removed]' }, n: { strategy: 'redact', value: 0 }, d: { strategy: 'redact', value: 1.5 }, b: { strategy: 'redact', value: false }, day: { strategy: 'redact' } } };
  const projection = compileFor({ schema: typed, table: 'typed', rules });
  expect(projection.columns.map((c) => c.type)).toEqual(['INTEGER', 'VARCHAR', 'BIGINT', 'DECIMAL(18,2)', 'BOOLEAN', 'DATE']);
  const rows = await db.all(`SELECT * FROM (${projection.sql}) ORDER BY i`);
  expect(rows).toEqual([
    { i: 1, s: '[removed]', n: 0, d: 1.5, b: false, day: null },
    { i: 2, s: '[removed]', n: 0, d: 1.5, b: false, day: null },
  ]);
  const described = await db.all(`DESCRIBE ${projection.sql}`);
  expect(described.map((r) => r.column_type)).toEqual(projection.columns.map((c) => c.type));
});

it.each([
  ['n', 'x', /string constant/],
  ['n', 1.5, /integer/],
  ['day', 3, /number constant/],
  ['b', 'yes', /string constant/],
  ['d', true, /boolean constant/],
])('redact of %s with %j is refused', (column, value, message) => {
  expect(() => compileFor({ schema: typed, table: 'typed', rules: { columns: { [column]: { strategy: 'redact', value } } } }))
    .toThrow(message);
});
