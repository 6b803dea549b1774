/**
 * Validator for mainland China mobile numbers.
 *
 * Accepts `1[3-9]` followed by 9 digits, optionally prefixed by `+86` or
 * `86` and an optional single space or hyphen. Leading/trailing whitespace
 * is ignored.
 */

import { invalid, ok, type ValidationResult } from './validation-result';

const MOBILE_PATTERN = /^(?:\+?86[ -]?)?(1[3-9]\d{9})$/;

/** Returns the bare 11-digit number, or null if the value is not a CN mobile. */
export function normalizeCnMobile(value: string): string | null {
  const match = MOBILE_PATTERN.exec(value.trim());
  return match ? match[1] : null;
}

/** Validates a mainland China mobile number. */
export function validateCnMobile(value: string): ValidationResult {
  if (normalizeCnMobile(value) === null) {
    return invalid('expected 1[3-9] plus 9 digits, optionally prefixed by +86/86');
  }
  return ok();
}
