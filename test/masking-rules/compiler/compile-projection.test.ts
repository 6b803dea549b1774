/** compileProjection: one deterministic SELECT with the selected columns, on real DuckDB. */
import { compileProjection, ProjectionError, type ProjectionInput } from '../../../masking-rules/compiler/compile-projection';
import { subKey } from '../../../masking-rules/compiler/keyed-hash';
import { validRuleSet } from './compile-and-run';
import { MaskingTestDb } from './masking-test-db';
import { AS_OF, makePeople, OTHER_KEY, peopleSchema, TEST_KEY } from './people-fixture';

const briefRules = {
  columns: {
    id_number: { strategy: 'pseudonymize' },
    name: { strategy: 'fake', kind: 'cn_name' },
    mobile: { strategy: 'mask', preset: 'cn_mobile' },
    address: { strategy: 'mask', preset: 'cn_address' },
    birth_date: { strategy: 'generalize', to: 'age_band', width: 10 },
    income: { strategy: 'noise', distribution: 'laplace', scale: 500 },
    region_code: { strategy: 'generalize', to: 'region', digits: 4 },
    gender: { strategy: 'keep', justification: 'needed for gender statistics; low risk' },
    notes: { strategy: 'drop' },
    status: { strategy: 'redact', value: null },
  },
  rows: { filter: "status = 'active' and age >= 18 and district in ('光明街道', '公明街道')", sample: { percent: 50 } },
};
const selected = ['district', 'id_number', 'name', 'mobile', 'address', 'birth_date', 'income', 'region_code', 'gender', 'status', 'age'];
const people = makePeople(2000, 9);
let db: MaskingTestDb;

function input(overrides: Partial<ProjectionInput> = {}): ProjectionInput {
  return { schema: peopleSchema, ruleSet: validRuleSet(briefRules, peopleSchema), columns: selected, key: TEST_KEY, source: { catalog: 'vault', table: 'people' }, asOf: AS_OF, ...overrides };
}

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.run(`ATTACH ':memory:' AS vault`);
  await db.run('USE vault');
  await db.createTable('people', peopleSchema, people);
  await db.run('USE memory');
});
afterAll(() => db.close());

it('compiles the documented rule set to one statement that runs, with the selected columns in order', async () => {
  const projection = compileProjection(input());
  expect((await db.connection.extractStatements(projection.sql)).count).toBe(1);
  expect(projection.sql.startsWith('SELECT\n')).toBe(true);
  expect(projection.sql).toContain('FROM "vault"."people" AS "src"');
  const rows = await db.all(projection.sql);
  expect(Object.keys(rows[0])).toEqual(selected);
  expect(projection.columns.map((c) => c.name)).toEqual(selected);
  const described = await db.all(`DESCRIBE ${projection.sql}`);
  expect(described.map((r) => [r.column_name, r.column_type])).toEqual(projection.columns.map((c) => [c.name, c.type]));
  // The filter ran on raw values although status is redacted in the output.
  const eligible = people.filter((p) => p.status === 'active' && Number(p.age) >= 18 && ['光明街道', '公明街道'].includes(String(p.district)));
  expect(rows.length).toBeGreaterThan(eligible.length * 0.4);
  expect(rows.length).toBeLessThan(eligible.length * 0.6);
  for (const row of rows) {
    expect(row.status).toBeNull();
    expect(row.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(row.id_number).toMatch(/^[0-9a-f]{32}$/);
    expect(row.address).toMatch(/街道$/);
    expect(row.region_code).toMatch(/^\d{4}00$/);
  }
});

it('is pure and deterministic; the key itself never appears, only sub-keys inside quoted literals', () => {
  const a = compileProjection(input());
  expect(compileProjection(input())).toEqual(a);
  const b = compileProjection(input({ key: OTHER_KEY }));
  expect(b.sql).not.toBe(a.sql);
  expect(a.sql).not.toContain(TEST_KEY);
  const pseudonymKey = subKey(TEST_KEY, 'pseudonymize');
  expect(a.sql).toContain(`'${pseudonymKey}' ||`);
  expect(b.sql.replaceAll(subKey(OTHER_KEY, 'pseudonymize'), pseudonymKey).replace(/'[0-9a-f]{32}'/g, "'k'"))
    .toBe(a.sql.replace(/'[0-9a-f]{32}'/g, "'k'"));
  const outsideLiterals = a.sql.replace(/'(?:[^']|'')*'/g, "''");
  expect(outsideLiterals).not.toMatch(/[0-9a-f]{32}/);
});

it('columns without a rule that need none are kept; no source catalog gives a bare table', () => {
  const projection = compileProjection(input({ columns: ['age'], source: { table: 'people' } }));
  expect(projection.sql).toContain('"src"."age" AS "age"');
  expect(projection.sql).toContain('FROM "people" AS "src"');
});

it.each<[string, Partial<ProjectionInput>, RegExp]>([
  ['a dropped column', { columns: ['notes'] }, /notes.*dropped/],
  ['an unknown column', { columns: ['salary'] }, /unknown column "salary"/],
  ['a column twice', { columns: ['age', 'age'] }, /selected twice/],
  ['no column', { columns: [] }, /at least one column/],
  ['a short key', { key: 'abc123' }, /32 to 128 lower-case hex/],
  ['an upper-case key', { key: TEST_KEY.toUpperCase() }, /32 to 128 lower-case hex/],
  ['a key with SQL in it', { key: `${TEST_KEY}' OR '1'='1` }, /32 to 128 lower-case hex/],
  ['an impossible asOf', { asOf: '2024-02-30' }, /asOf/],
  ['an asOf with SQL in it', { asOf: "2024-01-01' --" }, /asOf/],
])('refuses %s', (_what, overrides, message) => {
  expect(() => compileProjection(input(overrides))).toThrow(ProjectionError);
  expect(() => compileProjection(input(overrides))).toThrow(message);
});

it('re-validates the rule set and refuses one that does not fit the dataset, with details', () => {
  const ruleSet = validRuleSet(briefRules, peopleSchema);
  const schema = { ...peopleSchema, columns: [...peopleSchema.columns, { name: 'tax_id', type: 'VARCHAR' as const, personal: 'sensitive' as const, identifier: 'direct' as const }] };
  try {
    compileProjection(input({ schema, ruleSet }));
    throw new Error('expected a ProjectionError');
  } catch (error) {
    expect(error).toBeInstanceOf(ProjectionError);
    expect((error as ProjectionError).details).toEqual([{ column: 'tax_id', path: 'columns.tax_id', message: 'personal/identifier column tax_id has no rule' }]);
    expect((error as Error).message).not.toContain(TEST_KEY);
  }
});

it('refuses a schema whose types or subjectKey are not what the catalog allows', () => {
  const badType = { ...peopleSchema, columns: peopleSchema.columns.map((c) => (c.name === 'age' ? { ...c, type: 'INTEGER); DROP TABLE x; --' } : c)) } as unknown as ProjectionInput['schema'];
  expect(() => compileProjection(input({ schema: badType }))).toThrow(/unsupported type/);
  expect(() => compileProjection(input({ schema: { ...peopleSchema, subjectKey: 'nope' } }))).toThrow(/subjectKey/);
});
