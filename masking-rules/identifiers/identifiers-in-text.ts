/**
 * Finds identifiers inside free text: resident ID numbers (with a valid check character, or the
 * legacy 15-digit form with a real birth date), unified social credit codes, mobile numbers,
 * Luhn-valid bank cards and e-mail addresses. A candidate must stand alone (no letter or digit
 * touching it), so a hex pseudonym that happens to contain eleven digits in a row is not taken
 * for a mobile. Used by the disclosure scan of outputs and by the guard on free text people
 * write to each other (quality feedback).
 */
import { validateBankCard } from './bank-card';
import { validateCnMobile } from './cn-mobile';
import { validateCnResidentId } from './cn-resident-id';
import { validateEmail } from './email';
import { validateUnifiedSocialCreditCode } from './unified-social-credit-code';

export const textIdentifierKinds = ['cn_id', 'cn_id_legacy', 'uscc', 'cn_mobile', 'bank_card', 'email'] as const;
export type TextIdentifierKind = (typeof textIdentifierKinds)[number];

type Candidate = { pattern: RegExp; valid: (v: string) => boolean };

const CANDIDATES: Record<TextIdentifierKind, Candidate> = {
  cn_id: { pattern: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, valid: (v) => validateCnResidentId(v).valid },
  cn_id_legacy: { pattern: /(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, valid: (v) => validateCnResidentId(v).valid },
  uscc: { pattern: /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g, valid: (v) => { const r = validateUnifiedSocialCreditCode(v); return r.valid && r.warnings.length === 0; } },
  cn_mobile: { pattern: /(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9A-Za-z])/g, valid: (v) => validateCnMobile(v).valid },
  bank_card: { pattern: /(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])/g, valid: (v) => { const r = validateBankCard(v); return r.valid && r.warnings.length === 0; } },
  email: { pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, valid: (v) => validateEmail(v).valid },
};

/** The first of `kinds` (in their order) that occurs in `text`, or null. */
export function firstIdentifierIn<K extends TextIdentifierKind>(text: string, kinds: readonly K[]): K | null {
  for (const kind of kinds) {
    const candidate = CANDIDATES[kind];
    for (const match of text.matchAll(candidate.pattern)) {
      if (candidate.valid(match[0])) return kind;
    }
  }
  return null;
}

/** Every one of `kinds` that occurs in `text`, in the order of `kinds`. */
export function identifiersIn<K extends TextIdentifierKind>(text: string, kinds: readonly K[]): K[] {
  return kinds.filter((kind) => firstIdentifierIn(text, [kind]) !== null);
}
