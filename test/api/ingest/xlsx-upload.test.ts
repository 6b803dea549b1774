/**
 * .xlsx uploads: the first sheet or one named by `sheet=`, a title row above the header passed
 * over, dates as serials (formatted as dates, or bare numbers in a DATE column), as Date cells
 * and as `YYYY/M/D` or `YYYY-M-D` text, all exact; a leading-zero code stored as text keeps its
 * zeros; formulas count by their cached result. Bad cells are refused by row and column,
 * never by value, and a refused workbook changes nothing. Legacy .xls is a 415.
 */
import { excelSerial, householdRow, HOUSEHOLD_HEADER, vaultRows, workbook, type SheetRows } from '../../fixtures/households-dataset';
import { useHouseholdsUpload, XLSX } from '../../fixtures/households-upload';

/** Household rows as typed cells: income a number, birth date a serial number. */
const typedRows = (count: number): SheetRows => Array.from({ length: count }, (_, i) => {
  const [id, name, code, birth, income] = householdRow(i);
  return [id, name, code, excelSerial(birth), Number(income)];
});

describe('.xlsx uploads', () => {
  const w = useHouseholdsUpload();
  const upload = (body: Buffer, query = '', headers: Record<string, string> = { 'Content-Type': XLSX }) => w.upload(body, headers, query);
  const stored = (version: number) => vaultRows(w.t.dataDir, w.datasetId, version, 'SELECT "证件号码", "姓名", "社区代码", strftime("出生日期", \'%Y-%m-%d\') AS "出生日期", CAST("月收入" AS VARCHAR) AS "月收入" FROM data ORDER BY rowid');

  it('reads a named sheet under a title row, with serial, formatted, Date and text dates exact and leading zeros kept', async () => {
    const rows = typedRows(6);
    rows[1][3] = excelSerial('1951-02-02');
    rows[2][3] = new Date(Date.UTC(1952, 2, 3));
    rows[3][3] = '1953/4/4';
    rows[4][3] = '1954-5-5';
    rows[5][4] = { formula: 'ROUND(2180.5,2)', result: 2180.5 };
    const body = await workbook([
      { name: '说明', rows: [['本表由光明区公安分局提供']] },
      { name: '户籍人口', rows: [['光明区户籍人口表（2025年）'], HOUSEHOLD_HEADER, ...rows], formats: { D4: 'yyyy/m/d' } },
    ]);
    const res = await upload(body, `?sheet=${encodeURIComponent('户籍人口')}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 6, format: 'xlsx', sheet: '户籍人口' });
    const expected = Array.from({ length: 6 }, (_, i) => householdRow(i));
    expected[1][3] = '1951-02-02';
    expected[2][3] = '1952-03-03';
    expected[3][3] = '1953-04-04';
    expected[4][3] = '1954-05-05';
    expected[5][4] = '2180.50';
    expect((await stored(res.body.version)).map((r) => Object.values(r))).toEqual(expected);
  });

  it('reads the first sheet without `sheet=`, also sent as application/octet-stream with an .xlsx file name', async () => {
    const body = await workbook([{ name: 'Sheet1', rows: [HOUSEHOLD_HEADER, ...typedRows(3)] }, { name: 'Sheet2', rows: [['其他']] }]);
    const asOctets = { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('户籍.xlsx')}` };
    for (const headers of [{ 'Content-Type': XLSX }, asOctets] as Record<string, string>[]) {
      const res = await upload(body, '', headers);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows: 3, sheet: 'Sheet1' });
      expect((await stored(res.body.version))[2]).toMatchObject({ 社区代码: '000002', 出生日期: householdRow(2)[3] });
    }
  });

  it('refuses bad cells by row and column without their values, and keeps the previous version', async () => {
    const rows = typedRows(8);
    rows[1][3] = '1990/2/30';
    rows[3][2] = 731;
    rows[4][4] = { error: '#DIV/0!' };
    rows[6][3] = excelSerial('1990-01-01') + 0.5;
    rows[7] = [null, '无证件', '000007', excelSerial('1990-01-01'), 1];
    const res = await w.refused(await workbook([{ name: '户籍人口', rows: [HOUSEHOLD_HEADER, ...rows] }]), XLSX, 422, 'invalid_data');
    expect(res.body.error.details).toEqual([
      { row: 2, column: '出生日期', message: 'not a valid DATE' },
      { row: 4, column: '社区代码', message: 'a code stored as a number: format the column as text so that leading zeros and every digit are kept' },
      { row: 5, column: '月收入', message: 'the cell holds a formula error' },
      { row: 7, column: '出生日期', message: 'a number with a fraction (a time of day) in a DATE column' },
      { row: 8, column: '证件号码', message: 'must not be empty' },
    ]);
    for (const value of ['1990/2/30', '731', '#DIV/0!']) expect(res.text).not.toContain(value);
  });

  it('numbers rows as in a CSV, blank rows counted: row N is sheet row N + the header row', async () => {
    const rows: SheetRows = [['标题'], HOUSEHOLD_HEADER, ...typedRows(2), [], [], typedRows(3)[2]];
    rows[6][0] = '';
    const res = await upload(await workbook([{ name: 'S', rows }]));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 5, column: '证件号码', message: 'must not be empty' }]);
  });

  it('answers sheet_not_found for an unknown sheet, listing the sheets', async () => {
    const res = await upload(await workbook([{ name: '户籍人口', rows: [HOUSEHOLD_HEADER] }, { name: '说明', rows: [] }]), '?sheet=people');
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'sheet_not_found', details: [{ path: 'sheet', message: "the workbook's sheets are 户籍人口, 说明" }] });
  });

  it('refuses a legacy .xls workbook with 415, by its first bytes or its file name', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]);
    const byName = { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment; filename="households.xls"' };
    for (const headers of [{ 'Content-Type': 'application/vnd.ms-excel' }, { 'Content-Type': XLSX }, { 'Content-Type': 'text/csv' }, byName] as Record<string, string>[]) {
      const res = await upload(ole2, '', headers);
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe('xls_not_supported');
      expect(res.body.error.message).toMatch(/save it as \.xlsx/);
    }
    expect(w.strays()).toEqual([]);
  });

  it('refuses a body declared as .xlsx that is no workbook', async () => {
    await w.refused(Buffer.from(HOUSEHOLD_HEADER.join(',')), XLSX, 422, 'invalid_xlsx');
  });
});
