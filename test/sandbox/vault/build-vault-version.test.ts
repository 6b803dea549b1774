/**
 * The vault builder on its own: a version file holds only table `data`, in upload order, with no
 * blocks left over from staging (Parquet in memory, spilling to a scratch directory that is
 * removed) or from a parallel copy of Parquet rows; a CSV is read typed straight into the file,
 * also past the memory limit; and a failed build leaves no file at all.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnSpec } from '../../../masking-rules/dataset-schema';
import { buildVaultVersion as build, type BuildInput } from '../../../sandbox/vault/build-vault-version';
import { inspectFile } from '../../../sandbox/vault/upload-inspection';
import { InsufficientResourcesError } from '../../../services/errors/app-error';
import { uploadAppError } from '../../../services/catalog/upload-app-error';
import { StagingResourcesError } from '../../../sandbox/vault/upload-rejected';

const columns: ColumnSpec[] = [
  { name: 'id', type: 'BIGINT', personal: 'none', identifier: 'none', nullable: false },
  { name: 'mobile', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
];

/** The builder as the catalog calls it, with the format declared and the file inspected as if received. */
async function buildVaultVersion(input: Omit<BuildInput, 'declared' | 'received'> & { format: 'csv' | 'parquet' }) {
  const { format, ...rest } = input;
  return build({ ...rest, declared: { format }, received: await inspectFile(input.upload) });
}

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-vault-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Enough rows (8 row groups) for a parallel copy to leave partial row groups and freed blocks behind. */
function writeCsv(file: string, rows: number, bad?: number): void {
  const lines = ['id,mobile'];
  for (let i = 0; i < rows; i += 1) lines.push(i === bad ? 'x,1' : `${i},1${String(3000000000 + i * 7).padStart(10, '0')}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

async function inspect(file: string): Promise<{ tables: unknown[]; freeBlocks: number; outOfOrder: number }> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const db = await instance.connect();
  try {
    const tables = (await db.runAndReadAll('SELECT table_name FROM duckdb_tables() ORDER BY 1')).getRowObjectsJS();
    const size = (await db.runAndReadAll('SELECT free_blocks FROM pragma_database_size()')).getRowObjectsJS();
    const order = (await db.runAndReadAll('SELECT count(*) AS n FROM data WHERE id <> rowid')).getRowObjectsJS();
    return { tables, freeBlocks: Number(size[0].free_blocks), outOfOrder: Number(order[0].n) };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

async function writeParquet(csv: string, parquet: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, columns = {'id': 'BIGINT', 'mobile': 'VARCHAR'})) TO '${parquet}' (FORMAT parquet, ROW_GROUP_SIZE 122880)`);
  db.closeSync();
  instance.closeSync();
}

it.each(['csv', 'parquet'] as const)('a %s version holds only table data in upload order, with no free blocks, and no scratch file remains', async (format) => {
  const csv = path.join(dir, 'people.csv');
  writeCsv(csv, 1_000_000);
  const upload = format === 'csv' ? csv : path.join(dir, 'people.parquet');
  if (format === 'parquet') await writeParquet(csv, upload);
  const building = path.join(dir, `.building-${format}.duckdb`);
  const { rows } = await buildVaultVersion({ upload, format, columns, buildingFile: building, memoryLimit: '256MB' });
  expect(rows).toBe(1_000_000);
  expect(await inspect(building)).toEqual({ tables: [{ table_name: 'data' }], freeBlocks: 0, outOfOrder: 0 });
  expect(fs.readdirSync(dir).filter((n) => n.startsWith('.')).sort()).toEqual([`.building-${format}.duckdb`]);
  fs.rmSync(building);
});

it('a failed build leaves neither the version nor the staging database', async () => {
  const csv = path.join(dir, 'bad.csv');
  writeCsv(csv, 300_000, 250_000);
  const building = path.join(dir, '.building-bad.duckdb');
  await expect(buildVaultVersion({ upload: csv, format: 'csv', columns, buildingFile: building })).rejects.toThrow(/row 250001/);
  expect(fs.readdirSync(dir).filter((n) => n.includes('building-bad'))).toEqual([]);
});

it('a build that runs out of memory is a 503 insufficient_resources, not a 422, and leaves nothing behind', async () => {
  const csv = path.join(dir, 'wide.csv');
  writeCsv(csv, 1_000_000);
  const building = path.join(dir, '.building-oom.duckdb');
  const failure = await buildVaultVersion({ upload: csv, format: 'csv', columns, buildingFile: building, memoryLimit: '8MB' }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(StagingResourcesError);
  expect(uploadAppError(failure)).toBeInstanceOf(InsufficientResourcesError);
  expect(uploadAppError(failure)).toMatchObject({ status: 503, code: 'insufficient_resources' });
  expect(fs.readdirSync(dir).filter((n) => n.includes('building-oom'))).toEqual([]);
});

it('a CSV larger than the memory limit is read straight into the version file, compact and in order', async () => {
  const csv = path.join(dir, 'big.csv');
  writeCsv(csv, 3_000_000);
  const building = path.join(dir, '.building-big.duckdb');
  const { rows } = await buildVaultVersion({ upload: csv, format: 'csv', columns, buildingFile: building, memoryLimit: '128MB' });
  expect(rows).toBe(3_000_000);
  expect(fs.readdirSync(dir).filter((n) => n.includes('building-big'))).toEqual(['.building-big.duckdb']);
  expect(await inspect(building)).toEqual({ tables: [{ table_name: 'data' }], freeBlocks: 0, outOfOrder: 0 });
});

it('Parquet staged past the memory limit spills, builds, and its spill directory is removed', async () => {
  const csv = path.join(dir, 'spill.csv');
  writeCsv(csv, 3_000_000);
  const parquet = path.join(dir, 'spill.parquet');
  await writeParquet(csv, parquet);
  const building = path.join(dir, '.building-spill.duckdb');
  const seen = new Set<string>();
  const watcher = setInterval(() => { for (const n of fs.readdirSync(dir)) seen.add(n); }, 20);
  try {
    const { rows } = await buildVaultVersion({ upload: parquet, format: 'parquet', columns, buildingFile: building, memoryLimit: '128MB' });
    expect(rows).toBe(3_000_000);
  } finally {
    clearInterval(watcher);
  }
  expect(seen.has('.building-spill.duckdb.tmp')).toBe(true);
  expect(fs.readdirSync(dir).filter((n) => n.includes('building-spill'))).toEqual(['.building-spill.duckdb']);
  expect((await inspect(building)).freeBlocks).toBe(0);
});

it('with more bad rows than DuckDB keeps, read in parallel, the problems reported are still the first of the file', async () => {
  // Bad rows at the end of the first 32 MiB buffer, an empty NOT NULL cell after them, and
  // thousands of bad rows at the start of the next buffer, which a second thread reaches first.
  const csv = path.join(dir, 'many-bad.csv');
  const out = fs.createWriteStream(csv);
  out.write('id,mobile\n');
  for (let start = 0; start < 3_400_000; start += 100_000) {
    let text = '';
    for (let i = start; i < start + 100_000; i += 1) {
      const bad = i === 1_500_000 || i === 1_500_010 || (i >= 1_700_000 && i < 1_705_000);
      text += i === 1_600_000 ? ',13000000000\n' : bad ? `x${i},1\n` : `${i},1${String(3000000000 + i).padStart(10, '0')}\n`;
    }
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const building = path.join(dir, '.building-many-bad.duckdb');
  const failure = await buildVaultVersion({ upload: csv, format: 'csv', columns, buildingFile: building }).catch((error: unknown) => error);
  const bad = (row: number) => ({ row, column: 'id', message: 'not a valid BIGINT' });
  expect(failure).toMatchObject({
    code: 'invalid_data',
    details: [bad(1_500_001), bad(1_500_011), { row: 1_600_001, column: 'id', message: 'must not be empty' }, ...Array.from({ length: 17 }, (_, i) => bad(1_700_001 + i))],
  });
  expect(fs.readdirSync(dir).filter((n) => n.includes('many-bad.duckdb'))).toEqual([]);
});
