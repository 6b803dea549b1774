/**
 * Validator for PRC Resident Identity Card numbers (GB 11643-1999).
 *
 * 18-char form: 6-digit region code, 8-digit birth date YYYYMMDD, 3-digit
 * sequence, and a check character computed with ISO 7064 MOD 11-2.
 * Legacy 15-digit form: 6-digit region code, YYMMDD (implicitly 19YY),
 * 3-digit sequence, no check character (accepted with a warning).
 * Leading/trailing whitespace is ignored; a lowercase 'x' is accepted as 'X'.
 */

import { invalid, ok, type ValidationResult } from './validation-result';

const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Two-digit province-level codes (first two digits of the region code). */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83', '91',
]);

const MIN_YEAR = 1900;
/** Birth dates are compared against "today" in China Standard Time (UTC+8). */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Computes the GB 11643 check character ('0'-'9' or 'X') for the first 17 digits. */
export function cnResidentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('cnResidentIdCheckChar expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Today's date as YYYYMMDD in China Standard Time. */
function todayCst(now: Date): string {
  const t = new Date(now.getTime() + CST_OFFSET_MS);
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1, 2)}${pad(t.getUTCDate(), 2)}`;
}

/** Checks a YYYYMMDD string; returns a rejection reason or null when fine. */
function birthDateProblem(yyyymmdd: string, now: Date): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `birth date ${yyyymmdd} is not a real calendar date`;
  }
  const today = todayCst(now);
  if (year < MIN_YEAR || year > Number(today.slice(0, 4))) {
    return `birth year ${year} is outside ${MIN_YEAR}..${today.slice(0, 4)}`;
  }
  if (yyyymmdd > today) return `birth date ${yyyymmdd} is in the future`;
  return null;
}

/** Extracts the YYYYMMDD birth date from an 18- or 15-char shape, without validating it. */
function rawBirthDate(id: string): string | null {
  if (/^\d{17}[\dXx]$/.test(id)) return id.slice(6, 14);
  if (/^\d{15}$/.test(id)) return `19${id.slice(6, 12)}`;
  return null;
}

/**
 * Returns the birth date encoded in an 18- or 15-char ID as YYYY-MM-DD, or
 * null if the shape is wrong or the date is not a real, plausible date.
 * Does not verify the check character.
 */
export function parseCnResidentIdBirthDate(value: string, now: Date = new Date()): string | null {
  const raw = rawBirthDate(value.trim());
  if (raw === null || birthDateProblem(raw, now) !== null) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
}

/**
 * Validates an 18-char (or legacy 15-digit) resident ID number.
 * `now` is injectable for tests; it bounds the birth date.
 */
export function validateCnResidentId(value: string, now: Date = new Date()): ValidationResult {
  const id = value.trim();
  const isLegacy = id.length === 15;
  if (id.length !== 18 && !isLegacy) {
    return invalid(`expected 18 characters (or 15 for the legacy form), got ${id.length}`);
  }
  if (isLegacy ? !/^\d{15}$/.test(id) : !/^\d{17}[\dXx]$/.test(id)) {
    return invalid(isLegacy ? 'legacy 15-char form must be all digits' : 'expected 17 digits followed by a digit or X');
  }
  if (id[0] === '0') return invalid('region code must not start with 0');
  const province = id.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) return invalid(`unknown province code ${province}`);
  const raw = rawBirthDate(id);
  const dateProblem = raw === null ? 'missing birth date' : birthDateProblem(raw, now);
  if (dateProblem !== null) return invalid(dateProblem);
  if (isLegacy) return ok(['legacy 15-digit form has no check character']);
  const expected = cnResidentIdCheckChar(id.slice(0, 17));
  const actual = id[17].toUpperCase();
  if (actual !== expected) return invalid(`check character ${actual} does not match expected ${expected}`);
  return ok();
}
