/**
 * An operator's application (应用场景申请): datasets × columns for one scenario and one term.
 * submitted → refused (a source unit refused, with its reason) → submitted again when the
 * authority coordinates (协调: reopens that refusal once) → approved | rejected. The authority
 * may also reject a refused application outright.
 */
export const applicationStatuses = ['submitted', 'refused', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export type RequestedDataset = { datasetId: string; columns: string[] };
/** A requested dataset as stored: with the unit that owns it, which must consent. */
export type ScopedDataset = RequestedDataset & { ownerUnit: string };

export type Consent = {
  datasetId: string;
  sourceUnit: string;
  decision: 'approve' | 'reject';
  comment: string | null;
  decidedBy: string;
  decidedAt: string;
};

/** A refusal the authority's coordination reopened: kept, with the coordination, in the application's history. */
export type ReopenedConsent = Consent & { reopenedBy: string; reopenedAt: string; note: string };

export type Application = {
  id: string;
  operatorId: string;
  operatorUnit: string;
  scenario: string;
  purpose: string;
  datasets: ScopedDataset[];
  startsAt: string;
  endsAt: string;
  status: ApplicationStatus;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  consents: Consent[];
  /** Refusals reopened by coordination, oldest first (each dataset at most once). */
  reopened: ReopenedConsent[];
};

/** The longest term an agreement may have: five calendar years. */
export const MAX_TERM_YEARS = 5;

export function sourceUnitsOf(datasets: ScopedDataset[]): string[] {
  return [...new Set(datasets.map((d) => d.ownerUnit))].sort();
}
