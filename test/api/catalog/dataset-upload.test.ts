/** Vault ingest through the API: good uploads become versions; bad ones change nothing. */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';

describe('dataset upload', () => {
  let t: TestPlatform;
  let source: { id: string; token: string };
  let datasetId: string;

  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_UPLOAD_LIMIT: '12mb' } });
    source = await t.principal('source', 'gm-hr', '光明区人力资源局');
    const res = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send(residentsSchema);
    expect(res.status).toBe(201);
    datasetId = res.body.id;
    const first = await upload(residentsCsv(200));
    expect(first.status).toBe(200);
  });
  afterAll(() => t.destroy());

  const upload = (body: string | Buffer, type = 'text/csv', token = source.token) =>
    t.http.put(`/api/v1/datasets/${datasetId}/data`).set(...bearer(token)).set('Content-Type', type).send(body);

  const versions = async () => (await t.http.get(`/api/v1/datasets/${datasetId}/versions`).set(...bearer(source.token))).body.versions as { version: number; rows: number }[];
  const vaultFiles = () => fs.readdirSync(path.join(t.dataDir, 'vault', datasetId)).sort();

  it('loads with the registered types: leading zeros and 11-digit mobiles survive', async () => {
    const res = await upload(residentsCsv(50, (i, row) => (i === 0 ? [row[0], row[1], '13000000001', row[3], '0012街道', row[5]] : row)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 50, version: expect.any(Number), bytes: expect.any(Number) });
    const file = path.join(t.dataDir, 'vault', datasetId, `v${String(res.body.version).padStart(6, '0')}.duckdb`);
    const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    const db = await instance.connect();
    const rows = (await db.runAndReadAll('SELECT mobile, street, typeof(mobile) AS mt, typeof(birth_date) AS bt, typeof(income) AS it FROM data LIMIT 1')).getRowObjectsJS();
    db.closeSync();
    instance.closeSync();
    expect(rows[0]).toEqual({ mobile: '13000000001', street: '0012街道', mt: 'VARCHAR', bt: 'DATE', it: 'DECIMAL(18,2)' });
  });

  const badUploads: [string, () => string | Buffer, string, number, string][] = [
    ['an empty body', () => '', 'text/csv', 400, 'empty_upload'],
    ['a missing header', () => residentsCsv(3).split('\n').slice(1).join('\n'), 'text/csv', 422, 'schema_mismatch'],
    ['an extra column', () => residentsCsv(3).replace('income\n', 'income,extra\n'), 'text/csv', 422, 'schema_mismatch'],
    ['a missing column', () => residentsCsv(3, (_i, r) => r.slice(0, 5)).replace(',income\n', '\n'), 'text/csv', 422, 'schema_mismatch'],
    ['a row with too many fields', () => residentsCsv(5, (i, r) => (i === 3 ? [...r, 'x'] : r)), 'text/csv', 422, 'malformed_csv'],
    ['a bad UTF-8 sequence', () => Buffer.concat([Buffer.from(residentsCsv(3)), Buffer.from([0xff, 0xfe, 0x2c, 0x0a])]), 'text/csv', 422, 'invalid_encoding'],
    ['the wrong content type', () => residentsCsv(3), 'application/xml', 415, 'unsupported_media_type'],
    ['a truncated Parquet file', () => Buffer.from('PAR1\u0000\u0001garbage'), 'application/vnd.apache.parquet', 422, 'invalid_parquet'],
    ['garbage as Arrow', () => Buffer.from('not arrow at all'), 'application/vnd.apache.arrow.stream', 422, 'invalid_arrow'],
    ['an over-limit body', () => 'x'.repeat(13 * 1024 * 1024), 'text/csv', 413, 'payload_too_large'],
    ['an empty NOT NULL field', () => residentsCsv(5, (i, r) => (i === 2 ? ['', ...r.slice(1)] : r)), 'text/csv', 422, 'invalid_data'],
  ];

  it.each(badUploads)('refuses %s, keeps the previous version and leaves no stray files', async (_label, body, type, status, code) => {
    const before = await versions();
    const filesBefore = vaultFiles();
    const res = await upload(body(), type);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(await versions()).toEqual(before);
    expect(vaultFiles()).toEqual(filesBefore);
  });

  it('reports a wrong type in row 100,001 by row and column, without the value', async () => {
    const before = await versions();
    const res = await upload(residentsCsv(100_002, (i, r) => (i === 100_000 ? [r[0], r[1], r[2], '1990-02-30', r[4], 'lots'] : r)));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { row: 100_001, column: 'birth_date', message: 'not a valid DATE' },
      { row: 100_001, column: 'income', message: 'not a valid DECIMAL(18,2)' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('lots');
    expect(await versions()).toEqual(before);
  });

  it('answers 404 to another source unit and 403 to an operator', async () => {
    const other = await t.principal('source', 'other-source', '别的单位');
    expect((await upload(residentsCsv(3), 'text/csv', other.token)).status).toBe(404);
    const operator = await t.principal('operator');
    expect((await upload(residentsCsv(3), 'text/csv', operator.token)).status).toBe(403);
  });
});
