/**
 * Pragmatic, RFC 5322-lite e-mail validator.
 *
 * Local part: letters, digits and . _ % + - (no leading, trailing or
 * doubled dots, max 64 chars). Domain: dot-separated labels of letters,
 * digits and inner hyphens (max 63 chars each), at least one dot, and an
 * alphabetic TLD of 2+ letters. Whole address max 254 chars.
 * Leading/trailing whitespace is ignored.
 */

import { invalid, ok, type ValidationResult } from './validation-result';

const MAX_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const LOCAL_PATTERN = /^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*$/;
const DOMAIN_PATTERN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Validates an e-mail address. */
export function validateEmail(value: string): ValidationResult {
  const email = value.trim();
  if (email.length > MAX_LENGTH) return invalid(`longer than ${MAX_LENGTH} characters`);
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return invalid('expected exactly one @ with a non-empty local part');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_LOCAL_LENGTH) return invalid(`local part longer than ${MAX_LOCAL_LENGTH} characters`);
  if (!LOCAL_PATTERN.test(local)) return invalid('local part has forbidden characters or misplaced dots');
  if (!DOMAIN_PATTERN.test(domain)) return invalid('domain must be dot-separated labels ending in a 2+ letter TLD');
  return ok();
}
