/**
 * maskedTableStatements: the table it writes holds exactly what the projection selects, with each
 * output's declared storage (uncompressed for pseudonyms and masked mobiles, dictionary for age bands and
 * other few-valued outputs) and DuckDB's own choice elsewhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { maskedTableStatements } from '../../../masking-rules/compiler/masked-table';
import { columnTypes, type DatasetSchema } from '../../../masking-rules/dataset-schema';
import { compileFor } from './compile-and-run';
import { MaskingTestDb } from './masking-test-db';
import { makePeople, peopleRules, peopleSchema } from './people-fixture';

let db: MaskingTestDb;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-masked-table-'));
  db = await MaskingTestDb.create(path.join(dir, 'test.duckdb'));
  await db.createTable('people', peopleSchema, makePeople(3000, 3));
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rules = peopleRules({
  id_number: { strategy: 'pseudonymize' },
  name: { strategy: 'fake', kind: 'cn_name' },
  mobile: { strategy: 'mask', preset: 'cn_mobile' },
  birth_date: { strategy: 'generalize', to: 'age_band' },
  income: { strategy: 'noise', distribution: 'laplace', scale: 100 },
});
const columns = ['id_number', 'name', 'mobile', 'birth_date', 'income', 'status'];

it('declares storage where the strategy knows the shape and leaves the rest to DuckDB', () => {
  const projection = compileFor({ schema: peopleSchema, rules, table: 'people', columns });
  expect(projection.columns).toEqual([
    { name: 'id_number', type: 'VARCHAR', storage: 'uncompressed' },
    { name: 'name', type: 'VARCHAR', storage: 'dictionary' },
    { name: 'mobile', type: 'VARCHAR', storage: 'uncompressed' },
    { name: 'birth_date', type: 'VARCHAR', storage: 'dictionary' },
    { name: 'income', type: 'DOUBLE' },
    { name: 'status', type: 'VARCHAR' },
  ]);
  const [create] = maskedTableStatements('live "t"', projection);
  expect(create).toBe('CREATE TABLE "live ""t""" ("id_number" VARCHAR USING COMPRESSION uncompressed, "name" VARCHAR USING COMPRESSION dictionary, '
    + '"mobile" VARCHAR USING COMPRESSION uncompressed, "birth_date" VARCHAR USING COMPRESSION dictionary, "income" DOUBLE, "status" VARCHAR)');
});

it('writes the same rows as the projection itself, stored as declared', async () => {
  const projection = compileFor({ schema: peopleSchema, rules, table: 'people', columns });
  for (const statement of maskedTableStatements('masked', projection)) await db.connection.run(statement);
  await db.connection.run(`CREATE TABLE direct AS ${projection.sql}`);
  await db.connection.run('CHECKPOINT');
  const differences = await db.all('SELECT count(*) AS n FROM ((SELECT * FROM masked EXCEPT ALL SELECT * FROM direct) UNION ALL (SELECT * FROM direct EXCEPT ALL SELECT * FROM masked))');
  expect(differences).toEqual([{ n: 0 }]);
  expect(await db.all('SELECT count(*) AS n FROM masked')).toEqual([{ n: 3000 }]);
  const storage = await db.all(`SELECT column_name AS c, list(DISTINCT compression ORDER BY compression) AS kinds FROM pragma_storage_info('masked')
    WHERE segment_type = 'VARCHAR' AND column_name IN ('id_number', 'name', 'mobile', 'birth_date') GROUP BY 1 ORDER BY 1`);
  expect(storage).toEqual([
    { c: 'birth_date', kinds: ['Dictionary'] },
    { c: 'id_number', kinds: ['Uncompressed'] },
    { c: 'mobile', kinds: ['Uncompressed'] },
    { c: 'name', kinds: ['Dictionary'] },
  ]);
});

it('declares for every strategy and column type the type the projection itself produces', async () => {
  const schema: DatasetSchema = {
    name: 'typed', level: 'general', openness: 'conditional',
    columns: columnTypes.map((type, i) => ({ name: `c${i}`, type, personal: 'none' as const, identifier: 'none' as const })),
  };
  const rows = [0, 1, 2].map((k) => ({ c0: `v${k}`, c1: k % 2 === 0, c2: k * 7, c3: k * 1e10, c4: k / 3, c5: k * 12.5, c6: `202${k}-03-0${k + 1}`, c7: `202${k}-03-0${k + 1} 10:00:00` }));
  await db.createTable('typed', schema, rows);
  const numeric = ['c2', 'c3', 'c4', 'c5'];
  const ruleSets: Record<string, unknown>[] = [
    {},
    Object.fromEntries(numeric.map((c) => [c, { strategy: 'generalize', to: 'clamp', min: 1, max: 10 }])),
    Object.fromEntries(numeric.map((c) => [c, { strategy: 'generalize', to: 'bucket', width: 5 }])),
    Object.fromEntries(numeric.map((c) => [c, { strategy: 'generalize', to: 'bucket', width: 0.5 }])),
    Object.fromEntries(numeric.map((c) => [c, { strategy: 'noise', distribution: 'gaussian', scale: 1 }])),
    Object.fromEntries(schema.columns.map((c) => [c.name, { strategy: 'pseudonymize' }])),
    Object.fromEntries(schema.columns.map((c) => [c.name, { strategy: 'redact' }])),
    { c6: { strategy: 'generalize', to: 'month' }, c7: { strategy: 'generalize', to: 'age_band' }, c0: { strategy: 'mask', preset: 'cn_name' } },
  ];
  for (const [n, columns] of ruleSets.entries()) {
    const projection = compileFor({ schema, rules: { columns }, table: 'typed' });
    const table = `declared_${n}`;
    for (const statement of maskedTableStatements(table, projection)) await db.connection.run(statement);
    await db.connection.run(`CREATE TABLE direct_${n} AS ${projection.sql}`);
    const types = (name: string) => db.all(`SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = '${name}' ORDER BY ordinal_position`);
    expect(await types(table)).toEqual(await types(`direct_${n}`));
    expect(await db.all(`SELECT count(*) AS n FROM (SELECT * FROM ${table} EXCEPT SELECT * FROM direct_${n})`)).toEqual([{ n: 0 }]);
  }
});
