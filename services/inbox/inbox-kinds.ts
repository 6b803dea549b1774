/**
 * What waits for the caller's action, by role. Each kind is a count; the console shows it as
 * an inbox and opens the matching list.
 *
 * - authority: `applications.decide` (submitted; every requested dataset has its source unit's
 *   consent, so only the authority can move it on),
 *   `applications.awaiting-consent` (submitted; some dataset still lacks its consent decision),
 *   `applications.refused` (a source unit refused: coordinate or reject),
 *   `models.review` (versions `submitted`), `runs.release` (runs that wait for the reviewer:
 *   `awaiting-release`, `blocked`, `failed`; a blocked or failed run can only be rejected),
 *   `products.review` (products `submitted`), `filings.overdue` (filing obligations the scheduler
 *   flagged overdue and no filing has cleared).
 * - source: `applications.consent` (open applications, submitted or refused by another unit,
 *   that ask for one of its datasets that has no consent decision yet, or whose refusal the
 *   authority reopened), `feedback.open` (quality feedback on its datasets not answered yet).
 * - operator: `runs.released` (its runs released), `applications.pending` (its applications
 *   still open: `submitted` or `refused`), `feedback.answered` (its feedback answered and not
 *   closed), `filings.due` (its filing obligations without a filing that are due within 14 days
 *   or overdue).
 * - authority, too: `risks.open` (risk reports not yet closed), `qualifications.review`
 *   (qualification applications submitted), `directory.review` (directory proposals not yet
 *   decided), `partners.review` (partners filed and not yet decided).
 * - examiner: `models.review`, `runs.release` (in the agreements it is entrusted with).
 * - auditor: `audit.entries` (audit entries recorded today, Asia/Shanghai calendar day).
 */
import type { Role } from '../../policies/roles';

export const inboxKinds = [
  'applications.decide', 'applications.awaiting-consent', 'applications.refused', 'models.review', 'runs.release', 'products.review',
  'applications.consent', 'runs.released', 'applications.pending', 'audit.entries',
  'feedback.open', 'feedback.answered', 'filings.due', 'filings.overdue',
  'risks.open', 'qualifications.review', 'directory.review', 'partners.review',
] as const;
export type InboxKind = (typeof inboxKinds)[number];

export const kindsByRole: Record<Role, InboxKind[]> = {
  authority: ['applications.decide', 'applications.awaiting-consent', 'applications.refused', 'models.review', 'runs.release', 'products.review', 'filings.overdue',
    'risks.open', 'qualifications.review', 'directory.review', 'partners.review'],
  source: ['applications.consent', 'feedback.open'],
  operator: ['runs.released', 'applications.pending', 'feedback.answered', 'filings.due'],
  auditor: ['audit.entries'],
  examiner: ['models.review', 'runs.release'],
  partner: [],
};

const DAY_MS = 86_400_000;
/** China Standard Time has no daylight saving: UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai calendar day that holds `now`, as ISO instants [from, to). */
export function shanghaiDay(now: Date): { from: string; to: string } {
  const start = Math.floor((now.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  return { from: new Date(start).toISOString(), to: new Date(start + DAY_MS).toISOString() };
}
