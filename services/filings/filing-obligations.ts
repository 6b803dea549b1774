/**
 * An agreement's filing obligations and where each stands, from its schedule, its term (cut at
 * its termination), its filings and the scheduler's flags. `overdue` is the scheduler's word:
 * an obligation past due that the job has not flagged yet is still `due`.
 */
import type { Agreement } from '../agreements/agreement';
import type { Filing, ObligationState, OverdueFlag } from './filing';
import { obligationsFor, type FilingSchedule, type Obligation } from './filing-schedule';

export type ObligationView = Obligation & {
  agreementId: string;
  operatorUnit: string;
  state: ObligationState;
  filingId: string | null;
  flaggedAt: string | null;
};

/** The term the obligations run over: from the start to the end of the term, or to the termination. */
export function obligationTerm(agreement: Pick<Agreement, 'startsAt' | 'endsAt'>, terminatedAt: string | undefined): { startsAt: string; endsAt: string } {
  const endsAt = terminatedAt !== undefined && terminatedAt < agreement.endsAt ? terminatedAt : agreement.endsAt;
  return { startsAt: agreement.startsAt, endsAt };
}

export function obligationViews(
  agreement: Pick<Agreement, 'id' | 'operatorUnit' | 'startsAt' | 'endsAt'>, schedule: FilingSchedule, terminatedAt: string | undefined,
  filings: Filing[], flags: OverdueFlag[], now: Date,
): ObligationView[] {
  const at = now.toISOString();
  return obligationsFor(schedule, obligationTerm(agreement, terminatedAt)).map((o) => {
    const filing = filings.find((f) => f.agreementId === agreement.id && f.period === o.period);
    const flag = flags.find((f) => f.agreementId === agreement.id && f.period === o.period);
    const state: ObligationState = filing ? (filing.late ? 'filed_late' : 'filed')
      : flag && flag.clearedAt === null ? 'overdue'
        : at < o.endsAt ? 'upcoming' : 'due';
    return { ...o, agreementId: agreement.id, operatorUnit: agreement.operatorUnit, state, filingId: filing?.id ?? null, flaggedAt: flag?.flaggedAt ?? null };
  });
}
