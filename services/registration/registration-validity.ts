/**
 * A product's registration (登记, 登记管理暂行办法) is valid for three years from the authority's
 * approval. The authority renews it, three years from the previous expiry at a time, from 90 days
 * before the expiry on (or after it has passed). An expired registration stops serving (410
 * `registration_expired`) until it is renewed.
 */
export const REGISTRATION_YEARS = 3;
export const RENEWAL_WINDOW_DAYS = 90;
export const registrationStates = ['valid', 'renewal_due', 'expired'] as const;
export type RegistrationState = (typeof registrationStates)[number];

/** One renewal: the expiry it extended and the new one (three calendar years later). */
export type Renewal = { productId: string; previousExpiry: string; newExpiry: string; renewedBy: string; renewedAt: string; comment: string | null };

export type RegistrationValidity = {
  registeredAt: string;
  expiresAt: string;
  /** From here on the authority may renew (90 days before the expiry). */
  renewalOpensAt: string;
  state: RegistrationState;
  renewals: Renewal[];
};

/** The same instant `years` calendar years later (UTC; 29 February runs on to 1 March). */
export function addYears(iso: string, years: number): string {
  const at = new Date(iso);
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return at.toISOString();
}

export function validityOf(registeredAt: string, renewals: readonly Renewal[], now: Date): RegistrationValidity {
  const ordered = [...renewals].sort((a, b) => a.previousExpiry.localeCompare(b.previousExpiry));
  const expiresAt = ordered.at(-1)?.newExpiry ?? addYears(registeredAt, REGISTRATION_YEARS);
  const renewalOpensAt = new Date(Date.parse(expiresAt) - RENEWAL_WINDOW_DAYS * 86_400_000).toISOString();
  const at = now.getTime();
  const state: RegistrationState = at >= Date.parse(expiresAt) ? 'expired' : at >= Date.parse(renewalOpensAt) ? 'renewal_due' : 'valid';
  return { registeredAt, expiresAt, renewalOpensAt, state, renewals: ordered };
}
