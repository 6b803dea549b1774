/**
 * What an operator sees of a run. Before the reviewer decides, nothing depends on live values:
 * the status is `queued` until the run starts, then `running` until its start plus the
 * agreement's query timeout (the deadline of a run's statements, whether it succeeded, failed
 * or was blocked), then `awaiting-release`, whatever the run is doing. The times shown follow the same rule, so neither the
 * status nor its timing says how the run went. After the decision: `released` or `rejected`,
 * with the reviewer's comment.
 */
import type { OperatorRunView, Run } from './run';

export function operatorView(run: Run, queryTimeoutMs: number, now: Date): OperatorRunView {
  const base = { id: run.id, modelId: run.modelId, params: run.params, createdAt: run.createdAt };
  if (run.status === 'released' || run.status === 'rejected') return { ...base, status: run.status, updatedAt: run.releasedAt ?? run.createdAt, releaseComment: run.releaseComment };
  if (run.status === 'queued') return { ...base, status: 'queued', updatedAt: run.createdAt };
  const settledAt = new Date(Date.parse(run.startedAt) + queryTimeoutMs);
  // Not even a run still executing past that time shows it: the reviewer acts only on finished runs anyway.
  if (now < settledAt) return { ...base, status: 'running', updatedAt: run.startedAt };
  return { ...base, status: 'awaiting-release', updatedAt: settledAt.toISOString() };
}
