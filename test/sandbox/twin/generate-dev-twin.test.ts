/**
 * The dev twin of a residents + social_insurance sandbox: same shape as live, exact row counts,
 * categories only from non-sensitive live columns, no live personal value anywhere in dev, the
 * masked shapes of live, joinable pseudonyms, determinism, progress, and speed.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { fakeDictionaries } from '../../../masking-rules/fake/fake-dictionaries';
import { generateDevTwin } from '../../../sandbox/twin/generate-dev-twin';
import type { TwinInput } from '../../../sandbox/twin/twin-types';
import { createLiveTables, liveInsuredTypes, liveStreets, twinTables } from './live-fixture';
import { allCells, columnsOf, memoryConnection, readColumn, readRows } from './twin-test-db';

let live: DuckDBConnection;

beforeAll(async () => {
  live = await memoryConnection();
  await createLiveTables(live, 500);
});

async function twin(overrides: Partial<TwinInput> = {}): Promise<DuckDBConnection> {
  const dev = await memoryConnection();
  await generateDevTwin({ live, dev, tables: twinTables, rowsPerTable: 10_000, seed: 7, ...overrides });
  return dev;
}

describe('the dev twin of residents and social_insurance', () => {
  let dev: DuckDBConnection;
  beforeAll(async () => {
    dev = await twin();
  });

  it('has the live tables with the same columns, types and order', async () => {
    for (const table of ['residents', 'social_insurance']) {
      expect(await columnsOf(dev, table)).toEqual(await columnsOf(live, table));
    }
    const tables = await readColumn<string>(dev, `SELECT table_name FROM information_schema.tables ORDER BY 1`);
    expect(tables).toEqual(['residents', 'social_insurance']);
  });

  it('has exactly rowsPerTable rows in every table', async () => {
    expect(await readColumn(dev, 'SELECT count(*) FROM residents')).toEqual([10_000]);
    expect(await readColumn(dev, 'SELECT count(*) FROM social_insurance')).toEqual([10_000]);
  });

  it('samples non-sensitive categories only from the distinct values live has', async () => {
    const streets = await readColumn<string>(dev, 'SELECT DISTINCT street FROM residents ORDER BY 1');
    expect(streets).toEqual([...liveStreets].sort());
    const types = await readColumn<string>(dev, 'SELECT DISTINCT insured_type FROM social_insurance ORDER BY 1');
    expect(types).toEqual([...liveInsuredTypes].sort());
    const liveMonths = await readColumn<string>(live, 'SELECT DISTINCT month FROM social_insurance ORDER BY 1');
    expect(await readColumn<string>(dev, 'SELECT DISTINCT month FROM social_insurance ORDER BY 1')).toEqual(liveMonths);
  });

  it('keeps non-sensitive numbers inside the live range', async () => {
    const [range] = await readRows(live, 'SELECT min(amount) AS lo, max(amount) AS hi FROM social_insurance');
    const [twinRange] = await readRows(dev, 'SELECT min(amount) AS lo, max(amount) AS hi FROM social_insurance');
    expect(Number(twinRange.lo)).toBeGreaterThanOrEqual(Number(range.lo));
    expect(Number(twinRange.hi)).toBeLessThanOrEqual(Number(range.hi));
  });

  it('holds no live value of an identifying sensitive column in any cell', async () => {
    const cells = await allCells(dev);
    for (const column of ['id_number', 'mobile']) {
      const values = await readColumn<string>(live, `SELECT DISTINCT ${column} FROM residents`);
      expect(values.length).toBeGreaterThan(100);
      expect(values.filter((v) => cells.has(v))).toEqual([]);
    }
    const insured = await readColumn<string>(live, 'SELECT DISTINCT id_number FROM social_insurance');
    expect(insured.filter((v) => cells.has(v))).toEqual([]);
  });

  it('has the masked shapes of live', async () => {
    const rows = await readRows(dev, 'SELECT * FROM residents');
    const misfits = (column: string, pattern: RegExp) => rows.filter((row) => !pattern.test(String(row[column])));
    expect(misfits('id_number', /^[0-9a-f]{32}$/)).toEqual([]);
    expect(misfits('mobile', /^1\d{2}\*{4}\d{4}$/)).toEqual([]);
    expect(misfits('birth_date', /^\d+-\d+$|^\d+\+$/)).toEqual([]);
    const fakeNames = new Set(fakeDictionaries().cn_name);
    expect(rows.filter((row) => !fakeNames.has(String(row.name)))).toEqual([]);
    expect(rows.filter((row) => typeof row.income !== 'number')).toEqual([]);
    const months = await readColumn<string>(dev, 'SELECT month FROM social_insurance');
    expect(months.filter((month) => !/^\d{4}-\d{2}$/.test(month))).toEqual([]);
    const bands = new Set(rows.map((r) => r.birth_date));
    const liveBands = await readColumn<string>(live, 'SELECT birth_date FROM residents GROUP BY 1 HAVING count(*) >= 10 ORDER BY 1');
    expect(liveBands.length).toBeGreaterThan(5);
    expect([...bands].sort()).toEqual(liveBands);
  });

  it('derives sensitive ranges from the semantic, never from live (incomes 2,000–50,000, whole for round: 0)', async () => {
    const [r] = await readRows(dev, 'SELECT min(income) AS lo, max(income) AS hi, bool_and(income = round(income)) AS whole FROM residents');
    expect(r.lo).toBeGreaterThanOrEqual(2_000);
    expect(r.hi).toBeLessThanOrEqual(50_000);
    expect(r.whole).toBe(true);
  });

  it('joins the two twin tables on id_number: every insured pseudonym is a resident', async () => {
    const [r] = await readRows(dev, `SELECT count(*) AS total, count(res.id_number) AS matched
      FROM social_insurance s LEFT JOIN (SELECT DISTINCT id_number FROM residents) res USING (id_number)`);
    expect(Number(r.matched) / Number(r.total)).toBeGreaterThan(0.5);
    expect(r.matched).toBe(r.total);
    const [d] = await readRows(dev, 'SELECT count(DISTINCT id_number) AS n FROM residents');
    expect(d.n).toBe(10_000);
  });
});

describe('generation', () => {
  it('makes the configured number of rows, including none', async () => {
    for (const rows of [1, 1234, 0]) {
      const dev = await twin({ rowsPerTable: rows });
      expect(await readColumn(dev, 'SELECT count(*) FROM residents')).toEqual([rows]);
      expect(await readColumn(dev, 'SELECT count(*) FROM social_insurance')).toEqual([rows]);
      expect(await columnsOf(dev, 'social_insurance')).toEqual(await columnsOf(live, 'social_insurance'));
    }
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const dump = async (dev: DuckDBConnection) =>
      JSON.stringify([await readRows(dev, 'SELECT * FROM residents'), await readRows(dev, 'SELECT * FROM social_insurance')]);
    const a = await dump(await twin({ rowsPerTable: 2_000 }));
    const b = await dump(await twin({ rowsPerTable: 2_000 }));
    const c = await dump(await twin({ rowsPerTable: 2_000, seed: 8 }));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('is idempotent: running again on the same dev database replaces the tables', async () => {
    const dev = await twin({ rowsPerTable: 300 });
    const before = await readRows(dev, 'SELECT * FROM residents');
    await generateDevTwin({ live, dev, tables: twinTables, rowsPerTable: 300, seed: 7 });
    expect(await readRows(dev, 'SELECT * FROM residents')).toEqual(before);
  });

  it('reports progress after each table and returns the row counts', async () => {
    const calls: [number, number][] = [];
    const dev = await memoryConnection();
    const report = await generateDevTwin({
      live, dev, tables: twinTables, rowsPerTable: 50, seed: 1, onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([[1, 2], [2, 2]]);
    expect(report).toEqual({ tables: [{ name: 'residents', rows: 50 }, { name: 'social_insurance', rows: 50 }] });
  });

  it('generates 10,000 rows × 2 tables in well under 2 s', async () => {
    const dev = await memoryConnection();
    const started = performance.now();
    await generateDevTwin({ live, dev, tables: twinTables, rowsPerTable: 10_000, seed: 99 });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
