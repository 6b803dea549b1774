/** Every kind of resource the policy knows. Instances carry the fields conditions look at. */
export const subjectTypes = ['Principal', 'Dataset', 'Application', 'Agreement', 'Sandbox', 'Model', 'Run', 'Product', 'Entrustment', 'RiskReport', 'Feedback', 'Filing', 'ProductRegistration', 'ComplianceReport', 'SubjectRequest', 'Call', 'Qualification', 'Directory', 'DirectoryProposal', 'Partner', 'AuditLog', 'Metrics', 'all'] as const;

export type SubjectType = (typeof subjectTypes)[number];

export type PrincipalSubject = { kind: 'Principal'; id: string; unit: string };
export type DatasetSubject = { kind: 'Dataset'; id: string; ownerUnit: string };
/** Applications and agreements belong to the operator's unit and concern the owning source units. */
export type ApplicationSubject = { kind: 'Application'; id: string; operatorUnit: string; sourceUnits: string[] };
export type AgreementSubject = { kind: 'Agreement'; id: string; operatorUnit: string; sourceUnits: string[] };
/** A sandbox, and the models and runs in it, belong to its agreement (examiners are entrusted per agreement). */
export type SandboxSubject = { kind: 'Sandbox'; id: string; agreementId: string; operatorUnit: string; sourceUnits: string[] };
export type ModelSubject = { kind: 'Model'; id: string; agreementId: string; operatorUnit: string; sourceUnits: string[] };
export type RunSubject = { kind: 'Run'; id: string; agreementId: string; operatorUnit: string; sourceUnits: string[] };
export type EntrustmentSubject = { kind: 'Entrustment'; id: string; examinerId: string };
export type RiskReportSubject = { kind: 'RiskReport'; id: string; agreementId: string; operatorUnit: string };
/** A unit's qualification (资格) is its own; a directory proposal is its source unit's; a partner is filed by its operator unit. */
export type QualificationSubject = { kind: 'Qualification'; id: string; operatorUnit: string };
export type DirectoryProposalSubject = { kind: 'DirectoryProposal'; id: string; sourceUnit: string };
export type PartnerSubject = { kind: 'Partner'; id: string; operatorUnit: string };
/** Quality feedback: raised under the operator unit's agreement, about a dataset of the source unit. */
export type FeedbackSubject = { kind: 'Feedback'; id: string; agreementId: string; operatorUnit: string; sourceUnit: string };
/** A periodic filing (定期报备) of an agreement, by its operator unit. */
export type FilingSubject = { kind: 'Filing'; id: string; agreementId: string; operatorUnit: string };
/** A product is its operator unit's; its grantees (units) may invoke it. */
export type ProductSubject = { kind: 'Product'; id: string; operatorUnit: string; sourceUnits: string[]; grantees: string[] };
/** A registered product's registration package (登记包: definitions, hashes, validity): its operator's, not its grantees'. */
export type ProductRegistrationSubject = { kind: 'ProductRegistration'; id: string; operatorUnit: string };
/** The compliance report of one agreement (合规报告): its operator's. */
export type ComplianceReportSubject = { kind: 'ComplianceReport'; id: string; operatorUnit: string };
export type SubjectInstance = PrincipalSubject | DatasetSubject | ApplicationSubject | AgreementSubject | SandboxSubject | ModelSubject | RunSubject | ProductSubject | EntrustmentSubject | RiskReportSubject
  | QualificationSubject | DirectoryProposalSubject | PartnerSubject | FeedbackSubject | FilingSubject | ProductRegistrationSubject | ComplianceReportSubject;
