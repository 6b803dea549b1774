/**
 * Validator for bank card numbers (PAN).
 *
 * 16 to 19 digits; single or repeated spaces between digit groups are
 * allowed and stripped. A failed Luhn check only produces a warning, since
 * some domestic cards do not use Luhn.
 */

import { invalid, ok, type ValidationResult } from './validation-result';

const GROUPED_DIGITS = /^\d+(?: +\d+)*$/;

/** Luhn sum of `digits` where the rightmost digit is at position `offset` (0 = not doubled). */
function luhnSum(digits: string, offset: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if ((i + offset) % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/** Computes the Luhn check digit to append to `payload` (digits only). */
export function luhnCheckDigit(payload: string): string {
  if (!/^\d+$/.test(payload)) throw new RangeError('luhnCheckDigit expects a non-empty digit string');
  return String((10 - (luhnSum(payload, 1) % 10)) % 10);
}

/** True if the digit string (check digit included) passes the Luhn check. */
export function passesLuhn(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnSum(digits, 0) % 10 === 0;
}

/** Validates a bank card number; a failed Luhn check only warns. */
export function validateBankCard(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!GROUPED_DIGITS.test(trimmed)) return invalid('expected digits, optionally grouped by spaces');
  const digits = trimmed.replace(/ +/g, '');
  if (digits.length < 16 || digits.length > 19) {
    return invalid(`expected 16 to 19 digits, got ${digits.length}`);
  }
  return passesLuhn(digits) ? ok() : ok(['Luhn check failed']);
}
