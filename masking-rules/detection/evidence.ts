/**
 * Human-readable evidence for a detection, and the guard that keeps sampled values out of it.
 *
 * Evidence is written in words, never digits ("nearly all", not "94%"), so no numeric cell can
 * appear in it. `scrubEvidence` then replaces any occurrence of a sampled value (two or more
 * characters, or one non-ASCII character) by an ellipsis, whatever produced the text.
 */
import type { Semantic } from '../dataset-schema';
import type { SampleValue } from './sample-values';

export const SEMANTIC_LABELS: Readonly<Record<Semantic, string>> = {
  cn_id: 'resident ID number',
  cn_mobile: 'mobile number',
  cn_name: 'personal name',
  cn_address: 'address',
  uscc: 'unified social credit code',
  bank_card: 'bank card number',
  plate: 'licence plate',
  email: 'e-mail address',
  date: 'date',
  birth_date: 'birth date',
  region_code: 'region code',
  amount: 'amount',
  category: 'category',
  free_text: 'free text',
};

/** A share in words: all, nearly all, most, more than half, some, a few, none. */
export function shareWord(share: number): string {
  if (share >= 1) return 'all';
  if (share >= 0.9) return 'nearly all';
  if (share >= 0.7) return 'most';
  if (share >= 0.5) return 'more than half';
  if (share >= 0.2) return 'some';
  return share > 0 ? 'a few' : 'none';
}

/** Evidence for a keyword match on the column name or its description. */
export function headerEvidence(source: 'name' | 'description', columnName: string, semantic: Semantic, keyword: string): string {
  const label = SEMANTIC_LABELS[semantic];
  return source === 'name'
    ? `column name "${columnName}" matches the ${label} keyword "${keyword}"`
    : `column description matches the ${label} keyword "${keyword}"`;
}

/** Evidence for the share of values that pass a semantic's check. */
export function valueEvidence(semantic: Semantic, share: number): string {
  switch (semantic) {
    case 'category':
      return 'few distinct short values relative to the sample size';
    case 'free_text':
      return `${shareWord(share)} of the sampled values are text, mostly distinct`;
    case 'amount':
      return `${shareWord(share)} of the sampled values are numeric`;
    default:
      return `${shareWord(share)} of the sampled values pass the ${SEMANTIC_LABELS[semantic]} check`;
  }
}

/** Evidence that some values passed only with a validator warning. */
export function warningEvidence(share: number): string {
  return `${shareWord(share)} of the sampled values pass only with a warning (such as a failed check digit), counted as weaker evidence`;
}

function mustScrub(text: string): boolean {
  return text.length >= 2 || /[^\x00-\x7f]/.test(text);
}

/** Replaces every sampled value that occurs in an evidence line by an ellipsis. */
export function scrubEvidence(lines: readonly string[], values: readonly SampleValue[]): string[] {
  const needles = [...new Set(values.map((v) => v.text).filter(mustScrub))].sort((a, b) => b.length - a.length);
  return lines.map((line) => {
    let out = line;
    for (const needle of needles) {
      if (out.includes(needle)) out = out.split(needle).join('…');
    }
    return out;
  });
}
