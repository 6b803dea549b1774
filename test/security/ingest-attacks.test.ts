/**
 * Attacks through the files an upload may be: workbooks that expand a thousandfold (a
 * shared-strings zip bomb), that lie about their sizes, that hold a million empty rows or a
 * row past Excel's grid; a GBK header that decodes to look-alike column names; a CSV whose
 * header is missing, so that its first row of data would be echoed as column names; and cells
 * that a spreadsheet would run as formulas. None may load, hang, exhaust memory, or echo data.
 */
import { encoded, householdRow, householdsCsv, HOUSEHOLD_HEADER, vaultRows, workbook } from '../fixtures/households-dataset';
import { useHouseholdsUpload, XLSX } from '../fixtures/households-upload';
import { oneSheetParts, rawXlsx, sheetXml } from '../fixtures/raw-xlsx';
const MiB = 1024 * 1024;

describe('ingest attacks', () => {
  const w = useHouseholdsUpload();
  const refused = (body: Buffer, status: number, code: string, type = XLSX) => w.refused(body, type, status, code);
  const dataRows = (count: number, first = 0) => Array.from({ length: count }, (_, i) => householdRow(first + i));

  it('shared-strings bomb: a 64 MiB table packed a thousandfold is refused from the ZIP directory, never inflated', async () => {
    const table = Buffer.alloc(64 * MiB, '<si><t>AAAAAAAAAAAAAAAA</t></si>');
    const parts = [...oneSheetParts(sheetXml([HOUSEHOLD_HEADER, ...dataRows(2)])), { name: 'xl/sharedStrings.xml', data: table }];
    const rssBefore = process.memoryUsage.rss();
    const res = await refused(rawXlsx(parts), 413, 'zip_bomb');
    expect(res.body.error.message).toMatch(/expands more than 100 times/);
    expect(process.memoryUsage.rss() - rssBefore).toBeLessThan(256 * MiB);
  });

  it('a ZIP directory that declares a small sheet which inflates to much more: refused at the declared size', async () => {
    const sheet = sheetXml([HOUSEHOLD_HEADER, ...dataRows(3)], 1, '<row r="9"/>'.repeat(200_000));
    const parts = oneSheetParts(sheet).map((p) => (p.name.endsWith('sheet1.xml') ? { ...p, declaredSize: 4096 } : p));
    const res = await refused(rawXlsx(parts), 422, 'invalid_xlsx');
    expect(res.body.error.details).toEqual([{ message: 'not a readable workbook: a part inflates to another size than its ZIP directory says' }]);
  });

  it('a sheet with a million empty rows between its rows loads only the rows with values', async () => {
    const empty = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 4}"/>`).join('');
    const last = sheetXml([householdRow(9)], 1_000_004).replace(/^.*<sheetData>|<\/sheetData>.*$/g, '');
    const res = await w.upload(rawXlsx(oneSheetParts(sheetXml([HOUSEHOLD_HEADER, ...dataRows(2)], 1, empty + last))));
    expect(res.status).toBe(200);
    expect(res.body.rows).toBe(3);
    expect((await vaultRows(w.t.dataDir, w.datasetId, res.body.version, 'SELECT "证件号码" FROM data ORDER BY rowid')).map((r) => r.证件号码)).toEqual([0, 1, 9].map((i) => householdRow(i)[0]));
  }, 180_000);

  it('a row past Excel’s last row (1,048,576) is a corrupt workbook', async () => {
    await refused(rawXlsx(oneSheetParts(sheetXml([HOUSEHOLD_HEADER, ...dataRows(1)], 1_048_576))), 422, 'invalid_xlsx');
  });

  it('a GBK header that decodes to look-alike names (碼 for 码) is a schema mismatch naming no header text', async () => {
    const csv = householdsCsv(3).replace('证件号码', '证件号碼');
    const res = await refused(encoded(csv, 'gbk'), 422, 'schema_mismatch', 'text/csv; charset=gbk');
    expect(res.body.error.details).toEqual([{ column: '证件号码', message: 'column is missing' }, { path: 'A1', message: 'column is not in the schema' }]);
    expect(res.text).not.toContain('碼');
  });

  it('a CSV without its header line does not echo its first row as column names', async () => {
    const [, ...rows] = householdsCsv(3).split('\n');
    const res = await refused(Buffer.from(rows.join('\n')), 422, 'schema_mismatch', 'text/csv');
    for (const value of householdRow(0)) expect(res.text).not.toContain(value);
    expect(res.body.error.details).toEqual(expect.arrayContaining([{ path: 'A1', message: 'column is not in the schema' }, { path: 'E1', message: 'column is not in the schema' }]));
  });

  it('formula injection: =cmd|…, +, -, @ cells are stored as the text they are, never as formulas (CSV and .xlsx)', async () => {
    // Stored as text, which is what the vault must do. A spreadsheet opening an export of it
    // could still run it: any CSV/xlsx export for people must prefix such cells (not done here).
    const payloads = ["=cmd|' /C calc'!A0", '+1+cmd|x', '-2+3', '@SUM(1+1)'];
    const named = (i: number, row: string[]) => (i < payloads.length ? [row[0], payloads[i], ...row.slice(2)] : row);
    const csv = await w.upload(Buffer.from(householdsCsv(4, named).replace(/^(.*)$/gm, (line) => line.replace(/,([=+@-][^,]*),/, (_m, v: string) => `,"${v.replace(/"/g, '""')}",`))), 'text/csv');
    expect(csv.status).toBe(200);
    const sheet = await workbook([{ name: 'S', rows: [HOUSEHOLD_HEADER, ...dataRows(4).map((row, i) => [row[0], payloads[i], ...row.slice(2)])] }]);
    const xlsx = await w.upload(sheet, XLSX);
    expect(xlsx.status).toBe(200);
    for (const version of [csv.body.version, xlsx.body.version]) {
      expect((await vaultRows(w.t.dataDir, w.datasetId, version, 'SELECT "姓名" FROM data ORDER BY rowid')).map((r) => r.姓名)).toEqual(payloads);
    }
  });
});
