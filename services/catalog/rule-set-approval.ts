/**
 * The authority's approval of rule-set versions that keep identifiers in clear. A version that keeps
 * a personal, sensitive or identifier column with `keep` needs the authority's approval before any
 * application, agreement decision or sandbox may use it. The rule set in force is always the latest
 * version: when it is pending or rejected the dataset is unusable, and no earlier version is used
 * in its place (the source unit stores a new version, or the authority approves this one).
 */
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { keepsIdentifierInClear } from '../../masking-rules/strategies/keep-strategy';
import type { RuleSetRecord } from './catalog-store';

export const approvalStatuses = ['not_needed', 'pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];
export type RuleSetApproval = { status: ApprovalStatus; by: string | null; at: string | null; comment: string | null };

type Rules = { columns?: Record<string, { strategy?: unknown }> };

/** The personal/identifier columns a rule-set document keeps in clear, in dataset order. */
export function keptInClear(document: unknown, columns: ColumnSpec[]): string[] {
  const rules = (document as Rules | null)?.columns ?? {};
  return columns
    .filter((c) => {
      const strategy = rules[c.name]?.strategy;
      return typeof strategy === 'string' && keepsIdentifierInClear({ strategy }, c);
    })
    .map((c) => c.name);
}

const REJECTED = /^rejected by ([^\s:]+)(?:: ([\s\S]*))?$/u;

/** The stored approval comment of a rejection (see RuleSetRecord). */
export function rejectionComment(by: string, comment: string | null): string {
  return comment ? `rejected by ${by}: ${comment}` : `rejected by ${by}`;
}

/**
 * The approval state of a stored version. `keepsIdentifiers` is the stored flag or, for versions
 * stored before the flag existed, what the document keeps today: never less strict than either.
 */
export function approvalOf(record: RuleSetRecord, columns: ColumnSpec[]): { keepsIdentifiers: boolean; keptInClear: string[]; approval: RuleSetApproval } {
  const kept = keptInClear(record.document, columns);
  const keepsIdentifiers = record.keepsIdentifiers || kept.length > 0;
  if (!keepsIdentifiers) return { keepsIdentifiers, keptInClear: kept, approval: { status: 'not_needed', by: null, at: null, comment: null } };
  return { keepsIdentifiers, keptInClear: kept, approval: decisionOf(record) };
}

function decisionOf(record: RuleSetRecord): RuleSetApproval {
  if (record.approvedAt === null) return { status: 'pending', by: null, at: null, comment: null };
  if (record.approvedBy !== null) return { status: 'approved', by: record.approvedBy, at: record.approvedAt, comment: record.approvalComment };
  const rejected = REJECTED.exec(record.approvalComment ?? '');
  return { status: 'rejected', by: rejected?.[1] ?? null, at: record.approvedAt, comment: rejected?.[2] ?? null };
}

/** Whether a version may be used by applications and sandboxes. */
export function isUsable(approval: RuleSetApproval): boolean {
  return approval.status === 'not_needed' || approval.status === 'approved';
}
