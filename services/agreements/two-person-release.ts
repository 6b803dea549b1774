/**
 * Two-person release (双人复核): a run of an agreement on `important` or `core` data (GB/T 43697)
 * is released only when two different reviewers approve it; elsewhere the authority may switch
 * it on per agreement. Neither reviewer may be the run's operator, and the model's approver may
 * not give the second approval.
 */
import type { Agreement } from './agreement';

const ALWAYS_TWO_PERSON = new Set(['important', 'core']);

/** Whether the agreement's data make two-person release mandatory. */
export async function twoPersonReleaseRequired(agreement: Pick<Agreement, 'scope'>, levelOf: (datasetId: string) => Promise<string>): Promise<boolean> {
  const levels = await Promise.all(agreement.scope.map((d) => levelOf(d.datasetId)));
  return levels.some((level) => ALWAYS_TWO_PERSON.has(level));
}

/** How many approvals a release of this agreement's runs needs. */
export async function approvalsNeeded(agreement: Pick<Agreement, 'scope'>, chosen: boolean, levelOf: (datasetId: string) => Promise<string>): Promise<1 | 2> {
  return chosen || (await twoPersonReleaseRequired(agreement, levelOf)) ? 2 : 1;
}
