/**
 * Validator for the Unified Social Credit Code (统一社会信用代码, GB 32100-2015).
 *
 * 18 characters from a 31-symbol alphabet (digits plus uppercase letters
 * without I, O, Z, S, V). Position 18 is a MOD 31 check character over the
 * first 17 with weights 3^(i-1) mod 31. Per the spec used here, a failed
 * check character only produces a warning; wrong length or foreign
 * characters reject. Leading/trailing whitespace is ignored; lowercase
 * letters are not in the alphabet and therefore reject.
 */

import { invalid, ok, type ValidationResult } from './validation-result';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Computes the check character for the first 17 characters of a USCC. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar expects exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]);
    if (v < 0) throw new RangeError(`character ${first17[i]} is not in the USCC alphabet`);
    sum += v * WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Validates a Unified Social Credit Code; a bad check character only warns. */
export function validateUnifiedSocialCreditCode(value: string): ValidationResult {
  const code = value.trim();
  if (code.length !== 18) return invalid(`expected 18 characters, got ${code.length}`);
  if (!USCC_PATTERN.test(code)) {
    const bad = [...code].find((c) => !USCC_ALPHABET.includes(c)) ?? '?';
    return invalid(`character ${bad} is not in the USCC alphabet`);
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return ok([`check character ${code[17]} does not match expected ${expected}`]);
  }
  return ok();
}
