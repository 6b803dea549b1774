/**
 * The filing schedule of an agreement (定期报备): a period (monthly, quarterly, half-yearly or
 * yearly; quarterly by default) and grace days (15 by default). Its obligations are the calendar
 * periods, in Asia/Shanghai, that the agreement's term touches, from the one holding its start to
 * the one holding its end (or its termination); each period's filing is due at the period's end
 * plus the grace days. Periods are named `2026-03`, `2026-Q1`, `2026-H1` or `2026`.
 */
export const filingPeriodKinds = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type FilingPeriodKind = (typeof filingPeriodKinds)[number];
export type FilingSchedule = { filingPeriod: FilingPeriodKind; filingGraceDays: number };

export const DEFAULT_FILING_SCHEDULE: FilingSchedule = { filingPeriod: 'quarterly', filingGraceDays: 15 };

/** One period's filing obligation: the calendar period [startsAt, endsAt) and when its filing is due. */
export type Obligation = { period: string; startsAt: string; endsAt: string; dueAt: string };

const MONTHS: Record<FilingPeriodKind, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };
/** China Standard Time has no daylight saving: UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
/** A term is at most five years (applications refuse longer ones); this bounds the loop whatever is stored. */
const MAX_PERIODS = 120;

/** The instant a Shanghai calendar month starts (months past 11 roll into later years). */
const monthStart = (year: number, month: number) => Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS;

function label(kind: FilingPeriodKind, year: number, firstMonth: number): string {
  switch (kind) {
    case 'monthly': return `${year}-${String(firstMonth + 1).padStart(2, '0')}`;
    case 'quarterly': return `${year}-Q${firstMonth / 3 + 1}`;
    case 'half-yearly': return `${year}-H${firstMonth / 6 + 1}`;
    case 'yearly': return `${year}`;
  }
}

/** The obligations of a term under a schedule, in order. */
export function obligationsFor(schedule: FilingSchedule, term: { startsAt: string; endsAt: string }): Obligation[] {
  const months = MONTHS[schedule.filingPeriod];
  const end = new Date(term.endsAt).getTime();
  if (new Date(term.startsAt).getTime() >= end) return [];
  const shanghai = new Date(new Date(term.startsAt).getTime() + SHANGHAI_OFFSET_MS);
  let year = shanghai.getUTCFullYear();
  let first = Math.floor(shanghai.getUTCMonth() / months) * months;
  const out: Obligation[] = [];
  while (out.length < MAX_PERIODS && monthStart(year, first) < end) {
    const periodEnd = monthStart(year, first + months);
    out.push({
      period: label(schedule.filingPeriod, year, first),
      startsAt: new Date(monthStart(year, first)).toISOString(),
      endsAt: new Date(periodEnd).toISOString(),
      dueAt: new Date(periodEnd + schedule.filingGraceDays * DAY_MS).toISOString(),
    });
    first += months;
    if (first >= 12) {
      year += 1;
      first -= 12;
    }
  }
  return out;
}
