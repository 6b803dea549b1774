/**
 * What each role may do. Permissions are only ever given, never taken away: anything not
 * listed here is denied. Conditions refer to the acting principal (`me`).
 */
import type { Action } from './actions';
import type { Role } from './roles';
import type { SubjectType } from './subjects';

export type Me = { id: string; unit: string };
export type Grant = {
  action: Action | Action[];
  subject: SubjectType;
  conditions?: Record<string, unknown>;
  reason: string;
};

export const rolePermissions: Record<Role, (me: Me) => Grant[]> = {
  authority: () => [
    { action: ['create', 'read', 'list', 'delete'], subject: 'Principal', reason: 'the authority manages principals' },
    { action: ['read', 'verify', 'export'], subject: 'AuditLog', reason: 'the authority audits the platform' },
    { action: 'read', subject: 'Metrics', reason: 'the authority operates the platform' },
  ],
  source: (me) => [{ action: 'read', subject: 'Principal', conditions: { id: me.id }, reason: 'everyone may read themselves' }],
  operator: (me) => [{ action: 'read', subject: 'Principal', conditions: { id: me.id }, reason: 'everyone may read themselves' }],
  auditor: (me) => [
    { action: 'read', subject: 'Principal', conditions: { id: me.id }, reason: 'everyone may read themselves' },
    { action: ['read', 'verify', 'export'], subject: 'AuditLog', reason: 'auditors read and verify the audit log' },
  ],
};
