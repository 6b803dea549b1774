/** A run of an approved model on `live`, its disclosure result, and its release. */
import type { DisclosureCheck } from '../../sandbox/disclosure/apply-disclosure';

export const runStatuses = ['blocked', 'awaiting-release', 'released', 'rejected'] as const;
export type RunStatus = (typeof runStatuses)[number];

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
  startedAt: string;
  finishedAt: string;
  releasedBy: string | null;
  releasedAt: string | null;
  releaseComment: string | null;
};

/** The stored output of a run: exactly what passed disclosure control. */
export type RunOutput = { columns: { name: string; type: string }[]; rows: unknown[][] };

/** Travels with every released output: where it came from, and how to trace a leaked copy. */
export type ProvenanceManifest = {
  runId: string;
  agreementId: string;
  sandboxId: string;
  model: { id: string; name: string; version: number; sha256: string };
  rulesVersions: { datasetId: string; table: string; vaultVersion: number; rulesVersion: number }[];
  params: Record<string, unknown>;
  checks: DisclosureCheck[];
  suppressedRows: number;
  rowCount: number;
  outputSha256: string;
  fingerprint: string;
  releasedBy: string;
  releasedAt: string;
};
