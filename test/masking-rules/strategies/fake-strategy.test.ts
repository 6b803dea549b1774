/** fake: consistent per key, drawn from the zh_CN dictionaries, picked in SQL. */
import { fakeDictionaries } from '../../../masking-rules/fake/fake-dictionaries';
import { fakeRuleSchema } from '../../../masking-rules/strategies/fake-strategy';
import { compileAndRun, compileFor } from '../compiler/compile-and-run';
import { MaskingTestDb } from '../compiler/masking-test-db';
import { makePeople, OTHER_KEY, TEST_KEY } from '../compiler/people-fixture';
import { textSchema } from './text-schema';

let db: MaskingTestDb;
// 1200 rows, 400 distinct names: every name appears three times.
const names = makePeople(400, 21).map((p, i) => `${String(p.name)}${i}`);
const rows = Array.from({ length: 1200 }, (_, i) => ({ i, v: i % 10 === 9 ? null : names[i % 400] }));

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.createTable('texts', textSchema, rows);
});
afterAll(() => db.close());

async function fake(kind: string, key = TEST_KEY): Promise<Map<number, unknown>> {
  const out = await compileAndRun(db, { schema: textSchema, table: 'texts', key, rules: { columns: { v: { strategy: 'fake', kind } } } });
  return new Map(out.map((r) => [Number(r.i), r.v]));
}

it('fake names are consistent per key: the same original gets the same fake on every row', async () => {
  const out = await fake('cn_name');
  const byOriginal = new Map<string, Set<unknown>>();
  for (const row of rows) {
    if (row.v === null) continue;
    const set = byOriginal.get(row.v) ?? new Set();
    set.add(out.get(row.i));
    byOriginal.set(row.v, set);
  }
  for (const set of byOriginal.values()) expect(set.size).toBe(1);
  expect(await fake('cn_name')).toEqual(out);
});

it('fake names come from the zh_CN dictionary: every character is CJK', async () => {
  const out = await fake('cn_name');
  const dictionary = new Set(fakeDictionaries().cn_name);
  for (const [i, name] of out) {
    if (rows[i].v === null) { expect(name).toBeNull(); continue; }
    expect(name).toMatch(/^\p{Script=Han}{2,4}$/u);
    expect(dictionary.has(String(name))).toBe(true);
  }
  expect(new Set(out.values()).size).toBeGreaterThan(250); // 360 originals spread over 1000 names
});

it('another key gives (mostly) different picks', async () => {
  const a = await fake('cn_name');
  const b = await fake('cn_name', OTHER_KEY);
  let same = 0;
  for (const [i, name] of a) if (name !== null && b.get(i) === name) same += 1;
  expect(same).toBeLessThan(rows.length * 0.02);
});

it.each([
  ['cn_address', /^广东省深圳市光明区(光明|公明|新湖|凤凰|玉塘|马田)街道.+社区.+\d+号$/u],
  ['company', /公司$/u],
  ['email', /^[a-z0-9._-]+@example\.(com|net|org)$/],
  ['cn_mobile', /^1[3-9]\d{9}$/],
])('%s fakes have the right shape and NULL stays NULL', async (kind, pattern) => {
  const out = await fake(kind);
  for (const [i, value] of out) {
    if (rows[i].v === null) expect(value).toBeNull();
    else expect(value).toMatch(pattern);
  }
});

it('the compiled SQL is deterministic and carries the dictionary, not a faker call', () => {
  const a = compileFor({ schema: textSchema, table: 'texts', rules: { columns: { v: { strategy: 'fake', kind: 'cn_name' } } } }).sql;
  const b = compileFor({ schema: textSchema, table: 'texts', rules: { columns: { v: { strategy: 'fake', kind: 'cn_name' } } } }).sql;
  expect(a).toBe(b);
  expect(a).toContain(`'${fakeDictionaries().cn_name[0]}'`);
  expect(a).toContain('list_element([');
});

it.each([[{ strategy: 'fake' }], [{ strategy: 'fake', kind: 'ssn' }], [{ strategy: 'fake', kind: 'cn_name', locale: 'en' }]])('refuses %j', (rule) => {
  expect(fakeRuleSchema.safeParse(rule).success).toBe(false);
});
