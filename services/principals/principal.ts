/** A principal: one authenticated party (a person or a system) acting in one role for one unit. */
import type { Role } from '../../policies/roles';

export type Principal = {
  id: string;
  name: string;
  role: Role;
  unit: string;
  createdAt: string;
  revokedAt: string | null;
};
