/**
 * detectColumns over realistic samples: Chinese and English headers, header-only columns,
 * misleading headers, mobiles sniffed as numbers, mixed junk, and the evidence leak guard.
 */
import type { Semantic } from '../../../masking-rules/dataset-schema';
import { detectColumns, type ColumnDetection, type DetectionColumn } from '../../../masking-rules/detection';
import { NOW, personRows, sampleTexts } from './detection-fixtures';

const ZH_KEYS = {
  id: '身份证号码', name: '姓名', mobile: '联系电话', address: '户籍地址', uscc: '统一社会信用代码', card: '银行卡号',
  plate: '车牌号', email: '电子邮箱', birth: '出生日期', event: '办理日期', region: '行政区划代码', income: '月收入',
  gender: '性别', remark: '备注',
};
const EN_KEYS = {
  id: 'id_number', name: 'full_name', mobile: 'contactPhone', address: 'home_address', uscc: 'credit_code', card: 'bank_card',
  plate: 'license_plate', email: 'email', birth: 'birth_date', event: 'created_at', region: 'region_code', income: 'salary',
  gender: 'gender', remark: 'remark',
};
const EXPECTED: Record<keyof typeof ZH_KEYS, Semantic> = {
  id: 'cn_id', name: 'cn_name', mobile: 'cn_mobile', address: 'cn_address', uscc: 'uscc', card: 'bank_card', plate: 'plate',
  email: 'email', birth: 'birth_date', event: 'date', region: 'region_code', income: 'amount', gender: 'category', remark: 'free_text',
};

function columnsFor(keys: Record<string, string>): DetectionColumn[] {
  return Object.entries(keys).map(([key, name]) => ({ name, type: key === 'income' ? 'INTEGER' : 'VARCHAR' }));
}

function byName(detections: ColumnDetection[]): Map<string, ColumnDetection> {
  return new Map(detections.map((d) => [d.name, d]));
}

function expectNoLeak(detections: ColumnDetection[], rows: Record<string, unknown>[]): void {
  const texts = sampleTexts(rows);
  const leaks = detections.flatMap((d) => d.evidence.filter((line) => texts.some((text) => line.includes(text))));
  expect(texts.length).toBeGreaterThan(100);
  expect(leaks).toEqual([]);
}

describe.each([
  ['Chinese headers', ZH_KEYS],
  ['English headers', EN_KEYS],
])('a realistic personal dataset with %s', (_label, keys) => {
  const rows = personRows(60, keys);
  const detections = byName(detectColumns(columnsFor(keys), rows, { now: NOW }));

  it.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('detects %s', (key) => {
    const d = detections.get(keys[key]);
    expect(d?.semantic).toBe(EXPECTED[key]);
    expect(d?.confidence).toBeGreaterThanOrEqual(0.75);
    expect(d?.evidence.some((line) => line.startsWith('column name'))).toBe(true);
  });

  it('suggests the documented rules and classification', () => {
    expect(detections.get(keys.id)).toMatchObject({ suggestedRule: { strategy: 'pseudonymize' }, personal: 'sensitive', identifier: 'direct' });
    expect(detections.get(keys.mobile)).toMatchObject({ suggestedRule: { strategy: 'mask', preset: 'cn_mobile' }, identifier: 'direct' });
    expect(detections.get(keys.name)?.suggestedRule).toEqual({ strategy: 'fake', kind: 'cn_name' });
    expect(detections.get(keys.birth)?.suggestedRule).toEqual({ strategy: 'generalize', to: 'age_band', width: 10 });
    expect(detections.get(keys.region)?.suggestedRule).toEqual({ strategy: 'generalize', to: 'region', digits: 4 });
    expect(detections.get(keys.uscc)).toMatchObject({ suggestedRule: { strategy: 'keep' }, personal: 'none', identifier: 'direct' });
    expect(detections.get(keys.gender)).toMatchObject({ suggestedRule: { strategy: 'keep' }, identifier: 'quasi' });
    expect(detections.get(keys.remark)?.suggestedRule).toEqual({ strategy: 'drop' });
    // incomes 3000..22999: median about 13000, 5% about 650, nicely rounded to 500.
    expect(detections.get(keys.income)?.suggestedRule).toEqual({ strategy: 'noise', distribution: 'laplace', scale: 500 });
  });

  it('never puts a sampled value into the evidence', () => {
    expectNoLeak([...detections.values()], rows);
  });
});

describe('values without a recognised header', () => {
  const keys = Object.fromEntries(Object.keys(ZH_KEYS).map((key, i) => [key, `col_${'abcdefghijklmn'[i]}`])) as typeof ZH_KEYS;
  const rows = personRows(60, keys);
  const detections = byName(detectColumns(columnsFor(keys), rows, { now: NOW }));

  it('recognises every semantic from the values alone, birth dates by their spread over decades', () => {
    for (const key of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
      expect([key, detections.get(keys[key])?.semantic]).toEqual([key, EXPECTED[key]]);
    }
  });

  it('is less confident than with a matching header', () => {
    const withHeader = byName(detectColumns(columnsFor(ZH_KEYS), personRows(60, ZH_KEYS), { now: NOW }));
    for (const key of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
      expect(detections.get(keys[key])?.confidence).toBeLessThan(withHeader.get(ZH_KEYS[key])?.confidence ?? 0);
    }
  });

  it('never puts a sampled value into the evidence', () => expectNoLeak([...detections.values()], rows));
});

describe('header only (empty sample)', () => {
  it('gives moderate confidence from the column name and says there were no values', () => {
    const detections = detectColumns(columnsFor(ZH_KEYS), [], { now: NOW });
    for (const d of detections) {
      expect(d.confidence).toBe(0.6);
      expect(d.evidence.some((line) => line.includes('no non-empty sampled values'))).toBe(true);
    }
    expect(detections.map((d) => d.semantic)).toEqual(Object.values(EXPECTED));
  });

  it('treats all-null cells like an empty sample', () => {
    const rows = Array.from({ length: 10 }, () => ({ 手机号: null, 备注: '  ' }));
    const [mobile, remark] = detectColumns([{ name: '手机号', type: 'VARCHAR' }, { name: '备注', type: 'VARCHAR' }], rows, { now: NOW });
    expect(mobile).toMatchObject({ semantic: 'cn_mobile', confidence: 0.6 });
    expect(remark).toMatchObject({ semantic: 'free_text', confidence: 0.6 });
  });

  it('falls back on the declared type, then on a protective drop', () => {
    const [flag, key, day, total, other] = detectColumns([
      { name: 'is_active', type: 'BOOLEAN' }, { name: 'order_no', type: 'VARCHAR' }, { name: 'd', type: 'DATE' },
      { name: 'total', type: 'DECIMAL(18,2)' }, { name: 'xyz', type: 'VARCHAR' },
    ], [], { now: NOW });
    expect(flag).toMatchObject({ semantic: null, confidence: 0, suggestedRule: { strategy: 'keep' }, personal: 'none' });
    expect(key).toMatchObject({ semantic: null, confidence: 0, suggestedRule: { strategy: 'pseudonymize' }, identifier: 'direct' });
    expect(day).toMatchObject({ semantic: 'date', suggestedRule: { strategy: 'generalize', to: 'month' } });
    expect(total?.semantic).toBe('amount');
    expect(other).toMatchObject({ semantic: 'free_text', suggestedRule: { strategy: 'drop' } });
    expect(other?.confidence).toBeLessThan(0.5);
  });

  it('uses the description when the name says nothing', () => {
    const [d] = detectColumns([{ name: 'f7', type: 'VARCHAR', description: '联系人手机号码' }], [], { now: NOW });
    expect(d).toMatchObject({ semantic: 'cn_mobile', confidence: 0.45 });
    expect(d?.evidence[0]).toMatch(/^column description matches/);
  });
});
