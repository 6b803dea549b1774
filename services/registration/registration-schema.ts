/** The registration's validity as the API answers it (products, registration packages, renewals). */
import { z } from 'zod';
import { registrationStates } from './registration-validity';

export const renewalSchema = z.object({
  productId: z.string(), previousExpiry: z.string(), newExpiry: z.string(), renewedBy: z.string(), renewedAt: z.string(), comment: z.string().nullable(),
});

export const registrationValiditySchema = z.object({
  registeredAt: z.string(), expiresAt: z.string().describe('three years from the registration, three more per renewal'),
  renewalOpensAt: z.string().describe('90 days before the expiry: the authority may renew from then on'),
  state: z.enum(registrationStates).describe('`expired`: the product stops serving (410 registration_expired) until renewed'),
  renewals: z.array(renewalSchema),
});
