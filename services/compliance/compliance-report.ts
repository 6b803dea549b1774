/** The compliance report of one agreement, as JSON answers it and as the HTML page renders it. */
import type { AuditHead } from '../audit/audit-anchor';
import type { ComplianceLine } from './compliance-line';

export const REPORT_FORMAT = 'shuyu.compliance-report/1';

export type ReportActor = { id: string; role: string; unit: string | null };

export type ReportedAgreement = {
  id: string; applicationId: string; operatorUnit: string; scenario: string; purpose: string | null; status: string; startsAt: string; endsAt: string; sandboxId: string;
  datasets: { datasetId: string; title: string; ownerUnit: string; columns: string[] }[];
};

export type ComplianceReport = {
  format: typeof REPORT_FORMAT;
  generatedAt: string;
  agreement: ReportedAgreement;
  /** In time order; each with the audit sequence numbers that back it. */
  lines: (ComplianceLine & { actor: ReportActor | null })[];
  audit: { headAtGeneration: AuditHead };
  /** SHA-256 of the canonical JSON of every other field; recorded in the audit entry of the request that generated it. */
  reportSha256: string;
};
