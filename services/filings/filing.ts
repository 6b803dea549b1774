import crypto from 'node:crypto';
import type { EvidenceFile } from '../evidence/evidence-file';

/**
 * A periodic filing (定期报备): the operator's report for one period of an agreement's filing
 * schedule, with its text and attached files (kept by SHA-256 in the evidence store). One per
 * agreement and period; a correction adds a version and keeps every earlier one, and the
 * filing keeps the time of its first submission, by which it is on time or late.
 */
/** What a filing reports of one of the operator's partners (运营合作方) active in its period. */
export type PartnerReport = { partnerId: string; partnerName: string; report: string };

export type FilingVersion = {
  version: number; text: string; attachments: EvidenceFile[]; partnerReports: PartnerReport[]; reason: string | null; submittedBy: string; submittedAt: string;
};

export type Filing = {
  id: string;
  agreementId: string;
  operatorUnit: string;
  period: string;
  dueAt: string;
  submittedBy: string;
  submittedAt: string;
  /** First submitted after its due time. */
  late: boolean;
  /** The version in force (the latest). */
  current: FilingVersion;
  versions: FilingVersion[];
};

/**
 * Where an obligation stands: `upcoming` (its period has not ended), `due` (ended, not filed,
 * not flagged), `overdue` (the scheduler flagged it past due without a filing), `filed` (on
 * time), `filed_late` (after its due time; a late filing clears the overdue flag).
 */
export const obligationStates = ['upcoming', 'due', 'overdue', 'filed', 'filed_late'] as const;
export type ObligationState = (typeof obligationStates)[number];

/** The scheduler's flag on an obligation past due without a filing. */
export type OverdueFlag = { agreementId: string; period: string; operatorUnit: string; dueAt: string; flaggedAt: string; clearedAt: string | null; clearedByFiling: string | null };

export function newFilingId(): string {
  return `fil_${crypto.randomUUID()}`;
}

export function filingSubject(f: { id: string; agreementId: string; operatorUnit: string }) {
  return { kind: 'Filing' as const, id: f.id, agreementId: f.agreementId, operatorUnit: f.operatorUnit };
}
