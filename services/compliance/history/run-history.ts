/**
 * Runs of approved models and their release review (出域审核): the first and second approvals,
 * the release or the rejection. An operator reads its runs as it may see them anywhere else:
 * before the decision no outcome (blocked, failed, row counts, a first approval), after it only
 * released or rejected.
 */
import type { ModelStore } from '../../models/model-store';
import type { RunStore } from '../../runs/run-store';
import type { Run } from '../../runs/run';
import { closestSeq, type ComplianceLine, type Fact, type HistoryProvider } from '../compliance-line';

export function runHistory(runs: RunStore, models: ModelStore): HistoryProvider {
  return async ({ agreement, trail, reviewerView }) => {
    const names = new Map((await models.bySandbox(agreement.sandboxId)).map((m) => [m.id, `${m.name} v${m.version}`]));
    return (await runs.bySandbox(agreement.sandboxId)).flatMap((run): ComplianceLine[] => {
      const resource = `run:${run.id}`;
      const subject = `${names.get(run.modelId) ?? run.modelId} · ${run.id}`;
      const approvals = trail.find('run.release', resource, { decision: 'approve' });
      const outcome: Record<string, Fact> = reviewerView ? { status: run.status, rowCount: run.rowCount, suppressedRows: run.disclosure.suppressedRows } : {};
      const lines: ComplianceLine[] = [{ at: run.createdAt, kind: 'run.submitted', subject, by: run.runBy, facts: { params: JSON.stringify(run.params), ...outcome }, auditSeqs: trail.seqs('run.create', resource) }];
      const decided = run.status === 'released' || run.status === 'rejected';
      if (run.firstApproval && (reviewerView || run.status === 'released')) {
        lines.push({ at: run.firstApproval.at, kind: 'run.first_approval', subject, by: run.firstApproval.by, facts: { comment: run.firstApproval.comment }, auditSeqs: closestSeq(approvals, run.firstApproval.at) });
      }
      if (decided && run.releasedAt) lines.push(decision(run, subject, run.status === 'released' ? approvals.at(-1) : trail.find('run.release', resource, { decision: 'reject' }).at(-1)));
      return lines;
    });
  };
}

function decision(run: Run, subject: string, entry: { seq: number } | undefined): ComplianceLine {
  return {
    at: run.releasedAt as string, kind: run.status === 'released' ? 'run.released' : 'run.rejected', subject, by: run.releasedBy,
    facts: { comment: run.releaseComment, ...(run.status === 'released' ? { outputSha256: run.outputSha256 } : {}) }, auditSeqs: entry ? [entry.seq] : [],
  };
}
