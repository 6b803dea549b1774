/**
 * CSV as Chinese data-source units have it: GB18030 (detected, with Chinese headers, a
 * leading-zero code and a character only GB18030 has), GBK (declared), UTF-8 with a BOM. Each
 * loads with the registered types and exact text; each with a bad row is refused by row and
 * column without the value; bytes that are no accepted charset are refused, saying where.
 */
import { encoded, householdRow, householdsCsv, vaultRows } from '../../fixtures/households-dataset';
import { useHouseholdsUpload } from '../../fixtures/households-upload';

describe('CSV uploads in GB18030, GBK and UTF-8', () => {
  const w = useHouseholdsUpload();
  const stored = (version: number) => vaultRows(w.t.dataDir, w.datasetId, version, 'SELECT *, typeof("社区代码") AS code_type, typeof("出生日期") AS date_type FROM data ORDER BY rowid');

  /** A bad date in row 3 and a bad income in row 5: each named by row and column, neither value echoed. */
  const withBadRows = (i: number, row: string[]) => (i === 2 ? [row[0], row[1], row[2], '1990-02-30', row[4]] : i === 4 ? [...row.slice(0, 4), '约三千'] : row);
  const expectBadRows = async (body: Buffer, type = 'text/csv') => {
    const res = await w.refused(body, type, 422, 'invalid_data');
    expect(res.body.error.details).toEqual([
      { row: 3, column: '出生日期', message: 'not a valid DATE' },
      { row: 5, column: '月收入', message: 'not a valid DECIMAL(18,2)' },
    ]);
    expect(res.text).not.toContain('1990-02-30');
    expect(res.text).not.toContain('约三千');
  };

  it('detects GB18030 and keeps Chinese headers, leading zeros and a four-byte character exactly', async () => {
    const csv = householdsCsv(40, (i, row) => (i === 7 ? [row[0], '吉𠮷', ...row.slice(2)] : row));
    const res = await w.upload(encoded(csv, 'gb18030'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 40, format: 'csv', charset: 'gb18030' });
    const rows = await stored(res.body.version);
    expect(rows[0]).toMatchObject({ 证件号码: householdRow(0)[0], 社区代码: '000000', code_type: 'VARCHAR', date_type: 'DATE' });
    expect(rows.map((r) => r.姓名)).toEqual(Array.from({ length: 40 }, (_, i) => (i === 7 ? '吉𠮷' : householdRow(i)[1])));
    expect(rows[31].社区代码).toBe('000031');
  });

  it('refuses a bad row of a GB18030 file by row and column', () => expectBadRows(encoded(householdsCsv(8, withBadRows), 'gb18030')));

  it('reads a file declared as GBK (charset=gbk), and refuses its bad rows the same way', async () => {
    const res = await w.upload(encoded(householdsCsv(25), 'gbk'), 'text/csv; charset=GBK');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 25, charset: 'gb18030' });
    expect((await stored(res.body.version)).map((r) => r.姓名)).toEqual(Array.from({ length: 25 }, (_, i) => householdRow(i)[1]));
    await expectBadRows(encoded(householdsCsv(8, withBadRows), 'gbk'), 'text/csv;charset="gbk"');
  });

  it('reads UTF-8 with a byte-order mark, its first header intact, and refuses its bad rows the same way', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const res = await w.upload(Buffer.concat([bom, Buffer.from(householdsCsv(12))]));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 12, charset: 'utf-8' });
    expect((await stored(res.body.version))[11]).toMatchObject({ 证件号码: householdRow(11)[0], 社区代码: '000011' });
    await expectBadRows(Buffer.concat([bom, Buffer.from(householdsCsv(8, withBadRows))]));
  });

  it('refuses a declared GBK file with bytes that are not GBK, saying at which byte and line, with no row kept', async () => {
    const good = encoded(householdsCsv(6), 'gbk');
    const cut = good.indexOf(0x0a, good.indexOf(0x0a) + 1) + 1;
    const res = await w.refused(Buffer.concat([good.subarray(0, cut), Buffer.from([0x81, 0x0a]), good.subarray(cut)]), 'text/csv; charset=gbk', 422, 'invalid_encoding');
    expect(res.body.error.details).toEqual([{ message: `invalid GB18030 byte sequence at byte offset ${cut} (line 3)` }]);
  });

  it('refuses a declared UTF-8 file that is not UTF-8, saying at which byte and line', async () => {
    const csv = Buffer.from(householdsCsv(3));
    const res = await w.refused(Buffer.concat([csv, Buffer.from('440311,'), Buffer.from([0xff]), Buffer.from(',x\n')]), 'text/csv; charset=utf-8', 422, 'invalid_encoding');
    expect(res.body.error.details).toEqual([{ message: `invalid UTF-8 byte sequence at byte offset ${csv.length + 7} (line 5)` }]);
  });

  it.each([
    ['Big5 (Traditional Chinese)', () => encoded(householdsCsv(20), 'big5')],
    ['Latin-1', () => Buffer.concat([Buffer.from(householdsCsv(3)), encoded('José,Zürich,Genève,ñ,ø\n', 'latin1')])],
    ['UTF-8 mixed with GBK', () => Buffer.concat([Buffer.from(householdsCsv(10)), encoded(householdsCsv(10).split('\n').slice(1).join('\n'), 'gbk')])],
  ])('refuses %s as an undetectable charset, naming the accepted ones', async (_label, body) => {
    const res = await w.refused(body(), 'text/csv', 422, 'invalid_encoding');
    expect(res.body.error.message).toMatch(/UTF-8, GB18030 or GBK/);
  });

  it('answers 415 to a declared charset it does not take, without echoing it', async () => {
    const res = await w.refused(encoded(householdsCsv(3), 'big5'), 'text/csv; charset=big5', 415, 'unsupported_charset');
    expect(res.text).not.toContain('big5');
  });
});
