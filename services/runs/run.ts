/** A run of an approved model on `live`, its disclosure result, and its release. */
import type { DisclosureCheck } from '../../sandbox/disclosure/apply-disclosure';

/**
 * queued → running → blocked | failed | awaiting-release → released | rejected. Blocked and
 * failed runs wait for the reviewer too (who can only reject them), so that an operator never
 * learns before the decision whether a run succeeded, failed or was blocked.
 */
export const runStatuses = ['queued', 'running', 'blocked', 'failed', 'awaiting-release', 'released', 'rejected'] as const;
export type RunStatus = (typeof runStatuses)[number];
/** What an operator may see of a run's status. */
export const operatorRunStatuses = ['queued', 'running', 'awaiting-release', 'released', 'rejected'] as const;
export type OperatorRunStatus = (typeof operatorRunStatuses)[number];

export type Disclosure = { suppressedRows: number; checks: DisclosureCheck[] };

export type Run = {
  id: string;
  modelId: string;
  agreementId: string;
  sandboxId: string;
  params: Record<string, unknown>;
  status: RunStatus;
  rowCount: number;
  disclosure: Disclosure;
  outputSha256: string | null;
  fingerprint: string | null;
  runBy: string;
  createdAt: string;
  startedAt: string;
  finishedAt: string | null;
  failure: string | null;
  reviewOpenedBy: string | null;
  reviewOpenedAt: string | null;
  /** The first of two approvals, where two-person release applies; the run still awaits release. */
  firstApproval: { by: string; at: string; comment: string | null } | null;
  releasedBy: string | null;
  releasedAt: string | null;
  releaseComment: string | null;
};

/** The operator's view: nothing that depends on live values before the reviewer decides. */
export type OperatorRunView = { id: string; modelId: string; status: OperatorRunStatus; params: Record<string, unknown>; createdAt: string; updatedAt: string; releaseComment?: string | null };

/** The stored output of a run: exactly what passed disclosure control. */
export type RunOutput = { columns: { name: string; type: string }[]; rows: unknown[][] };

/** Travels with every released output: where it came from, how it was checked, and how to trace a leaked copy. */
export type ProvenanceManifest = {
  runId: string;
  agreementId: string;
  sandboxId: string;
  model: { id: string; name: string; version: number; sha256: string };
  rulesVersions: { datasetId: string; table: string; vaultVersion: number; rulesVersion: number }[];
  params: Record<string, unknown>;
  checks: DisclosureCheck[];
  suppressedRows: number;
  suppressedCells: number;
  differencingPairs: number;
  rowCount: number;
  outputSha256: string;
  fingerprint: string;
  /** Every reviewer who approved the release, in order (two under two-person release). */
  approvedBy: string[];
  releasedBy: string;
  releasedAt: string;
};
