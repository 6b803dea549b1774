/**
 * Value signals: for each semantic, the share of a column's non-empty sampled values that pass its
 * check (0..1), plus the column-level facts detection needs (distinct count, birth-date spread,
 * the numbers for a noise scale).
 *
 * Identifier validators come from `masking-rules/identifiers`. A value that passes only with a
 * warning (a failed Luhn or USCC check character, a legacy 15-digit ID) counts as partial evidence.
 * `birth_date` has no share of its own: it is the `date` share plus `birthPlausible`.
 */
import type { Semantic } from '../dataset-schema';
import {
  validateBankCard, validateCnMobile, validateCnPlate, validateCnResidentId, validateEmail,
  validateUnifiedSocialCreditCode, type ValidationResult,
} from '../identifiers';
import type { SampleValue } from './sample-values';
import {
  chineseNameScore, hasLetters, isChineseAddress, isNumericText, isRegionCode, parseDateValue, type ParsedDate,
} from './value-checks';

/** Semantics checked by a formal validator, with the weight of a value that passes only with a warning. */
const VALIDATED: readonly { semantic: Semantic; warnedWeight: number; validate: (text: string, now: Date) => ValidationResult }[] = [
  { semantic: 'cn_id', warnedWeight: 0.8, validate: (text, now) => validateCnResidentId(text, now) },
  { semantic: 'uscc', warnedWeight: 0.5, validate: (text) => validateUnifiedSocialCreditCode(text) },
  { semantic: 'cn_mobile', warnedWeight: 1, validate: (text) => validateCnMobile(text) },
  { semantic: 'bank_card', warnedWeight: 0.5, validate: (text) => validateBankCard(text) },
  { semantic: 'plate', warnedWeight: 1, validate: (text) => validateCnPlate(text) },
  { semantic: 'email', warnedWeight: 1, validate: (text) => validateEmail(text) },
];

const NUMERIC_TYPE = /^(?:TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)\b/i;
const EARLIEST_BIRTH_YEAR = 1920;

export type ValueSignals = {
  count: number;
  distinct: number;
  /** Share per semantic; absent means 0. */
  shares: Partial<Record<Semantic, number>>;
  /** Share of values that passed a validator only with a warning. */
  warned: Partial<Record<Semantic, number>>;
  /** Dates that lie in 1920..today, with no time of day, spread over at least three decades. */
  birthPlausible: boolean;
  allBoolean: boolean;
  numbers: number[];
};

/** True for DuckDB numeric type names (`INTEGER`, `DECIMAL(18,2)`, ...). */
export function isNumericType(type: string): boolean {
  return NUMERIC_TYPE.test(type.trim());
}

function looksLikeBirthDates(dates: readonly ParsedDate[], now: Date): boolean {
  if (dates.length < 3 || dates.some((d) => d.hasTime)) return false;
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  const decades = new Set<number>();
  let min = Infinity;
  let max = -Infinity;
  for (const d of dates) {
    if (d.year < EARLIEST_BIRTH_YEAR || d.year * 10000 + d.month * 100 + d.day > today) return false;
    decades.add(Math.floor(d.year / 10));
    min = Math.min(min, d.year);
    max = Math.max(max, d.year);
  }
  return decades.size >= 3 && max - min >= 20;
}

/** Few distinct short values relative to the sample: 0 when not a category, up to 1 for 20+ values. */
function categoryScore(values: readonly SampleValue[], distinct: number): number {
  const n = values.length;
  if (n === 0 || values.some((v) => v.kind === 'date' || v.kind === 'other' || v.text.length > 32)) return 0;
  const limit = Math.min(30, Math.max(2, Math.floor(n * 0.2)));
  return distinct <= limit ? Math.min(1, n / 20) : 0;
}

/** Measures every check over the non-empty values of one column. */
export function measureValues(values: readonly SampleValue[], declaredType: string, now: Date): ValueSignals {
  const n = values.length;
  const distinct = new Set(values.map((v) => `${v.kind}:${v.text}`)).size;
  const shares: Partial<Record<Semantic, number>> = {};
  const warned: Partial<Record<Semantic, number>> = {};
  if (n === 0) return { count: 0, distinct: 0, shares, warned, birthPlausible: false, allBoolean: false, numbers: [] };

  const texts = values.filter((v) => v.kind === 'string' || v.kind === 'number');
  for (const { semantic, warnedWeight, validate } of VALIDATED) {
    let score = 0;
    let warnings = 0;
    for (const v of texts) {
      const result = validate(v.text, now);
      if (!result.valid) continue;
      const weak = result.warnings.length > 0;
      score += weak ? warnedWeight : 1;
      if (weak) warnings++;
    }
    shares[semantic] = score / n;
    warned[semantic] = warnings / n;
  }

  const dates = values.map(parseDateValue).filter((d): d is ParsedDate => d !== null);
  shares.date = dates.length / n;
  shares.region_code = texts.filter((v) => isRegionCode(v.text)).length / n;
  shares.cn_name = values.reduce((sum, v) => sum + (v.kind === 'string' ? chineseNameScore(v.text) : 0), 0) / n;
  shares.cn_address = values.filter((v) => v.kind === 'string' && isChineseAddress(v.text)).length / n;

  const numericDeclared = isNumericType(declaredType);
  const numbers: number[] = [];
  let amount = 0;
  for (const v of values) {
    if (v.kind === 'number' && v.num !== undefined) {
      amount += 1;
      numbers.push(v.num);
    } else if (v.kind === 'string' && isNumericText(v.text)) {
      amount += numericDeclared ? 1 : 0.5;
      numbers.push(Number(v.text));
    }
  }
  shares.amount = amount / n;
  shares.category = categoryScore(values, distinct);
  const texty = values.filter((v) => v.kind === 'string' && hasLetters(v.text)).length;
  shares.free_text = (texty / n) * (distinct / n >= 0.5 ? 1 : 0.5);

  return {
    count: n,
    distinct,
    shares,
    warned,
    birthPlausible: looksLikeBirthDates(dates, now),
    allBoolean: values.every((v) => v.kind === 'boolean'),
    numbers,
  };
}
