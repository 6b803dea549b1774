import crypto from 'node:crypto';

/**
 * A risk report (风险报备): a hazard on one agreement that the authority must acknowledge and then
 * close with a resolution. An operator's own suspension of its agreement (a risk stop) opens one
 * in the same transaction; the authority may open one itself.
 * open → acknowledged → closed.
 */
export const riskReportStatuses = ['open', 'acknowledged', 'closed'] as const;
export type RiskReportStatus = (typeof riskReportStatuses)[number];
export const riskReportSources = ['operator_suspension', 'authority'] as const;

export type RiskReport = {
  id: string;
  agreementId: string;
  operatorUnit: string;
  source: (typeof riskReportSources)[number];
  summary: string;
  status: RiskReportStatus;
  openedBy: string;
  openedAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  acknowledgement: string | null;
  closedBy: string | null;
  closedAt: string | null;
  resolution: string | null;
};

/** A new, open report with its id. */
export function newRiskReport(fields: Pick<RiskReport, 'agreementId' | 'operatorUnit' | 'source' | 'summary' | 'openedBy' | 'openedAt'>): RiskReport {
  return { ...fields, id: `rsk_${crypto.randomUUID()}`, status: 'open', acknowledgedBy: null, acknowledgedAt: null, acknowledgement: null, closedBy: null, closedAt: null, resolution: null };
}
