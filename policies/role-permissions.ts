/**
 * What each role may do. Permissions are only ever given, never taken away: anything not
 * listed here is denied. Conditions refer to the acting principal (`me`).
 */
import type { Action } from './actions';
import type { Role } from './roles';
import type { SubjectType } from './subjects';

export type Me = { id: string; unit: string; entrusted: 'all' | readonly string[] };
export type Grant = {
  action: Action | Action[];
  subject: SubjectType | SubjectType[];
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
    { action: ['read', 'decide'], subject: 'Application', reason: 'the authority decides applications last' },
    { action: 'review', subject: 'Model', reason: 'the authority reviews models (模型查验) and keeps that right when it entrusts an examiner' },
    { action: 'release', subject: 'Run', reason: 'the authority reviews outputs (出域审核) and keeps that right when it entrusts an examiner' },
    { action: 'answer', subject: 'SubjectRequest', reason: 'the authority answers data subjects' },
    { action: ['create', 'read', 'delete'], subject: 'Entrustment', reason: 'the authority entrusts examiners and revokes entrustments' },
    { action: ['create', 'read', 'update'], subject: 'RiskReport', reason: 'the authority opens, acknowledges and closes risk reports (风险报备)' },
    { action: 'decide', subject: 'Dataset', reason: 'the authority approves rule sets that keep identifiers in clear' },
    { action: ['read', 'update', 'suspend', 'resume', 'terminate'], subject: 'Agreement', reason: 'the authority supervises agreements' },
    { action: 'read', subject: 'Sandbox', reason: 'the authority supervises sandboxes (metadata, never rows)' },
    { action: 'list', subject: 'Sandbox', reason: 'the reviewer lists the models and runs of every sandbox (its inboxes: GET /models, GET /runs)' },
    { action: ['read', 'decide'], subject: 'Product', reason: 'the authority registers products (登记备案)' },
    { action: ['read', 'update'], subject: 'ProductRegistration', reason: 'the authority issues registration packages and renews registrations (登记管理暂行办法)' },
    { action: 'read', subject: 'ComplianceReport', reason: 'the authority reads the compliance report of every agreement' },
  ],
  source: (me) => [
    ...everyone(me),
    { action: 'create', subject: 'Dataset', reason: 'source units register their datasets' },
    { action: ['update', 'preview'], subject: 'Dataset', conditions: { ownerUnit: me.unit }, reason: 'only the owning source unit changes or previews a dataset' },
    { action: ['read', 'consent'], subject: 'Application', conditions: { sourceUnits: me.unit }, reason: 'source units consent to uses of their data' },
    { action: 'read', subject: ['Agreement', 'Sandbox', 'Product'], conditions: { sourceUnits: me.unit }, reason: 'source units follow the uses of their data' },
  ],
  operator: (me) => [
    ...everyone(me),
    { action: 'create', subject: 'Application', reason: 'operators apply for data' },
    { action: 'read', subject: 'Application', conditions: { operatorUnit: me.unit }, reason: 'operators follow their own applications' },
    { action: ['read', 'suspend'], subject: 'Agreement', conditions: { operatorUnit: me.unit }, reason: 'operators may stop their own agreement (a risk stop)' },
    { action: ['read', 'query'], subject: 'Sandbox', conditions: { operatorUnit: me.unit }, reason: 'operators work in their own sandbox' },
    { action: 'list', subject: 'Sandbox', conditions: { operatorUnit: me.unit }, reason: 'operators list the models and runs of their own sandboxes (GET /models, GET /runs)' },
    { action: 'create', subject: 'Product', reason: 'operators register products from their released outputs and approved models' },
    { action: ['read', 'invoke'], subject: 'Product', conditions: { operatorUnit: me.unit }, reason: 'operators use their own products' },
    { action: ['read', 'invoke'], subject: 'Product', conditions: { grantees: me.unit }, reason: 'grantees use the products granted to them' },
    { action: 'read', subject: 'RiskReport', conditions: { operatorUnit: me.unit }, reason: 'operators follow the risk reports of their own agreements' },
    { action: 'read', subject: 'ProductRegistration', conditions: { operatorUnit: me.unit }, reason: 'operators download the registration packages of their own products (never of products only granted to them)' },
    { action: 'read', subject: 'ComplianceReport', conditions: { operatorUnit: me.unit }, reason: 'operators read the compliance reports of their own agreements' },
  ],
  examiner: (me) => {
    // Entrusted agreements only (every agreement when entrusted platform-wide); none by default.
    const inScope = me.entrusted === 'all' ? undefined : { agreementId: { $in: [...me.entrusted] } };
    return [
      ...everyone(me),
      { action: 'read', subject: 'Agreement', conditions: me.entrusted === 'all' ? undefined : { id: { $in: [...me.entrusted] } }, reason: 'examiners read the agreements they review (scenario, purpose, term)' },
      { action: ['read', 'list'], subject: 'Sandbox', conditions: inScope, reason: 'examiners read the models and runs of the sandboxes they review (metadata, never rows)' },
      { action: 'review', subject: 'Model', conditions: inScope, reason: 'entrusted examiners review models (模型查验)' },
      { action: 'release', subject: 'Run', conditions: inScope, reason: 'entrusted examiners review outputs (出域审核)' },
      { action: 'read', subject: 'Entrustment', conditions: { examinerId: me.id }, reason: 'examiners read their own entrustments' },
    ];
  },
  auditor: (me) => [
    ...everyone(me),
    { action: ['read', 'verify', 'export'], subject: 'AuditLog', reason: 'auditors read and verify the audit log' },
    { action: 'read', subject: ['Application', 'Agreement', 'Sandbox', 'Product', 'RiskReport'], reason: 'auditors review every authorization and risk report' },
    { action: 'read', subject: ['ProductRegistration', 'ComplianceReport'], reason: 'auditors check registration packages and compliance reports' },
  ],
};
