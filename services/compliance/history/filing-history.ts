/**
 * Periodic filings (定期报备): each filing and its corrections (with the hashes of their files),
 * and each obligation the scheduler flagged overdue and, if it was, the filing that cleared it.
 */
import type { FilingStore } from '../../filings/filing-store';
import type { ComplianceLine, HistoryProvider } from '../compliance-line';

export function filingHistory(filings: FilingStore): HistoryProvider {
  return async ({ agreement, trail }) => {
    const lines: ComplianceLine[] = [];
    for (const flag of await filings.flags(agreement.id)) {
      lines.push({
        at: flag.flaggedAt, kind: 'filing.overdue', subject: flag.period, by: null, facts: { period: flag.period, dueAt: flag.dueAt },
        auditSeqs: trail.seqs('filing.overdue', `agreement:${agreement.id}`, { period: flag.period }),
      });
    }
    for (const filing of await filings.list(agreement.id)) {
      const resource = `filing:${filing.id}`;
      const corrections = trail.seqs('filing.correct', resource);
      for (const v of filing.versions) {
        const first = v.version === 1;
        lines.push({
          at: v.submittedAt, kind: first ? 'filing.submitted' : 'filing.corrected', subject: filing.period, by: v.submittedBy,
          facts: {
            period: filing.period, ...(first ? { late: filing.late } : { reason: v.reason }), files: v.attachments.map((f) => `${f.name} sha256:${f.sha256}`),
            partners: v.partnerReports.map((r) => r.partnerName),
          },
          auditSeqs: first ? trail.seqs('filing.submit', resource) : corrections.slice(v.version - 2, v.version - 1),
        });
      }
    }
    return lines;
  };
}
