/** Risk reports (风险报备): opened by the authority or by the operator's risk stop, acknowledged, closed. */
import type { RiskReportStore } from '../../risk-reports/risk-report-store';
import { closestSeq, type ComplianceLine, type HistoryProvider } from '../compliance-line';

export function riskHistory(reports: RiskReportStore): HistoryProvider {
  return async ({ agreement, trail }) => (await reports.list()).filter((r) => r.agreementId === agreement.id).flatMap((r): ComplianceLine[] => {
    const resource = `risk-report:${r.id}`;
    // A risk stop opens its report in the suspension's own transaction: that entry backs both.
    const opened = r.source === 'authority'
      ? trail.seqs('risk_report.open', resource)
      : closestSeq(trail.find('agreement.suspend', `agreement:${agreement.id}`).filter((e) => e.actorId === r.openedBy), r.openedAt);
    return [
      { at: r.openedAt, kind: 'risk.opened', subject: r.id, by: r.openedBy, facts: { source: r.source, summary: r.summary }, auditSeqs: opened },
      ...(r.acknowledgedAt ? [{ at: r.acknowledgedAt, kind: 'risk.acknowledged', subject: r.id, by: r.acknowledgedBy, facts: { note: r.acknowledgement }, auditSeqs: trail.seqs('risk_report.acknowledge', resource) }] : []),
      ...(r.closedAt ? [{ at: r.closedAt, kind: 'risk.closed', subject: r.id, by: r.closedBy, facts: { resolution: r.resolution }, auditSeqs: trail.seqs('risk_report.close', resource) }] : []),
    ];
  });
}
