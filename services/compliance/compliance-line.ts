/**
 * One line of an agreement's compliance report (合规报告): something that happened, when, by whom,
 * its facts, and the audit sequence numbers that back it. A history provider is one function
 * per kind of history (the application, models, runs, ...): a new kind is one more provider.
 */
import type { Agreement } from '../agreements/agreement';
import type { Application } from '../applications/application';
import type { AuditTrail } from '../audit/audit-trail';

export type Fact = string | number | boolean | null | string[];

export type ComplianceLine = {
  at: string;
  /** e.g. `consent.refused`; labelled in the report's language (an unknown kind shows as itself). */
  kind: string;
  /** What the line is about (a model, a run, a product, a dataset): an id or a name. */
  subject: string | null;
  /** The principal who acted, or null for the platform itself. */
  by: string | null;
  facts: Record<string, Fact>;
  auditSeqs: number[];
};

export type HistoryContext = {
  agreement: Agreement;
  application: Application | undefined;
  /** The allowed audit entries carrying the agreement's id, and those of its application. */
  trail: AuditTrail;
  /** The allowed audit entries of further resources recorded without the agreement's id (an entrustment). */
  trailOf(resources: string[]): Promise<AuditTrail>;
  /** Authority and auditors; an operator sees its runs as it may see them (no outcome before the reviewer decides). */
  reviewerView: boolean;
  datasetTitle(datasetId: string): string;
};

export type HistoryProvider = (ctx: HistoryContext) => Promise<ComplianceLine[]>;

/** The entry among `entries` closest in time to `at` (for a record that shares its request's entry with another record). */
export function closestSeq(entries: readonly { seq: number; at: string }[], at: string): number[] {
  const target = Date.parse(at);
  const best = [...entries].sort((a, b) => Math.abs(Date.parse(a.at) - target) - Math.abs(Date.parse(b.at) - target))[0];
  return best ? [best.seq] : [];
}
