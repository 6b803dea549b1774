/**
 * Twin values per semantic and strategy: valid identifiers where live keeps them, live's masked
 * shapes, live's own buckets and bands for generalised columns, fakes from the live dictionaries, redact constants, pseudonym length and prefix, non-sensitive profiles of
 * every type (categories with NULLs, integer, date and timestamp ranges, too many distinct values),
 * and Chinese or quote-bearing table and column names.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  validateBankCard, validateCnPlate, validateCnResidentId, validateUnifiedSocialCreditCode,
} from '../../../masking-rules/identifiers';
import { fakeDictionaries } from '../../../masking-rules/fake/fake-dictionaries';
import { generateDevTwin } from '../../../sandbox/twin/generate-dev-twin';
import type { TwinColumn } from '../../../sandbox/twin/twin-types';
import { memoryConnection, readColumn, readRows, type Row } from './twin-test-db';

const TABLE = '企业"档案';
const ROWS = 3_000;

/** Live columns: [twin description, live SQL expression over i]. */
const columns: [TwinColumn, string][] = [
  [{ name: 'id_card', type: 'VARCHAR', semantic: 'cn_id', strategy: 'keep', sensitive: true }, `'x' || i`],
  [{ name: 'uscc', type: 'VARCHAR', semantic: 'uscc', strategy: 'keep', sensitive: true }, `'u' || i`],
  [{ name: 'card', type: 'VARCHAR', semantic: 'bank_card', strategy: 'keep', sensitive: true }, `'c' || i`],
  [{ name: 'card_masked', type: 'VARCHAR', semantic: 'bank_card', strategy: 'mask', sensitive: true, params: { preset: 'bank_card' } }, `'6222****1234'`],
  [{ name: 'plate', type: 'VARCHAR', semantic: 'plate', strategy: 'keep', sensitive: true }, `'p'`],
  [{ name: 'email', type: 'VARCHAR', semantic: 'email', strategy: 'fake', sensitive: true, params: { kind: 'email' } }, `'e'`],
  [{ name: '公司', type: 'VARCHAR', strategy: 'fake', sensitive: true, params: { kind: 'company' } }, `'c'`],
  [{ name: 'mobile', type: 'VARCHAR', semantic: 'cn_mobile', strategy: 'fake', sensitive: true, params: { kind: 'cn_mobile' } }, `'m'`],
  [{ name: 'address', type: 'VARCHAR', semantic: 'cn_address', strategy: 'mask', sensitive: true, params: { preset: 'cn_address' } }, `'a'`],
  [{ name: 'home', type: 'VARCHAR', semantic: 'cn_address', strategy: 'fake', sensitive: true, params: { kind: 'cn_address' } }, `'h'`],
  [{ name: 'region4', type: 'VARCHAR', semantic: 'region_code', strategy: 'generalize', sensitive: true, params: { to: 'region', digits: 4 } }, `'440300'`],
  [{ name: 'birth_year', type: 'VARCHAR', semantic: 'birth_date', strategy: 'generalize', sensitive: true, params: { to: 'year' } }, `'1990'`],
  [{ name: 'pay_bucket', type: 'DOUBLE', semantic: 'amount', strategy: 'generalize', sensitive: true, params: { to: 'bucket', width: 1000 } }, `1000.0`],
  [{ name: 'pay_band', type: 'VARCHAR', semantic: 'amount', strategy: 'generalize', sensitive: true, params: { to: 'bucket', breaks: [5000, 20000] } }, `'[5000,20000)'`],
  [{ name: 'pay_capped', type: 'DOUBLE', semantic: 'amount', strategy: 'generalize', sensitive: true, params: { to: 'clamp', max: 30000 } }, `1.0`],
  [{ name: 'note', type: 'VARCHAR', strategy: 'redact', sensitive: true, params: { value: '[removed]' } }, `'[已删除]'`],
  [{ name: 'gone', type: 'INTEGER', strategy: 'redact', sensitive: true }, `CAST(NULL AS INTEGER)`],
  [{ name: 'pid', type: 'VARCHAR', strategy: 'pseudonymize', sensitive: true, params: { length: 16, prefix: 'P' } }, `'P' || left(sha256(CAST(i AS VARCHAR)), 16)`],
  [{ name: 'code', type: 'VARCHAR', strategy: 'mask', sensitive: true, params: { keepPrefix: 2, keepSuffix: 1, char: '#' } }, `'AB####C'`],
  [{ name: 'wrong_type', type: 'INTEGER', semantic: 'cn_name', strategy: 'mask', sensitive: true, params: { preset: 'cn_name' } }, `7`],
  [{ name: 'active', type: 'BOOLEAN', strategy: 'keep', sensitive: false }, `CASE WHEN i % 10 = 0 THEN NULL ELSE i % 3 = 0 END`],
  [{ name: 'staff', type: 'INTEGER', strategy: 'keep', sensitive: false }, `CAST(10 + i % 91 AS INTEGER)`],
  [{ name: 'founded', type: 'DATE', semantic: 'date', strategy: 'keep', sensitive: false }, `DATE '2001-03-01' + CAST(i % 500 AS INTEGER)`],
  [{ name: 'updated', type: 'TIMESTAMP', strategy: 'keep', sensitive: false }, `TIMESTAMP '2024-01-01 08:00:00' + to_seconds(i * 37)`],
  [{ name: 'serial', type: 'VARCHAR', strategy: 'keep', sensitive: false }, `'S' || lpad(CAST(i AS VARCHAR), 6, '0')`],
  [{ name: '__twin_row', type: 'varchar', strategy: 'keep', sensitive: false }, `CASE WHEN i % 2 = 0 THEN 'x' ELSE 'y' END`],
  [{ name: 'capital', type: 'DECIMAL(18,2)', semantic: 'amount', strategy: 'noise', sensitive: false, params: { distribution: 'laplace', scale: 10 } }, `CAST(100 + i AS DECIMAL(18,2))`],
];

let live: DuckDBConnection;
let rows: Row[];

beforeAll(async () => {
  live = await memoryConnection();
  const select = columns.map(([c, sql]) => `CAST(${sql} AS ${c.type.toUpperCase()}) AS "${c.name}"`).join(', ');
  await live.run(`CREATE TABLE "${TABLE.replaceAll('"', '""')}" AS SELECT ${select} FROM range(400) r(i)`);
  const dev = await memoryConnection();
  await generateDevTwin({ live, dev, tables: [{ name: TABLE, columns: columns.map(([c]) => c) }], rowsPerTable: ROWS, seed: 3 });
  rows = await readRows(dev, `SELECT * FROM "${TABLE.replaceAll('"', '""')}"`);
});

const values = (column: string) => rows.map((row) => row[column]);
const misfits = (column: string, ok: (v: unknown) => boolean) => values(column).filter((v) => !ok(v));

it('creates the Chinese, quote-bearing table with every row, whatever the column names and type spelling', () => {
  expect(rows).toHaveLength(ROWS);
  expect(new Set(values('__twin_row'))).toEqual(new Set(['x', 'y']));
  expect(Object.keys(rows[0])).toEqual(columns.map(([c]) => c.name));
});

it('keeps identifiers valid where live keeps them in clear', () => {
  expect(misfits('id_card', (v) => { const r = validateCnResidentId(String(v)); return r.valid && r.warnings.length === 0; })).toEqual([]);
  expect(misfits('uscc', (v) => { const r = validateUnifiedSocialCreditCode(String(v)); return r.valid && r.warnings.length === 0; })).toEqual([]);
  expect(misfits('card', (v) => validateBankCard(String(v)).valid && String(v).length === 19)).toEqual([]);
  expect(misfits('plate', (v) => validateCnPlate(String(v)).valid)).toEqual([]);
  expect(new Set(values('id_card')).size).toBeGreaterThan(ROWS * 0.99);
});

it('fakes from the fake strategy’s own dictionaries (what live can hold), mobiles on unassigned segments', () => {
  const dictionaries = fakeDictionaries();
  expect(misfits('email', (v) => dictionaries.email.includes(String(v)))).toEqual([]);
  expect(misfits('公司', (v) => dictionaries.company.includes(String(v)))).toEqual([]);
  expect(misfits('home', (v) => dictionaries.cn_address.includes(String(v)))).toEqual([]);
  expect(misfits('mobile', (v) => /^1(54|79|94)\d{8}$/.test(String(v)))).toEqual([]);
  expect(new Set(values('email')).size).toBeGreaterThan(100);
});

it('has the masked and generalised shapes of live', () => {
  expect(misfits('card_masked', (v) => /^\d{4}\*{11}\d{4}$/.test(String(v)))).toEqual([]);
  expect(new Set(values('address'))).toEqual(new Set(['光明', '公明', '新湖', '凤凰', '玉塘', '马田'].map((s) => `广东省深圳市光明区${s}街道`)));
  expect(misfits('region4', (v) => /^440300$/.test(String(v)))).toEqual([]);
  expect(misfits('birth_year', (v) => /^\d{4}$/.test(String(v)) && Number(v) >= 1935 && Number(v) <= 2020)).toEqual([]);
  // Generalised to buckets and bands: the ones live holds (400 rows each), not made-up ones.
  expect(new Set(values('pay_bucket'))).toEqual(new Set([1000]));
  expect(new Set(values('pay_band'))).toEqual(new Set(['[5000,20000)']));
  expect(misfits('pay_capped', (v) => typeof v === 'number' && v <= 30_000)).toEqual([]);
  expect(misfits('code', (v) => /^T\d#{6}\d$/.test(String(v)))).toEqual([]);
});

it('redacts to the constant live holds, NULL included', () => {
  expect(new Set(values('note'))).toEqual(new Set(['[已删除]']));
  expect(new Set(values('gone'))).toEqual(new Set([null]));
});

it('pseudonymizes to the rule length behind its prefix', () => {
  expect(misfits('pid', (v) => /^P[0-9a-f]{16}$/.test(String(v)))).toEqual([]);
});

it('falls back to a value of the column type when the strategy shape cannot fit it', () => {
  expect(misfits('wrong_type', (v) => Number.isInteger(v))).toEqual([]);
});

it('samples non-sensitive columns from live: categories with their NULL share, integer, date and timestamp ranges', async () => {
  const active = values('active');
  expect(new Set(active)).toEqual(new Set([true, false, null]));
  const nullShare = active.filter((v) => v === null).length / ROWS;
  expect(nullShare).toBeGreaterThan(0.06);
  expect(nullShare).toBeLessThan(0.14);
  expect(misfits('staff', (v) => Number.isInteger(v) && Number(v) >= 10 && Number(v) <= 100)).toEqual([]);
  const [range] = await readRows(live, `SELECT min(founded) AS lo, max(founded) AS hi, min(updated) AS tlo, max(updated) AS thi FROM "${TABLE.replaceAll('"', '""')}"`);
  expect(misfits('founded', (v) => v instanceof Date && v >= (range.lo as Date) && v <= (range.hi as Date))).toEqual([]);
  expect(misfits('updated', (v) => v instanceof Date && v >= (range.tlo as Date) && v <= (range.thi as Date))).toEqual([]);
  expect(misfits('capital', (v) => Number(v) >= 100 && Number(v) <= 499)).toEqual([]);
});

it('does not sample a non-sensitive column with more than 200 distinct values', async () => {
  const liveSerials = new Set(await readColumn<string>(live, `SELECT serial FROM "${TABLE.replaceAll('"', '""')}"`));
  expect(values('serial').filter((v) => liveSerials.has(String(v)))).toEqual([]);
});
