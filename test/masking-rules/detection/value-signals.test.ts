/**
 * Value-level checks and signals: cell conversion, simple checks, per-semantic shares, birth-date
 * plausibility, and the evidence wording and scrubbing.
 */
import { scrubEvidence, shareWord, valueEvidence } from '../../../masking-rules/detection/evidence';
import { columnValues, toSampleValue, type SampleValue } from '../../../masking-rules/detection/sample-values';
import { chineseNameScore, isChineseAddress, isRegionCode, parseDateValue } from '../../../masking-rules/detection/value-checks';
import { measureValues } from '../../../masking-rules/detection/value-signals';
import { NOW, addressFor, bankCardFor, cnIdFor, isoBirthDateFor, usccFor } from './detection-fixtures';

const text = (t: string): SampleValue => ({ text: t, kind: 'string' });
const measure = (raw: unknown[], type = 'VARCHAR') =>
  measureValues(raw.map(toSampleValue).filter((v): v is SampleValue => v !== null), type, NOW);

describe('toSampleValue / columnValues', () => {
  it('converts cells and drops empty ones', () => {
    expect(toSampleValue(' 13800138000 ')).toEqual({ text: '13800138000', kind: 'string' });
    expect(toSampleValue(13800138000)).toEqual({ text: '13800138000', kind: 'number', num: 13800138000 });
    expect(toSampleValue(13800138000n)).toMatchObject({ text: '13800138000', kind: 'number' });
    expect(toSampleValue({ toString: () => '2024-01-31' })).toEqual({ text: '2024-01-31', kind: 'string' });
    expect(toSampleValue({ a: 1 })).toEqual({ text: '', kind: 'other' });
    for (const empty of [null, undefined, '', '   ', NaN, Infinity, new Date('nope')]) expect(toSampleValue(empty)).toBeNull();
  });

  it('reads only the named column', () => {
    expect(columnValues([{ a: 'x' }, { b: 'y' }, { a: null }, { a: 'z' }], 'a').map((v) => v.text)).toEqual(['x', 'z']);
  });
});

describe('simple checks', () => {
  it('parses ISO, slashed, Chinese and compact dates, and rejects impossible ones', () => {
    expect(parseDateValue(text('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29, hasTime: false });
    expect(parseDateValue(text('2024/1/5 08:30:00'))).toMatchObject({ month: 1, day: 5, hasTime: true });
    expect(parseDateValue(text('2024-01-05T00:00:00Z'))?.hasTime).toBe(false);
    expect(parseDateValue(text('1990年3月15日'))).toMatchObject({ year: 1990 });
    expect(parseDateValue(text('19900315'))).toMatchObject({ year: 1990, month: 3, day: 15 });
    for (const bad of ['1999-02-30', '2023-13-01', '19990230', '13800138000', 'yesterday']) expect(parseDateValue(text(bad))).toBeNull();
    expect(parseDateValue({ text: '19900315', kind: 'number', num: 19900315 })).toBeNull();
  });

  it('checks region codes, names and addresses', () => {
    expect(['110105', '440305', '820000'].every(isRegionCode)).toBe(true);
    expect(['100000', '990101', '11010', '1101050'].some(isRegionCode)).toBe(false);
    expect([chineseNameScore('张伟'), chineseNameScore('欧阳修文'), chineseNameScore('覃秀兰')]).toEqual([1, 1, 1]);
    expect([chineseNameScore('已婚'), chineseNameScore('张'), chineseNameScore('Zhang Wei'), chineseNameScore('王小明明明')]).toEqual([0.5, 0, 0, 0]);
    expect(isChineseAddress(addressFor(3))).toBe(true);
    expect(isChineseAddress('浙江省杭州市')).toBe(true);
    for (const bad of ['朝阳区', '城区', '已电话回访客户', 'Room 5, Main Rd']) expect(isChineseAddress(bad)).toBe(false);
  });
});

describe('measureValues', () => {
  it('gives full shares to clean identifiers and partial shares to warned ones', () => {
    const ids = measure(Array.from({ length: 10 }, (_, i) => cnIdFor(i)));
    expect(ids.shares.cn_id).toBe(1);
    expect(ids.shares.bank_card ?? 0).toBeLessThan(0.8);
    const codes = measure(Array.from({ length: 10 }, (_, i) => usccFor(i)));
    expect(codes.shares.uscc).toBe(1);
    const badCodes = measure(Array.from({ length: 10 }, (_, i) => usccFor(i).slice(0, 17) + (usccFor(i)[17] === '0' ? '1' : '0')));
    expect(badCodes.shares.uscc).toBe(0.5);
    expect(badCodes.warned.uscc).toBe(1);
    const cards = measure(Array.from({ length: 10 }, (_, i) => bankCardFor(i)));
    expect([cards.shares.bank_card, cards.warned.bank_card]).toEqual([1, 0]);
  });

  it('counts numeric text as half an amount unless the declared type is numeric', () => {
    expect(measure(['100', '250.5', 'abc', '007']).shares.amount).toBe(0.25);
    expect(measure(['100', '250.5', 'abc', '007'], 'DECIMAL(18,2)').shares.amount).toBe(0.5);
    expect(measure([100, 250.5, -3]).numbers).toEqual([100, 250.5, -3]);
  });

  it('needs a sizeable sample and few distinct values for a full category score', () => {
    expect(measure(Array.from({ length: 40 }, (_, i) => ['男', '女'][i % 2])).shares.category).toBe(1);
    expect(measure(['男', '女', '男', '女']).shares.category).toBe(0.2);
    expect(measure(Array.from({ length: 40 }, (_, i) => `v${i}`)).shares.category).toBe(0);
  });

  it('accepts birth dates spread over decades and rejects recent, future or timed dates', () => {
    const births = Array.from({ length: 20 }, (_, i) => isoBirthDateFor(i));
    expect(measure(births).birthPlausible).toBe(true);
    expect(measure(Array.from({ length: 20 }, (_, i) => `2023-0${1 + (i % 9)}-10`)).birthPlausible).toBe(false);
    expect(measure([...births, '2030-01-01']).birthPlausible).toBe(false);
    expect(measure([...births, '1900-01-01']).birthPlausible).toBe(false);
    expect(measure(births.map((d) => `${d} 14:30:00`)).birthPlausible).toBe(false);
    expect(measure(births.slice(0, 2)).birthPlausible).toBe(false);
  });

  it('handles an empty column', () => {
    expect(measure([])).toMatchObject({ count: 0, shares: {}, birthPlausible: false, allBoolean: false });
  });
});

describe('evidence', () => {
  it('describes shares in words, never digits', () => {
    expect([1, 0.95, 0.75, 0.55, 0.3, 0.05, 0].map(shareWord)).toEqual(['all', 'nearly all', 'most', 'more than half', 'some', 'a few', 'none']);
    for (const share of [0, 0.33, 0.5, 0.91, 1]) expect(valueEvidence('cn_mobile', share)).not.toMatch(/\d/);
  });

  it('scrubs sampled values that happen to occur in a line, including single Han characters', () => {
    const lines = ['column name "是否有效" matches the category keyword "有效"', 'column name "状态" matches'];
    expect(scrubEvidence(lines, [text('有效'), text('是'), text('a')])).toEqual([
      'column name "…否…" matches the category keyword "…"',
      'column name "状态" matches',
    ]);
  });
});
