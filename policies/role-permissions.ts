/**
 * What each role may do. Permissions are only ever given, never taken away: anything not
 * listed here is denied. Conditions refer to the acting principal (`me`).
 */
import type { Action } from './actions';
import type { Role } from './roles';
import type { SubjectType } from './subjects';

/**
 * `entrusted`: an examiner's active entrustments. `partner`: what a partner's principal may do
 * now (its operator's unit, and whether the authority granted live work), or null.
 */
export type Me = { id: string; unit: string; entrusted: 'all' | readonly string[]; partner: { operatorUnit: string; live: boolean } | null };
export type Grant = {
  action: Action | Action[];
  subject: SubjectType | SubjectType[];
  conditions?: Record<string, unknown>;
  reason: string;
};

const everyone = (me: Me): Grant[] => [
  { action: 'read', subject: 'Principal', conditions: { id: me.id }, reason: 'everyone may read themselves' },
  { action: 'read', subject: 'Dataset', reason: 'the catalog metadata is visible to every role' },
  { action: 'read', subject: ['Call', 'Directory'], reason: 'calls for operators (征集) and the directory (授权运营目录) are published' },
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
    { action: ['create', 'update'], subject: 'Call', reason: 'the authority opens and closes calls for operators (征集)' },
    { action: ['read', 'decide', 'revoke'], subject: 'Qualification', reason: 'the authority reviews operators’ qualifications and revokes them' },
    { action: ['read', 'decide'], subject: 'DirectoryProposal', reason: 'the authority publishes the directory (授权运营目录) from source units’ proposals' },
    { action: 'delete', subject: 'Directory', reason: 'the authority withdraws a dataset from the directory' },
    { action: ['read', 'decide', 'update', 'terminate'], subject: 'Partner', reason: 'the authority accepts partners (运营合作方), grants them more than dev, and ends them' },
    { action: ['read', 'list'], subject: 'Feedback', reason: 'the authority follows quality feedback (质量反馈) and each source unit’s response times' },
    { action: 'read', subject: 'Filing', reason: 'the authority receives periodic filings (定期报备) and follows overdue ones' },
    { action: ['read', 'update'], subject: 'ProductRegistration', reason: 'the authority issues registration packages and renews registrations (登记管理暂行办法)' },
    { action: 'read', subject: 'ComplianceReport', reason: 'the authority reads the compliance report of every agreement' },
  ],
  source: (me) => [
    ...everyone(me),
    { action: 'create', subject: 'Dataset', reason: 'source units register their datasets' },
    { action: ['update', 'preview'], subject: 'Dataset', conditions: { ownerUnit: me.unit }, reason: 'only the owning source unit changes or previews a dataset' },
    { action: ['read', 'consent'], subject: 'Application', conditions: { sourceUnits: me.unit }, reason: 'source units consent to uses of their data' },
    { action: 'read', subject: ['Agreement', 'Sandbox', 'Product'], conditions: { sourceUnits: me.unit }, reason: 'source units follow the uses of their data' },
    { action: ['create', 'read'], subject: 'DirectoryProposal', conditions: { sourceUnit: me.unit }, reason: 'source units propose their datasets for the directory' },
    { action: ['read', 'answer', 'update'], subject: 'Feedback', conditions: { sourceUnit: me.unit }, reason: 'source units answer and close quality feedback on their datasets' },
  ],
  operator: (me) => [
    ...everyone(me),
    { action: 'create', subject: 'Application', reason: 'operators apply for data' },
    { action: 'read', subject: 'Application', conditions: { operatorUnit: me.unit }, reason: 'operators follow their own applications' },
    { action: ['read', 'suspend'], subject: 'Agreement', conditions: { operatorUnit: me.unit }, reason: 'operators may stop their own agreement (a risk stop)' },
    { action: ['read', 'query', 'execute'], subject: 'Sandbox', conditions: { operatorUnit: me.unit }, reason: 'operators work in their own sandbox' },
    { action: 'list', subject: 'Sandbox', conditions: { operatorUnit: me.unit }, reason: 'operators list the models and runs of their own sandboxes (GET /models, GET /runs)' },
    { action: 'create', subject: 'Product', reason: 'operators register products from their released outputs and approved models' },
    { action: ['read', 'invoke'], subject: 'Product', conditions: { operatorUnit: me.unit }, reason: 'operators use their own products' },
    { action: ['read', 'invoke'], subject: 'Product', conditions: { grantees: me.unit }, reason: 'grantees use the products granted to them' },
    { action: 'read', subject: 'RiskReport', conditions: { operatorUnit: me.unit }, reason: 'operators follow the risk reports of their own agreements' },
    { action: 'create', subject: 'Qualification', reason: 'an operator unit applies to a call with its qualification material' },
    { action: 'read', subject: 'Qualification', conditions: { operatorUnit: me.unit }, reason: 'operators follow their own qualifications' },
    { action: 'create', subject: 'Partner', reason: 'operators file their partners (运营合作方) with the authority' },
    { action: ['read', 'terminate'], subject: 'Partner', conditions: { operatorUnit: me.unit }, reason: 'operators follow and end their own partnerships' },
    { action: ['create', 'read', 'update'], subject: 'Feedback', conditions: { operatorUnit: me.unit }, reason: 'operators raise quality feedback under their own agreements, follow the answers and may close it' },
    { action: ['create', 'read', 'update'], subject: 'Filing', conditions: { operatorUnit: me.unit }, reason: 'operators submit and correct the periodic filings (定期报备) of their own agreements' },
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
  partner: (me) => {
    // Nothing beyond the published catalogue unless the partner is accepted and within its term.
    if (!me.partner) return everyone(me);
    const mine = { operatorUnit: me.partner.operatorUnit };
    return [
      ...everyone(me),
      { action: 'read', subject: 'Agreement', conditions: mine, reason: 'partners read the agreements of the operator they work for (scenario, term)' },
      { action: ['read', 'query', 'list'], subject: 'Sandbox', conditions: mine, reason: 'partners explore the dev twins of their operator’s sandboxes and submit models for review' },
      ...(me.partner.live
        ? [{ action: 'execute', subject: 'Sandbox', conditions: mine, reason: 'a partner the authority granted live work starts runs and reads released outputs' } as Grant]
        : []),
    ];
  },
  auditor: (me) => [
    ...everyone(me),
    { action: ['read', 'verify', 'export'], subject: 'AuditLog', reason: 'auditors read and verify the audit log' },
    { action: 'read', subject: ['Application', 'Agreement', 'Sandbox', 'Product', 'RiskReport'], reason: 'auditors review every authorization and risk report' },
    { action: 'read', subject: ['Qualification', 'DirectoryProposal', 'Partner'], reason: 'auditors review qualifications, the directory’s making and partners' },
    { action: ['read', 'list'], subject: 'Feedback', reason: 'auditors review quality feedback and the source units’ response times' },
    { action: 'read', subject: 'Filing', reason: 'auditors review periodic filings and overdue ones' },
    { action: 'read', subject: ['ProductRegistration', 'ComplianceReport'], reason: 'auditors check registration packages and compliance reports' },
  ],
};
