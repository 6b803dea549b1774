/**
 * What the twin may take from live. The operator reads the twin freely, without review, so
 * nothing in it may single anyone out:
 *
 * - a live value (a category, a band, a bucket, a label) is used only when at least
 *   TWIN_MIN_SUBJECTS distinct subjects hold it (the table's subject key in live, else its rows);
 *   rarer values are left out, never merged into a label of their own; NULL counts as a value;
 * - a range is never live's minimum or maximum: each end is the TWIN_MIN_SUBJECTS-th subject's
 *   value from that end, then rounded inwards to a grid of two significant digits of the range
 *   (dates in days, timestamps in seconds); a column with fewer subjects gives no range at all;
 * - frequencies are rounded to two significant digits, and at least to tens, so that one person
 *   more or less in live rarely changes them (and the generator's seed is secret per sandbox, so
 *   two twins cannot be compared draw by draw);
 * - columns are drawn independently of each other: no live row is ever copied.
 *
 * TWIN_MIN_SUBJECTS is the disclosure control's default k (SHUYU_K_MIN = 10).
 */
import crypto from 'node:crypto';

export const TWIN_MIN_SUBJECTS = 10;

/** A frequency rounded to two significant digits and at least to tens (never below 1). */
export function coarseCount(n: number): number {
  if (!(n >= 1)) return 1;
  const step = Math.max(TWIN_MIN_SUBJECTS, 10 ** (Math.floor(Math.log10(n)) - 1));
  return Math.max(1, Math.round(n / step) * step);
}

/** [lo, hi] rounded inwards on a grid of two significant digits of its width (whole numbers when integral). */
export function inwardRange(lo: number, hi: number, integral: boolean): { lo: number; hi: number } | undefined {
  if (!(lo < hi)) return lo === hi ? { lo, hi } : undefined;
  const step = Math.max(integral ? 1 : 0.01, 10 ** (Math.floor(Math.log10(hi - lo)) - 1));
  const inLo = Math.ceil(lo / step) * step;
  const inHi = Math.floor(hi / step) * step;
  if (!(inLo <= inHi)) return undefined;
  const tidy = (v: number) => Number(v.toPrecision(12));
  return { lo: tidy(inLo), hi: tidy(inHi) };
}

/** The twin's seed for a sandbox, from its secret key: unguessable, the same on every rebuild. */
export function twinSeedFor(sandboxKeyHex: string): number {
  const digest = crypto.createHmac('sha256', Buffer.from(sandboxKeyHex, 'hex')).update('shuyu dev twin seed').digest();
  return digest.readUIntBE(0, 6);
}
