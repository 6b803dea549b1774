/**
 * Rule injection: rule parameters, filters and names carrying quotes, semicolons or SQL keywords
 * either compile to harmless SQL (it runs, the table survives, the value comes out literally) or are
 * refused. Each test is named after the attack it tries.
 */
import { columnSpecSchema, type DatasetSchema } from '../../../masking-rules/dataset-schema';
import { compileProjection } from '../../../masking-rules/compiler/compile-projection';
import { maskStrategy } from '../../../masking-rules/strategies/mask-strategy';
import { compileFor } from './compile-and-run';
import { MaskingTestDb } from './masking-test-db';
import { TEST_KEY } from './people-fixture';

const schema: DatasetSchema = {
  name: 't', level: 'general', openness: 'conditional',
  columns: [
    { name: 'name', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
    { name: 'n', type: 'INTEGER', personal: 'none', identifier: 'none' },
  ],
};
const ATTACK = "x'); DROP TABLE t; --";
let db: MaskingTestDb;

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.createTable('t', schema, [{ name: 'a', n: 1 }, { name: "a' or 1=1 --", n: 2 }, { name: 'b\\', n: 3 }]);
});
afterAll(() => db.close());

/** Runs the SQL as a whole string (DuckDB would run every statement in it) and checks t survived. */
async function runHarmless(sql: string): Promise<Record<string, unknown>[]> {
  expect((await db.connection.extractStatements(sql)).count).toBe(1);
  const rows = await db.all(sql);
  expect(await db.tableExists('t')).toBe(true);
  expect((await db.all('SELECT count(*) AS c FROM t'))[0].c).toBe(3);
  return rows;
}

function refused(rules: unknown, target: DatasetSchema = schema): string {
  try {
    compileFor({ schema: target, table: 't', rules });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the rule set to be refused');
}

it('redact value closing the string and dropping the table comes out literally', async () => {
  const rows = await runHarmless(compileFor({ schema, table: 't', rules: { columns: { name: { strategy: 'redact', value: ATTACK } } } }).sql);
  expect(rows.map((r) => r.name)).toEqual([ATTACK, ATTACK, ATTACK]);
});

it('mask char quote is refused by the schema, and quoted safely if it ever reached the compiler', async () => {
  expect(refused({ columns: { name: { strategy: 'mask', preset: 'cn_name', char: "'" } } })).toMatch(/quote/);
  const ctx = { schema, column: schema.columns[0], key: TEST_KEY, identity: '"src"."name"', asOf: '2024-01-01' };
  const expr = maskStrategy.compile({ strategy: 'mask', keepPrefix: 1, char: "'" }, '"src"."name"', ctx);
  const rows = await runHarmless(`SELECT ${expr!.sql} AS m FROM t AS src ORDER BY n`);
  expect(rows.map((r) => r.m)).toEqual(["'", "a'''''''''''", "b'"]);
});

it('filter with an escaped quote then "or 1=1 --" stays one string literal', async () => {
  const sql = compileFor({ schema, table: 't', rules: { columns: { name: { strategy: 'keep', justification: 'test of the filter only' } }, rows: { filter: "name = 'a'' or 1=1 --'" } } }).sql;
  expect((await runHarmless(sql)).map((r) => r.n)).toEqual([2]);
});

it('filter with a backslash before the closing quote stays one string literal', async () => {
  const sql = compileFor({ schema, table: 't', rules: { columns: { name: { strategy: 'keep', justification: 'test of the filter only' } }, rows: { filter: "name = 'b\\' or n = 1" } } }).sql;
  expect((await runHarmless(sql)).map((r) => r.n).sort()).toEqual([1, 3]);
});

it.each([
  '1=1; drop table t',
  'n = 1; DROP TABLE t',
  "n = 1 or name = (select 'a')",
  'n = 1 union select 1',
  "name = 'a' -- and n = 2",
  'n = 1 /* */',
  'n in (select n from t)',
  'lower(name) = 1',
  '"n" = 1',
  'n = 1\u0000',
])('filter %j is refused', (filter) => {
  expect(refused({ columns: { name: { strategy: 'drop' } }, rows: { filter } })).toMatch(/rows\.filter/);
});

it('rule-set column names with quotes or SQL are unknown columns, never spliced', () => {
  const message = refused({ columns: { name: { strategy: 'drop' }, 'n" FROM t; DROP TABLE t; --': { strategy: 'keep' } } });
  expect(message).toMatch(/unknown column/);
});

it('pseudonymize prefix and other string parameters with quotes are refused', () => {
  expect(refused({ columns: { name: { strategy: 'pseudonymize', prefix: "P'||'" } } })).toMatch(/prefix/);
  expect(refused({ columns: { name: { strategy: 'fake', kind: "cn_name'" } } })).toMatch(/kind/);
  expect(refused({ columns: { name: { strategy: 'mask', preset: "cn_id' --" } } })).toMatch(/preset/);
});

it('a column named a"b is refused at the schema level, and quoted safely by the compiler anyway', async () => {
  expect(columnSpecSchema.safeParse({ name: 'a"b', type: 'VARCHAR', personal: 'none', identifier: 'none' }).success).toBe(false);
  const hostile = 'a"b; DROP TABLE t; --';
  const odd: DatasetSchema = { name: 'odd', level: 'general', openness: 'conditional', columns: [
    { name: hostile, type: 'VARCHAR', personal: 'personal', identifier: 'none' },
    { name: 'select', type: 'INTEGER', personal: 'none', identifier: 'none' },
  ] };
  await db.run(`CREATE TABLE odd ("a""b; DROP TABLE t; --" VARCHAR, "select" INTEGER)`);
  await db.run(`INSERT INTO odd VALUES ('v', 7)`);
  const projection = compileProjection({
    schema: odd, ruleSet: { columns: { [hostile]: { strategy: 'redact', value: "it's" } } }, columns: [hostile, 'select'],
    key: TEST_KEY, source: { table: 'odd' }, asOf: '2024-01-01',
  });
  expect(await runHarmless(projection.sql)).toEqual([{ [hostile]: "it's", select: 7 }]);
});

it('a hostile source table or catalog name is quoted: the query fails to find it and drops nothing', async () => {
  const ruleSet = { columns: { name: { strategy: 'drop' as const } } };
  for (const source of [{ table: 't"; DROP TABLE t; --' }, { catalog: 'memory"."t"; DROP TABLE t; --', table: 't' }]) {
    const { sql } = compileProjection({ schema, ruleSet, columns: ['n'], key: TEST_KEY, source, asOf: '2024-01-01' });
    expect((await db.connection.extractStatements(sql)).count).toBe(1);
    await expect(db.all(sql)).rejects.toThrow(/does not exist|not found/i);
    expect(await db.tableExists('t')).toBe(true);
  }
});
