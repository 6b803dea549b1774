/**
 * Pure, dependency-free validators for Chinese identifiers, plus a
 * semantic-name lookup table used by the masking/detection engine.
 */

import { validateBankCard } from './bank-card';
import { validateCnMobile } from './cn-mobile';
import { validateCnPlate } from './cn-plate';
import { validateCnResidentId } from './cn-resident-id';
import { validateEmail } from './email';
import { validateUnifiedSocialCreditCode } from './unified-social-credit-code';

export * from './validation-result';
export * from './cn-resident-id';
export * from './unified-social-credit-code';
export * from './cn-mobile';
export * from './bank-card';
export * from './cn-plate';
export * from './email';
export * from './valid-identifier-generators';

export const identifierValidators = {
  cn_id: validateCnResidentId,
  uscc: validateUnifiedSocialCreditCode,
  cn_mobile: validateCnMobile,
  bank_card: validateBankCard,
  plate: validateCnPlate,
  email: validateEmail,
} as const;

export type IdentifierSemantic = keyof typeof identifierValidators;
export * from './identifiers-in-text';
