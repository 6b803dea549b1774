/**
 * The suggested rule and classification for each detected semantic.
 *
 * Choices worth knowing:
 * - `uscc` is kept with a justification: a unified social credit code names an enterprise and is
 *   published in the national enterprise credit registry, so it is a direct identifier of the
 *   enterprise (identifier `direct`) but not personal data (personal `none`). A source unit that
 *   holds codes of sole proprietors (个体工商户) should switch the rule to `pseudonymize`.
 * - `amount` is treated as personal (income, fees paid) and gets Laplace noise whose scale is about
 *   5% of the sample's median magnitude, rounded to 1, 2 or 5 times a power of ten.
 * - `date` is a quasi-identifier (an event date narrows a person down) and is generalised to month.
 * - `category` is kept; gender, ethnicity and marital status are marked personal quasi-identifiers.
 * - `free_text` is dropped: free text can hold anything.
 */
import type { Semantic } from '../dataset-schema';
import type { IdentifierKind, PersonalKind, SuggestedRule } from './detection-types';

export type ColumnPolicy = { rule: SuggestedRule; personal: PersonalKind; identifier: IdentifierKind };

export const USCC_JUSTIFICATION = 'enterprise credit codes are public registration data';
export const CATEGORY_JUSTIFICATION = 'low-cardinality category with no direct identifying value';
export const PERSONAL_CATEGORY_JUSTIFICATION =
  'coarse personal attribute kept for analysis; a quasi-identifier only in combination with others';

/** Why a column got no semantic; each reason has its own rule. */
export type NullReason = 'not_personal' | 'boolean' | 'record_key';

/** Rounds a positive number to the nearest (in log scale) 1, 2 or 5 times a power of ten. */
export function niceNumber(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 1;
  const exponent = Math.floor(Math.log10(x));
  const fraction = x / 10 ** exponent;
  const nice = fraction < Math.sqrt(2) ? 1 : fraction < Math.sqrt(10) ? 2 : fraction < Math.sqrt(50) ? 5 : 10;
  return Number((nice * 10 ** exponent).toPrecision(1));
}

/** About 5% of the median absolute value, rounded to a nice number; 1 when there are no numbers. */
export function noiseScale(numbers: readonly number[]): number {
  const magnitudes = numbers.filter(Number.isFinite).map(Math.abs).sort((a, b) => a - b);
  if (magnitudes.length === 0) return 1;
  const mid = Math.floor(magnitudes.length / 2);
  const median = magnitudes.length % 2 === 1 ? magnitudes[mid] : (magnitudes[mid - 1] + magnitudes[mid]) / 2;
  return niceNumber(median * 0.05);
}

/** Rule and classification for a detected semantic. */
export function policyFor(semantic: Semantic, context: { numbers: readonly number[]; personalCategory: boolean }): ColumnPolicy {
  switch (semantic) {
    case 'cn_id':
      return { rule: { strategy: 'pseudonymize' }, personal: 'sensitive', identifier: 'direct' };
    case 'uscc':
      return { rule: { strategy: 'keep', justification: USCC_JUSTIFICATION }, personal: 'none', identifier: 'direct' };
    case 'cn_mobile':
      return { rule: { strategy: 'mask', preset: 'cn_mobile' }, personal: 'personal', identifier: 'direct' };
    case 'cn_name':
      return { rule: { strategy: 'fake', kind: 'cn_name' }, personal: 'personal', identifier: 'direct' };
    case 'bank_card':
      return { rule: { strategy: 'pseudonymize' }, personal: 'sensitive', identifier: 'direct' };
    case 'plate':
      return { rule: { strategy: 'mask', preset: 'plate' }, personal: 'personal', identifier: 'direct' };
    case 'email':
      return { rule: { strategy: 'mask', preset: 'email' }, personal: 'personal', identifier: 'direct' };
    case 'cn_address':
      return { rule: { strategy: 'mask', preset: 'cn_address' }, personal: 'personal', identifier: 'quasi' };
    case 'birth_date':
      return { rule: { strategy: 'generalize', to: 'age_band', width: 10 }, personal: 'personal', identifier: 'quasi' };
    case 'date':
      return { rule: { strategy: 'generalize', to: 'month' }, personal: 'none', identifier: 'quasi' };
    case 'region_code':
      return { rule: { strategy: 'generalize', to: 'region', digits: 4 }, personal: 'none', identifier: 'quasi' };
    case 'amount':
      return {
        rule: { strategy: 'noise', distribution: 'laplace', scale: noiseScale(context.numbers) },
        personal: 'personal',
        identifier: 'none',
      };
    case 'category':
      return context.personalCategory
        ? { rule: { strategy: 'keep', justification: PERSONAL_CATEGORY_JUSTIFICATION }, personal: 'personal', identifier: 'quasi' }
        : { rule: { strategy: 'keep', justification: CATEGORY_JUSTIFICATION }, personal: 'none', identifier: 'none' };
    case 'free_text':
      return { rule: { strategy: 'drop' }, personal: 'personal', identifier: 'none' };
  }
}

/** Rule and classification for a column with no semantic. */
export function nullPolicy(reason: NullReason): ColumnPolicy {
  switch (reason) {
    case 'boolean':
      return { rule: { strategy: 'keep', justification: 'boolean flag; not personal on its own' }, personal: 'none', identifier: 'none' };
    case 'record_key':
      return { rule: { strategy: 'pseudonymize' }, personal: 'personal', identifier: 'direct' };
    case 'not_personal':
      return {
        rule: { strategy: 'keep', justification: 'no personal signal in the column name or the sampled values' },
        personal: 'none',
        identifier: 'none',
      };
  }
}
