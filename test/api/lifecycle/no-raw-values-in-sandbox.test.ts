/**
 * No raw value of the vault's personal columns is anywhere in a sandbox's files: the bytes of
 * live.duckdb, dev.duckdb and every other file in the sandbox directory are scanned for each
 * raw id_number, name and mobile, and for long planted values that cannot occur by chance.
 * The same scan over the vault file finds them all, so the scan is able to see them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { residentsRules } from '../../fixtures/demo-world';
import { residentRow, residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';
import { approveScope, containsBytes, devFile, filesUnder, liveFile, queryFile, registerDataset, sandboxDir, tableColumns, tableNames } from '../../fixtures/lifecycle-helpers';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

const ROWS = 300;
const TWIN_ROWS = 137; // SHUYU_TWIN_ROWS, set below (not the test default)

/** Extra rows with long, unique raw values; rows ROWS.. of the upload. */
const planted = [
  ['44031119991231PLANTEDIDX0001', '欧阳独一无二测试居民甲乙丙丁', '13912345678PLANTEDMOBILE0001'],
  ['44031119991231PLANTEDIDX0002', '司马前所未有测试居民戊己庚辛', '13912345678PLANTEDMOBILE0002'],
  ['44031119991231PLANTEDIDX0003', '诸葛绝无仅有测试居民壬癸子丑', '13912345678PLANTEDMOBILE0003'],
];

function uploadedRow(i: number, row: string[]): string[] {
  const p = planted[i - ROWS];
  return p ? [p[0], p[1], p[2], ...row.slice(3)] : row;
}

/** Every raw value of the personal columns id_number, name and mobile. */
const rawValues: string[] = [
  ...Array.from({ length: ROWS }, (_, i) => residentRow(i).slice(0, 3)).flat(),
  ...planted.flat(),
];

function leaks(file: string): string[] {
  const bytes = fs.readFileSync(file);
  return rawValues.filter((v) => containsBytes(bytes, v));
}

describe('no raw value in the sandbox', () => {
  let t: TestPlatform;
  let sandboxId: string;
  let datasetId: string;
  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_TWIN_ROWS: String(TWIN_ROWS) } });
    const source = await t.principal('source', undefined, '光明区人口管理办');
    const operator = await t.principal('operator', undefined, '深圳某数据科技公司');
    const csv = residentsCsv(ROWS + planted.length, (i, row) => uploadedRow(i, row));
    datasetId = await registerDataset(t, source, residentsSchema, csv, residentsRules);
    const columns = residentsSchema.columns.map((c) => c.name);
    ({ sandboxId } = await approveScope(t, operator, [source], [{ datasetId, columns }]));
  });
  afterAll(() => t.destroy());

  it('finds every raw value in the vault file (the scan can see them)', () => {
    const vaultFiles = filesUnder(path.join(t.dataDir, 'vault')).filter((f) => f.endsWith('.duckdb'));
    expect(vaultFiles.length).toBeGreaterThan(0);
    const found = new Set(vaultFiles.flatMap((f) => leaks(f)));
    expect(found.size).toBe(new Set(rawValues).size);
  });

  it('finds no raw id, name or mobile in any file of the sandbox directory', () => {
    const files = filesUnder(sandboxDir(t, sandboxId));
    expect(files).toEqual(expect.arrayContaining([liveFile(t, sandboxId), devFile(t, sandboxId)]));
    for (const file of files) {
      expect({ file: path.basename(file), leaked: leaks(file) }).toEqual({ file: path.basename(file), leaked: [] });
    }
  });

  it('gives the dev twin the tables and columns of live, the configured row count, and none of live’s pseudonyms', async () => {
    const live = liveFile(t, sandboxId);
    const dev = devFile(t, sandboxId);
    expect(await tableNames(dev)).toEqual(await tableNames(live));
    expect(await tableColumns(dev, 'residents')).toEqual(await tableColumns(live, 'residents'));
    expect(await queryFile(live, 'SELECT count(*)::INTEGER AS n FROM residents')).toEqual([{ n: ROWS + planted.length }]);
    expect(await queryFile(dev, 'SELECT count(*)::INTEGER AS n FROM residents')).toEqual([{ n: TWIN_ROWS }]);

    const livePseudonyms = (await queryFile<{ id_number: string }>(live, 'SELECT id_number FROM residents')).map((r) => r.id_number);
    expect(livePseudonyms.every((p) => /^[0-9a-f]{32}$/.test(p))).toBe(true);
    const devBytes = fs.readFileSync(dev);
    expect(livePseudonyms.filter((p) => containsBytes(devBytes, p))).toEqual([]);
    const devIds = new Set((await queryFile<{ id_number: string }>(dev, 'SELECT id_number FROM residents')).map((r) => r.id_number));
    expect(livePseudonyms.filter((p) => devIds.has(p))).toEqual([]);
    // The file scan would see a pseudonym: live's own bytes hold them.
    const liveBytes = fs.readFileSync(live);
    expect(livePseudonyms.some((p) => containsBytes(liveBytes, p))).toBe(true);

    const view = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(t.authorityToken));
    expect(view.body.tables).toEqual([{ name: 'residents', rows: ROWS + planted.length, columns: await tableColumns(live, 'residents') }]);
  });
});
