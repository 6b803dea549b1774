import crypto from 'node:crypto';
import type { EvidenceFile } from '../evidence/evidence-file';

/**
 * An organisation's qualification (运营单位资格): its application to a call, with material
 * filed as evidence files, and the authority's review. A qualified unit may apply for data
 * until `validUntil`; the authority may revoke the qualification, which suspends the unit's
 * agreements.
 * submitted → qualified | unqualified; qualified → revoked.
 */
export const qualificationStatuses = ['submitted', 'qualified', 'unqualified', 'revoked'] as const;
export type QualificationStatus = (typeof qualificationStatuses)[number];

/** How long a qualification lasts when the review does not say: three years. */
export const DEFAULT_QUALIFICATION_YEARS = 3;

export type Qualification = {
  id: string;
  /** Null for a unit that operated before calls existed (kept by migration). */
  callId: string | null;
  operatorUnit: string;
  applicantId: string;
  statement: string;
  materials: EvidenceFile[];
  status: QualificationStatus;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reasons: string | null;
  validUntil: string | null;
  revokedBy: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
};

export function newQualification(fields: Pick<Qualification, 'callId' | 'operatorUnit' | 'applicantId' | 'statement' | 'materials' | 'submittedAt'>): Qualification {
  return {
    ...fields, id: `qual_${crypto.randomUUID()}`, status: 'submitted', reviewedBy: null, reviewedAt: null, reasons: null, validUntil: null,
    revokedBy: null, revokedAt: null, revocationReason: null,
  };
}

/** Whether the qualification lets its unit apply for data at `now`. */
export function isInForce(q: Qualification, now: Date): boolean {
  return q.status === 'qualified' && q.validUntil !== null && Date.parse(q.validUntil) > now.getTime();
}
