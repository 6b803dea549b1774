/**
 * detectColumns on awkward samples: misleading headers, mobiles sniffed as numbers, mixed junk,
 * record keys, DuckDB-style cell types, and the bounds of confidence.
 */
import { detectColumns, type ColumnDetection } from '../../../masking-rules/detection';
import { NOW, bankCardFor, cnIdFor, emailFor, eventDateFor, isoBirthDateFor, mobileFor, nameFor, sampleTexts } from './detection-fixtures';

const N = 40;

function detectOne(name: string, type: string, values: unknown[], description?: string): ColumnDetection {
  const rows = values.map((value) => ({ [name]: value }));
  const [d] = detectColumns([{ name, type, description }], rows, { now: NOW });
  const texts = sampleTexts(rows);
  expect(d.evidence.filter((line) => texts.some((text) => line.includes(text)))).toEqual([]);
  return d;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('misleading headers', () => {
  it('a "remark" column full of mobile numbers is a mobile column', () => {
    const d = detectOne('remark', 'VARCHAR', range(N).map(mobileFor));
    expect(d).toMatchObject({ semantic: 'cn_mobile', suggestedRule: { strategy: 'mask', preset: 'cn_mobile' } });
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.evidence.join(' ')).toMatch(/do not support the free text/);
  });

  it('a "姓名" column full of resident IDs is an ID column', () => {
    expect(detectOne('姓名', 'VARCHAR', range(N).map(cnIdFor))).toMatchObject({ semantic: 'cn_id', personal: 'sensitive' });
  });

  it('an "amount" column full of bank cards is a card column', () => {
    expect(detectOne('amount', 'VARCHAR', range(N).map(bankCardFor)).semantic).toBe('bank_card');
  });

  it('a "category" column full of e-mail addresses is an e-mail column', () => {
    expect(detectOne('category', 'VARCHAR', range(N).map(emailFor)).semantic).toBe('email');
  });

  it('a generic date header with birth-like values becomes a birth date; event dates stay dates', () => {
    expect(detectOne('日期', 'VARCHAR', range(N).map(isoBirthDateFor)).semantic).toBe('birth_date');
    expect(detectOne('生日', 'VARCHAR', range(N).map(eventDateFor)).semantic).toBe('birth_date');
    expect(detectOne('日期', 'VARCHAR', range(N).map(eventDateFor)).semantic).toBe('date');
  });

  it('a company name column is not a personal name', () => {
    const d = detectOne('company_name', 'VARCHAR', range(N).map((i) => `杭州云帆科技有限公司第${i}分公司`));
    expect(d.semantic).not.toBe('cn_name');
    expect(d.suggestedRule.strategy).not.toBe('keep');
  });
});

describe('mobiles sniffed as numbers', () => {
  it.each<[string, (i: number) => unknown]>([
    ['number', (i) => Number(mobileFor(i))],
    ['bigint', (i) => BigInt(mobileFor(i))],
  ])('detects mobiles stored as %s, even under a numeric type', (_kind, make) => {
    const d = detectOne('sjhm', 'BIGINT', range(N).map(make));
    expect(d).toMatchObject({ semantic: 'cn_mobile', suggestedRule: { strategy: 'mask', preset: 'cn_mobile' } });
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(detectOne('c', 'BIGINT', range(N).map(make)).semantic).toBe('cn_mobile');
  });
});

describe('mixed junk', () => {
  const junk = (i: number): string => ['n/a', '未知', 'see attached', '待补充', '—', 'unknown', 'xx'][i % 7];

  it('stays below 0.5 when fewer than half the values are valid, header or not', () => {
    const values = range(N).map((i) => (i % 5 < 2 ? mobileFor(i) : junk(i)));
    const withHeader = detectOne('手机号', 'VARCHAR', values);
    expect(withHeader.semantic).toBe('cn_mobile');
    expect(withHeader.confidence).toBeLessThan(0.5);
    expect(withHeader.evidence.join(' ')).toMatch(/some of the sampled values pass the mobile number check/);
    const bare = detectOne('field_q', 'VARCHAR', values);
    expect(bare.confidence).toBeLessThan(0.5);
    expect(bare.suggestedRule.strategy).not.toBe('keep');
  });

  it('grows with the share of valid values', () => {
    const confidenceAt = (valid: number): number =>
      detectOne('手机号', 'VARCHAR', range(N).map((i) => (i < valid ? mobileFor(i) : junk(i)))).confidence;
    const series = [8, 16, 24, 32, 36, 40].map(confidenceAt);
    for (let k = 1; k < series.length; k++) expect(series[k]).toBeGreaterThan(series[k - 1]);
    expect(series[series.length - 1]).toBeGreaterThanOrEqual(0.95);
  });

  it('counts Luhn failures as weaker evidence than valid cards', () => {
    const valid = detectOne('卡号', 'VARCHAR', range(N).map(bankCardFor));
    const badLuhn = detectOne('卡号', 'VARCHAR', range(N).map((i) => bankCardFor(i).slice(0, -1) + ((Number(bankCardFor(i).slice(-1)) + 1) % 10)));
    expect(badLuhn.semantic).toBe('bank_card');
    expect(badLuhn.confidence).toBeLessThan(valid.confidence);
    expect(badLuhn.evidence.join(' ')).toMatch(/only with a warning/);
  });
});

describe('cell types and keys', () => {
  it('reads Date cells and DuckDB-style values with their own toString', () => {
    const dates = detectOne('c', 'DATE', range(N).map((i) => new Date(`${isoBirthDateFor(i)}T00:00:00Z`)));
    expect(dates.semantic).toBe('birth_date');
    const stamps = detectOne('c', 'TIMESTAMP', range(N).map((i) => new Date(`${eventDateFor(i)}T08:30:00Z`)));
    expect(stamps).toMatchObject({ semantic: 'date', suggestedRule: { strategy: 'generalize', to: 'month' } });
    const wrapped = range(N).map((i) => ({ toString: () => nameFor(i) }));
    expect(detectOne('c', 'VARCHAR', wrapped).semantic).toBe('cn_name');
  });

  it('keeps boolean flags and pseudonymizes record keys', () => {
    expect(detectOne('flag', 'BOOLEAN', range(N).map((i) => i % 2 === 0))).toMatchObject({ semantic: null, confidence: 0, suggestedRule: { strategy: 'keep' } });
    const key = detectOne('user_id', 'INTEGER', range(N).map((i) => i + 1));
    expect(key).toMatchObject({ semantic: null, confidence: 0, suggestedRule: { strategy: 'pseudonymize' } });
    expect(detectOne('user_id', 'VARCHAR', range(N).map(mobileFor)).semantic).toBe('cn_mobile');
  });

  it('treats few distinct short values as a category and many distinct numbers as an amount', () => {
    const level = detectOne('c', 'INTEGER', range(N).map((i) => (i % 3) + 1));
    expect(level).toMatchObject({ semantic: 'category', personal: 'none', suggestedRule: { strategy: 'keep' } });
    const age = detectOne('c', 'INTEGER', range(N).map((i) => 18 + ((i * 7) % 60)));
    expect(age.semantic).toBe('amount');
  });
});

describe('confidence bounds', () => {
  const samples: [string, string, unknown[]][] = [
    ['身份证号', 'VARCHAR', range(N).map(cnIdFor)],
    ['remark', 'VARCHAR', range(N).map(mobileFor)],
    ['x', 'VARCHAR', range(N).map((i) => `~${i}~`)],
    ['x', 'VARCHAR', [null, undefined, '', NaN]],
    ['备注', 'VARCHAR', [{}, [], Symbol.for('s')]],
    ['金额', 'DOUBLE', [1, -1, 0, 1e300, Number.MAX_SAFE_INTEGER]],
    ['flag', 'BOOLEAN', [true]],
  ];

  it.each(samples)('%s: confidence is in 0..1 with two decimals, and 0 exactly when semantic is null', (name, type, values) => {
    const d = detectOne(name, type, values);
    expect(d.confidence).toBeGreaterThanOrEqual(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(Math.round(d.confidence * 100) / 100).toBe(d.confidence);
    expect(d.confidence === 0).toBe(d.semantic === null);
    expect(d.evidence.length).toBeGreaterThan(0);
  });

  it('returns one detection per column, in order, even for columns missing from the sample', () => {
    const out = detectColumns([{ name: 'a', type: 'VARCHAR' }, { name: '手机号', type: 'VARCHAR' }], [{ b: 1 }], { now: NOW });
    expect(out.map((d) => d.name)).toEqual(['a', '手机号']);
  });
});
