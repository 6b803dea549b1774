/**
 * A filing reports on the operator's partners too (运营合作方, reported on periodically): each
 * partner accepted and active at some time in the filing's period needs its report, and a filing
 * names no one else.
 */
import { UnprocessableError, type ErrorDetail } from '../errors/app-error';
import type { PartnerReport } from './filing';

/** The partners a period's filing must report on: id and name. */
export type ActivePartners = (operatorUnit: string, from: string, to: string) => Promise<{ id: string; name: string }[]>;

export async function checkPartnerReports(
  activeIn: ActivePartners, operatorUnit: string, period: { startsAt: string; endsAt: string }, given: { partnerId: string; report: string }[],
): Promise<PartnerReport[]> {
  const due = await activeIn(operatorUnit, period.startsAt, period.endsAt);
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  for (const [i, r] of given.entries()) {
    if (!due.some((p) => p.id === r.partnerId)) details.push({ path: `partnerReports.${i}.partnerId`, message: 'not a partner of the operator active in this period' });
    else if (seen.has(r.partnerId)) details.push({ path: `partnerReports.${i}.partnerId`, message: 'a partner is reported twice' });
    seen.add(r.partnerId);
  }
  for (const p of due) if (!seen.has(p.id)) details.push({ path: 'partnerReports', column: p.id, message: 'each partner active in the period needs its report' });
  if (details.length) throw new UnprocessableError('the filing must report on each partner active in its period, and on no one else', details, 'partner_reports');
  return given.map((r) => ({ partnerId: r.partnerId, partnerName: due.find((p) => p.id === r.partnerId)!.name, report: r.report }));
}
