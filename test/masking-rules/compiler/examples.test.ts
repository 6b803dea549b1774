/**
 * Runs every documented example in masking-rules/examples/*.yaml on DuckDB and checks the expected
 * rows (or per-column patterns), so the documentation cannot drift from the code.
 */
import { exampleNames, loadExample } from '../../../masking-rules/examples/load-example';
import { compileFor } from './compile-and-run';
import { MaskingTestDb } from './masking-test-db';

let db: MaskingTestDb;
beforeAll(async () => { db = await MaskingTestDb.create(); });
afterAll(() => db.close());

it.each(exampleNames)('example %s runs as documented', async (name) => {
  const example = loadExample(name);
  const table = name.replace('-', '_');
  await db.createTable(table, example.dataset, example.rows);
  const { sql } = compileFor({ schema: example.dataset, rules: example.rules, table, key: example.key, asOf: example.asOf });
  const rows = await db.all(sql);
  expect(example.expected !== undefined || example.matches !== undefined).toBe(true);
  if (example.expected !== undefined) expect(rows).toEqual(example.expected);
  for (const [column, pattern] of Object.entries(example.matches ?? {})) {
    expect(rows).toHaveLength(example.rows.length);
    for (const row of rows) expect(String(row[column])).toMatch(new RegExp(pattern, 'u'));
  }
});
