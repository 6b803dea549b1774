/** Each model version (名称, 版本, SHA-256, 用途) and its review (模型查验), with the grants the review gave. */
import type { ModelStore } from '../../models/model-store';
import type { ComplianceLine, HistoryProvider } from '../compliance-line';

export function modelHistory(models: ModelStore): HistoryProvider {
  return async ({ agreement, trail }) => (await models.bySandbox(agreement.sandboxId)).flatMap((m): ComplianceLine[] => {
    const resource = `model:${m.id}`;
    const subject = `${m.name} v${m.version}`;
    const lines: ComplianceLine[] = [{
      at: m.createdAt, kind: 'model.submitted', subject, by: m.createdBy, auditSeqs: trail.seqs('model.submit', resource),
      facts: { purpose: m.purpose, sha256: m.sha256, failedChecks: m.checks.filter((c) => !c.passed).map((c) => c.name) },
    }];
    if (m.reviewedAt) {
      lines.push({
        at: m.reviewedAt, kind: m.status === 'approved' ? 'model.approved' : 'model.rejected', subject, by: m.reviewedBy, auditSeqs: trail.seqs('model.review', resource),
        facts: { comment: m.reviewComment, recordLevelGranted: m.recordLevelGranted, unsafeStatisticsGranted: m.unsafeStatisticsGranted },
      });
    }
    return lines;
  });
}
