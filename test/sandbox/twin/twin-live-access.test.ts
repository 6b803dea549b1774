/**
 * How the twin generator treats live and its input: it works on a read-only live database, runs
 * nothing but SELECTs there, never names a sensitive column except a redact column (whose constant
 * it copies) and a generalised one (whose labels it counts, keeping only those enough subjects
 * hold), keeps subject pools apart per kind of identifier, and refuses bad input before it writes
 * anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generateDevTwin } from '../../../sandbox/twin/generate-dev-twin';
import type { TwinInput, TwinTable } from '../../../sandbox/twin/twin-types';
import { createLiveTables, twinTables } from './live-fixture';
import { memoryConnection, readColumn, readRows } from './twin-test-db';

let dir: string;
let live: DuckDBConnection;
const statements: string[] = [];

/** The connection, recording the SQL text of every call made on it. */
function recording(connection: DuckDBConnection): DuckDBConnection {
  return new Proxy(connection, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        if (typeof args[0] === 'string') statements.push(args[0]);
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'shuyu-twin-'));
  const file = path.join(dir, 'live.duckdb');
  const writer = await DuckDBInstance.create(file);
  const connection = await writer.connect();
  await createLiveTables(connection, 200);
  await connection.run(`ALTER TABLE residents ADD COLUMN note VARCHAR DEFAULT '[已删除]'`);
  connection.closeSync();
  writer.closeSync();
  const reader = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  live = recording(await reader.connect());
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const withNote: TwinTable[] = [
  { ...twinTables[0], columns: [...twinTables[0].columns, { name: 'note', type: 'VARCHAR', strategy: 'redact', sensitive: true }] },
  twinTables[1],
];

it('reads a read-only live database with SELECTs only, never naming a sensitive column but a redact or generalised one', async () => {
  const dev = await memoryConnection();
  statements.length = 0;
  await generateDevTwin({ live, dev, tables: withNote, rowsPerTable: 1_000, seed: 11 });
  expect(statements.length).toBeGreaterThan(0);
  expect(statements.filter((sql) => !/^\s*(SELECT|WITH [a-z]+ AS \(SELECT)\b/i.test(sql))).toEqual([]);
  for (const column of ['id_number', 'name', 'mobile', 'income']) {
    expect(statements.filter((sql) => sql.includes(`"${column}"`))).toEqual([]);
  }
  // The age bands are counted, and only those 10 or more hold leave live.
  const bands = statements.filter((sql) => sql.includes('"birth_date"'));
  expect(bands).toHaveLength(1);
  expect(bands[0]).toMatch(/GROUP BY 1 HAVING count\(\*\) >= 10\)/);
  expect(statements.some((sql) => sql.includes('"note"'))).toBe(true);
  expect(await readColumn(dev, 'SELECT DISTINCT note FROM residents')).toEqual(['[已删除]']);
});

it('keeps one pool per kind of identifier: credit codes join across tables, never person pseudonyms', async () => {
  const pseudonym = { strategy: 'pseudonymize', sensitive: true, type: 'VARCHAR', params: { length: 24 } } as const;
  const liveMem = await memoryConnection();
  await liveMem.run(`CREATE TABLE staff AS SELECT 'a' AS person, 'b' AS employer; CREATE TABLE firms AS SELECT 'b' AS code`);
  const dev = await memoryConnection();
  const tables: TwinTable[] = [
    { name: 'staff', columns: [{ name: 'person', semantic: 'cn_id', ...pseudonym }, { name: 'employer', semantic: 'uscc', ...pseudonym }] },
    { name: 'firms', columns: [{ name: 'code', semantic: 'uscc', ...pseudonym }] },
  ];
  await generateDevTwin({ live: liveMem, dev, tables, rowsPerTable: 2_000, seed: 5 });
  const [r] = await readRows(dev, `SELECT
    (SELECT count(*) FROM firms WHERE code IN (SELECT employer FROM staff)) AS firms_in_staff,
    (SELECT count(*) FROM staff WHERE employer IN (SELECT code FROM firms)) AS staff_with_firm,
    (SELECT count(*) FROM staff WHERE person IN (SELECT employer FROM staff)) AS crossed,
    (SELECT count(DISTINCT employer) FROM staff) AS employers`);
  expect(r.employers).toBe(2_000);
  expect(r.staff_with_firm).toBeGreaterThan(1_000);
  expect(r.firms_in_staff).toBe(2_000);
  expect(r.crossed).toBe(0);
});

describe('refuses bad input before writing anything', () => {
  const cases: [string, Partial<TwinInput>][] = [
    ['a negative row count', { rowsPerTable: -1 }],
    ['a fractional row count', { rowsPerTable: 1.5 }],
    ['an unsafe seed', { seed: Number.NaN }],
    ['duplicate tables', { tables: [twinTables[1], twinTables[1]] }],
    ['an injected type', { tables: [{ name: 'social_insurance', columns: [{ name: 'x', type: 'VARCHAR); DROP TABLE y; --', strategy: 'keep', sensitive: false }] }] }],
    ['an unknown strategy', { tables: [{ name: 't', columns: [{ name: 'x', type: 'VARCHAR', strategy: 'drop' as 'keep', sensitive: false }] }] }],
    ['a table without columns', { tables: [{ name: 't', columns: [] }] }],
  ];
  it.each(cases)('%s', async (_label, overrides) => {
    const dev = await memoryConnection();
    await expect(generateDevTwin({ live, dev, tables: twinTables, rowsPerTable: 10, seed: 1, ...overrides })).rejects.toThrow(RangeError);
    expect(await readColumn(dev, 'SELECT count(*) FROM information_schema.tables')).toEqual([0]);
  });
});
