/** A principal: one authenticated party (a person or a system) acting in one role for one unit. */
import type { Role } from '../../policies/roles';

export type Principal = {
  id: string;
  name: string;
  role: Role;
  unit: string;
  /** The partner (运营合作方) a `partner` principal acts for; null for every other role. */
  partnerId: string | null;
  createdAt: string;
  revokedAt: string | null;
};
