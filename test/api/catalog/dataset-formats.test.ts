/** Parquet and Arrow IPC uploads load with the registered types, like CSV. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableToIPC, tableFromArrays } from 'apache-arrow';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentRow, residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';

describe('upload formats', () => {
  let t: TestPlatform;
  let source: { id: string; token: string };
  let datasetId: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    source = await t.principal('source');
    datasetId = (await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send(residentsSchema)).body.id;
  });
  afterAll(() => t.destroy());

  const upload = (body: Buffer, type: string) =>
    t.http.put(`/api/v1/datasets/${datasetId}/data`).set(...bearer(source.token)).set('Content-Type', type).send(body);

  it('loads Parquet written by DuckDB', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-pq-'));
    const csv = path.join(dir, 'r.csv');
    const parquet = path.join(dir, 'r.parquet');
    fs.writeFileSync(csv, residentsCsv(300));
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await db.run(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    db.closeSync();
    instance.closeSync();
    const res = await upload(fs.readFileSync(parquet), 'application/vnd.apache.parquet');
    expect(res.status).toBe(200);
    expect(res.body.rows).toBe(300);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads an Arrow IPC stream', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => residentRow(i));
    const table = tableFromArrays({
      id_number: rows.map((r) => r[0]),
      name: rows.map((r) => r[1]),
      mobile: rows.map((r) => r[2]),
      birth_date: rows.map((r) => r[3]),
      street: rows.map((r) => r[4]),
      income: rows.map((r) => Number(r[5])),
    });
    const res = await upload(Buffer.from(tableToIPC(table, 'stream')), 'application/vnd.apache.arrow.stream');
    expect(res.status).toBe(200);
    expect(res.body.rows).toBe(120);
  });

  it('refuses Parquet whose columns do not match the schema', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-pq-'));
    const parquet = path.join(dir, 'bad.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await db.run(`COPY (SELECT 1 AS id_number, 'x' AS name) TO '${parquet}' (FORMAT parquet)`);
    db.closeSync();
    instance.closeSync();
    const res = await upload(fs.readFileSync(parquet), 'application/vnd.apache.parquet');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('schema_mismatch');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serialises concurrent uploads into consecutive versions', async () => {
    const results = await Promise.all([1, 2, 3].map(() => upload(Buffer.from(residentsCsv(20)), 'text/csv')));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const numbers = results.map((r) => r.body.version as number).sort((a, b) => a - b);
    expect(numbers[1] - numbers[0]).toBe(1);
    expect(numbers[2] - numbers[1]).toBe(1);
  });

  it('sweeps the leftovers of an interrupted upload on the next start, its spill directory too', async () => {
    const dir = path.join(t.dataDir, 'vault', datasetId);
    fs.writeFileSync(path.join(dir, '.incoming-crashed.csv'), 'half');
    fs.writeFileSync(path.join(dir, '.building-crashed.duckdb'), 'half');
    fs.mkdirSync(path.join(dir, '.building-crashed.duckdb.tmp'));
    fs.writeFileSync(path.join(dir, '.building-crashed.duckdb.tmp', 'duckdb_temp_storage-0.tmp'), 'spilled');
    await t.close();
    const again = await startTestPlatform({ dataDir: t.dataDir });
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    const current = await again.http.get(`/api/v1/datasets/${datasetId}`).set(...bearer(source.token));
    expect(current.body.currentVersion).toBeGreaterThan(0);
    await again.close();
  });
});
