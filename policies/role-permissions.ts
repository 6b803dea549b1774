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

const everyone = (me: Me): Grant[] => [
  { action: 'read', subject: 'Principal', conditions: { id: me.id }, reason: 'everyone may read themselves' },
  { action: 'read', subject: 'Dataset', reason: 'the catalog metadata is visible to every role' },
];

export const rolePermissions: Record<Role, (me: Me) => Grant[]> = {
  authority: (me) => [
    ...everyone(me),
    { action: ['create', 'read', 'list', 'delete'], subject: 'Principal', reason: 'the authority manages principals' },
    { action: ['read', 'verify', 'export'], subject: 'AuditLog', reason: 'the authority audits the platform' },
    { action: 'read', subject: 'Metrics', reason: 'the authority operates the platform' },
  ],
  source: (me) => [
    ...everyone(me),
    { action: 'create', subject: 'Dataset', reason: 'source units register their datasets' },
    { action: ['update', 'preview'], subject: 'Dataset', conditions: { ownerUnit: me.unit }, reason: 'only the owning source unit changes or previews a dataset' },
  ],
  operator: (me) => [...everyone(me)],
  auditor: (me) => [
    ...everyone(me),
    { action: ['read', 'verify', 'export'], subject: 'AuditLog', reason: 'auditors read and verify the audit log' },
  ],
};
