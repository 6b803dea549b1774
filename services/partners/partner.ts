import crypto from 'node:crypto';
import type { EvidenceFile } from '../evidence/evidence-file';

/**
 * An operator's partner (运营合作方): an organisation that works in the operator's sandboxes
 * under filed duties and a term. The operator files it with evidence (their agreement, kept by
 * SHA-256); the authority accepts or rejects it. An accepted partner's principals explore the
 * dev twins of the operator's sandboxes; starting runs on live data and reading released
 * outputs need the authority's grant (`liveAccess`). Either party may end the partnership.
 * filed → accepted | rejected; accepted → ended.
 */
export const partnerStatuses = ['filed', 'accepted', 'rejected', 'ended'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

export type Partner = {
  id: string;
  operatorUnit: string;
  name: string;
  unit: string;
  duties: string;
  startsAt: string;
  endsAt: string;
  documents: EvidenceFile[];
  status: PartnerStatus;
  liveAccess: boolean;
  filedBy: string;
  filedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  endedBy: string | null;
  endedAt: string | null;
  endReason: string | null;
};

/** What a partner's principals may do now: nothing unless accepted and within its term. */
export type PartnerScope = { operatorUnit: string; live: boolean } | null;

export function newPartner(fields: Pick<Partner, 'operatorUnit' | 'name' | 'unit' | 'duties' | 'startsAt' | 'endsAt' | 'documents' | 'filedBy' | 'filedAt'>): Partner {
  return {
    ...fields, id: `ptn_${crypto.randomUUID()}`, status: 'filed', liveAccess: false,
    decidedBy: null, decidedAt: null, decisionComment: null, endedBy: null, endedAt: null, endReason: null,
  };
}

export function scopeOf(p: Partner | undefined, now: Date): PartnerScope {
  if (!p || p.status !== 'accepted') return null;
  const t = now.getTime();
  if (t < Date.parse(p.startsAt) || t >= Date.parse(p.endsAt)) return null;
  return { operatorUnit: p.operatorUnit, live: p.liveAccess };
}
