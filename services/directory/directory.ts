import crypto from 'node:crypto';

/**
 * The directory of data open to authorized operation (授权运营目录, Arts. 5–6): which datasets,
 * which of their columns, for which scenarios and with what openness. The authority publishes
 * it in versions; a dataset's source unit proposes its entry, the authority publishes or
 * rejects the proposal, and may withdraw an entry. Each publication is a new version holding
 * the whole directory; an application may only name what the current version offers.
 */
export const directoryOpennesses = ['unconditional', 'conditional'] as const;
export type DirectoryOpenness = (typeof directoryOpennesses)[number];

export type DirectoryEntry = {
  datasetId: string;
  columns: string[];
  /** The scenarios the data may serve; empty: any scenario. */
  scenarios: string[];
  openness: DirectoryOpenness;
};

export type DirectoryVersion = { version: number; publishedBy: string; publishedAt: string; note: string; entries: DirectoryEntry[] };

export const proposalStatuses = ['proposed', 'published', 'rejected'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export type DirectoryProposal = DirectoryEntry & {
  id: string;
  sourceUnit: string;
  note: string | null;
  status: ProposalStatus;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  publishedVersion: number | null;
};

export function newProposal(fields: DirectoryEntry & Pick<DirectoryProposal, 'sourceUnit' | 'note' | 'proposedBy' | 'proposedAt'>): DirectoryProposal {
  return { ...fields, id: `dirp_${crypto.randomUUID()}`, status: 'proposed', decidedBy: null, decidedAt: null, decisionComment: null, publishedVersion: null };
}

/** The next version: `current`'s entries with `change` applied (an entry put, or a dataset withdrawn). */
export function nextEntries(current: DirectoryEntry[], change: { put: DirectoryEntry } | { withdraw: string }): DirectoryEntry[] {
  const datasetId = 'put' in change ? change.put.datasetId : change.withdraw;
  const kept = current.filter((e) => e.datasetId !== datasetId);
  return 'put' in change ? [...kept, change.put].sort((a, b) => a.datasetId.localeCompare(b.datasetId)) : kept;
}
