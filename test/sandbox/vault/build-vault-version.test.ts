/**
 * The vault builder on its own: a version file holds only table `data`, with no blocks left over
 * from staging (which lives in a scratch database next to it and is removed), and a failed build
 * leaves no file at all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnSpec } from '../../../masking-rules/dataset-schema';
import { buildVaultVersion } from '../../../sandbox/vault/build-vault-version';

const columns: ColumnSpec[] = [
  { name: 'id', type: 'BIGINT', personal: 'none', identifier: 'none', nullable: false },
  { name: 'mobile', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
];

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-vault-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** More rows than two DuckDB row groups, so staging is written to disk blocks while it loads. */
function writeCsv(file: string, rows: number, bad?: number): void {
  const lines = ['id,mobile'];
  for (let i = 0; i < rows; i += 1) lines.push(i === bad ? 'x,1' : `${i},1${String(3000000000 + i * 7).padStart(10, '0')}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

async function inspect(file: string): Promise<{ tables: unknown[]; freeBlocks: number }> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const db = await instance.connect();
  try {
    const tables = (await db.runAndReadAll('SELECT table_name FROM duckdb_tables() ORDER BY 1')).getRowObjectsJS();
    const size = (await db.runAndReadAll('SELECT free_blocks FROM pragma_database_size()')).getRowObjectsJS();
    return { tables, freeBlocks: Number(size[0].free_blocks) };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

it('a version holds only table data, with no free blocks left by staging, and no scratch file remains', async () => {
  const csv = path.join(dir, 'people.csv');
  writeCsv(csv, 300_000);
  const building = path.join(dir, '.building-ok.duckdb');
  const { rows } = await buildVaultVersion({ upload: csv, format: 'csv', columns, buildingFile: building });
  expect(rows).toBe(300_000);
  expect(await inspect(building)).toEqual({ tables: [{ table_name: 'data' }], freeBlocks: 0 });
  expect(fs.readdirSync(dir).sort()).toEqual(['.building-ok.duckdb', 'people.csv']);
});

it('a failed build leaves neither the version nor the staging database', async () => {
  const csv = path.join(dir, 'bad.csv');
  writeCsv(csv, 300_000, 250_000);
  const building = path.join(dir, '.building-bad.duckdb');
  await expect(buildVaultVersion({ upload: csv, format: 'csv', columns, buildingFile: building })).rejects.toThrow(/row 250001/);
  expect(fs.readdirSync(dir).filter((n) => n.includes('building-bad'))).toEqual([]);
});
