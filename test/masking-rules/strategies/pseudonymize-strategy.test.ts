/** pseudonymize: keyed, joinable within one key, unlinkable across keys. */
import { createHash } from 'node:crypto';
import { subKey } from '../../../masking-rules/compiler/keyed-hash';
import { pseudonymizeRuleSchema } from '../../../masking-rules/strategies/pseudonymize-strategy';
import { compileAndRun } from '../compiler/compile-and-run';
import { MaskingTestDb } from '../compiler/masking-test-db';
import { makePeople, OTHER_KEY, peopleRules, peopleSchema, TEST_KEY } from '../compiler/people-fixture';

let db: MaskingTestDb;
const people = makePeople(800, 3);
// A second table about the same people, in another order, with a different column set.
const visitsSchema = { ...peopleSchema, name: 'visits', columns: peopleSchema.columns.filter((c) => ['id_number', 'status'].includes(c.name)) };
const visits = [...people].reverse().map((p) => ({ id_number: p.id_number, status: p.status }));

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.createTable('people', peopleSchema, people);
  await db.createTable('visits', visitsSchema, visits);
});
afterAll(() => db.close());

async function pseudonyms(table: 'people' | 'visits', key: string, rule: Record<string, unknown> = { strategy: 'pseudonymize' }): Promise<Map<string, unknown>> {
  const schema = table === 'people' ? peopleSchema : visitsSchema;
  const rules = table === 'people' ? peopleRules({ id_number: rule }) : { columns: { id_number: rule } };
  const masked = await compileAndRun(db, { schema, rules, table, columns: ['id_number'], key });
  const raw = await db.column<string>(`SELECT id_number FROM ${table}`, 'id_number');
  return new Map(raw.map((id, i) => [id, masked[i].id_number]));
}

it('the same value gets the same pseudonym in two tables under one key (joinable)', async () => {
  const a = await pseudonyms('people', TEST_KEY);
  const b = await pseudonyms('visits', TEST_KEY);
  expect(a.size).toBeGreaterThan(700);
  for (const [id, p] of a) expect(b.get(id)).toBe(p);
});

it('the same value gets a different pseudonym under another key (unlinkable)', async () => {
  const a = await pseudonyms('people', TEST_KEY);
  const b = await pseudonyms('visits', OTHER_KEY);
  for (const [id, p] of a) expect(b.get(id)).not.toBe(p);
});

it('is sha256(pseudonym sub-key || value) cut to length, hex, with an optional prefix, and never contains the value', async () => {
  const map = await pseudonyms('people', TEST_KEY, { strategy: 'pseudonymize', length: 20, prefix: 'P' });
  for (const [id, p] of map) {
    const expected = createHash('sha256').update(`${subKey(TEST_KEY, 'pseudonymize')}${id}`).digest('hex').slice(0, 20);
    expect(p).toBe(`P${expected}`);
    expect(p).toMatch(/^P[0-9a-f]{20}$/);
  }
  expect(new Set(map.values()).size).toBe(map.size);
});

it('NULL stays NULL and non-VARCHAR values are hashed via their text', async () => {
  const schema = { ...visitsSchema, columns: [{ name: 'n', type: 'INTEGER' as const, personal: 'personal' as const, identifier: 'direct' as const }] };
  await db.createTable('nums', schema, [{ n: 42 }, { n: null }]);
  const masked = await compileAndRun(db, { schema: { ...schema, subjectKey: undefined }, rules: { columns: { n: { strategy: 'pseudonymize' } } }, table: 'nums' });
  expect(masked[0].n).toBe(createHash('sha256').update(`${subKey(TEST_KEY, 'pseudonymize')}42`).digest('hex').slice(0, 32));
  expect(masked[1].n).toBeNull();
});

it.each([
  [{ strategy: 'pseudonymize', length: 15 }],
  [{ strategy: 'pseudonymize', length: 65 }],
  [{ strategy: 'pseudonymize', prefix: "x'" }],
  [{ strategy: 'pseudonymize', prefix: 'toolongprefix' }],
  [{ strategy: 'pseudonymize', salt: 'x' }],
])('refuses %j', (rule) => {
  expect(pseudonymizeRuleSchema.safeParse(rule).success).toBe(false);
});
