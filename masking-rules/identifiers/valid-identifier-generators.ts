/**
 * Deterministic generators of valid identifiers for test data and benchmarks.
 *
 * Pure functions, no randomness: the same inputs always yield the same value.
 * Inputs that cannot produce a valid identifier throw a RangeError.
 */

import { cnResidentIdCheckChar } from './cn-resident-id';
import { luhnCheckDigit } from './bank-card';
import { usccCheckChar } from './unified-social-credit-code';

/** Builds an 18-char resident ID from region code, YYYYMMDD birth date and 0-999 sequence. */
export function makeCnResidentId(regionCode: string, birthDate: string, seq: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError('regionCode must be 6 digits');
  if (!/^\d{8}$/.test(birthDate)) throw new RangeError('birthDate must be YYYYMMDD');
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) throw new RangeError('seq must be an integer 0..999');
  const first17 = `${regionCode}${birthDate}${String(seq).padStart(3, '0')}`;
  return first17 + cnResidentIdCheckChar(first17);
}

/** Appends the GB 32100 check character to 17 alphabet characters. */
export function makeUscc(first17: string): string {
  return first17 + usccCheckChar(first17);
}

/**
 * Builds a Luhn-valid card number of `length` digits: `prefix`, then `index`
 * zero-padded to fill the body, then the Luhn check digit.
 */
export function makeBankCard(prefix: string, length: number, index: number): string {
  if (!/^\d+$/.test(prefix)) throw new RangeError('prefix must be digits');
  if (!Number.isInteger(length) || length < 2) throw new RangeError('length must be an integer >= 2');
  if (!Number.isInteger(index) || index < 0) throw new RangeError('index must be a non-negative integer');
  const bodyLength = length - prefix.length - 1;
  const body = String(index).padStart(bodyLength, '0');
  if (bodyLength < 0 || body.length !== bodyLength) {
    throw new RangeError(`index ${index} does not fit a ${length}-digit card with prefix ${prefix}`);
  }
  const payload = prefix + body;
  return payload + luhnCheckDigit(payload);
}
