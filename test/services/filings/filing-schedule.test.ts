/**
 * Filing obligations from a schedule and a term: calendar periods in Asia/Shanghai from the one
 * holding the start to the one holding the end, each due at its end plus the grace days.
 */
import { obligationsFor } from '../../../services/filings/filing-schedule';

const periods = (schedule: Parameters<typeof obligationsFor>[0], startsAt: string, endsAt: string) => obligationsFor(schedule, { startsAt, endsAt });

describe('filing obligations', () => {
  it('a term from mid-February owes the first quarter whole; quarters end at Shanghai midnight', () => {
    const list = periods({ filingPeriod: 'quarterly', filingGraceDays: 15 }, '2026-02-14T02:00:00Z', '2026-08-01T00:00:00Z');
    expect(list).toEqual([
      { period: '2026-Q1', startsAt: '2025-12-31T16:00:00.000Z', endsAt: '2026-03-31T16:00:00.000Z', dueAt: '2026-04-15T16:00:00.000Z' },
      { period: '2026-Q2', startsAt: '2026-03-31T16:00:00.000Z', endsAt: '2026-06-30T16:00:00.000Z', dueAt: '2026-07-15T16:00:00.000Z' },
      { period: '2026-Q3', startsAt: '2026-06-30T16:00:00.000Z', endsAt: '2026-09-30T16:00:00.000Z', dueAt: '2026-10-15T16:00:00.000Z' },
    ]);
  });

  it('names months, half-years and years, and rolls into the next year', () => {
    expect(periods({ filingPeriod: 'monthly', filingGraceDays: 0 }, '2026-11-20T00:00:00Z', '2027-02-01T00:00:00Z').map((o) => o.period)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periods({ filingPeriod: 'half-yearly', filingGraceDays: 10 }, '2026-05-01T00:00:00Z', '2027-05-01T00:00:00Z').map((o) => o.period)).toEqual(['2026-H1', '2026-H2', '2027-H1']);
    expect(periods({ filingPeriod: 'yearly', filingGraceDays: 30 }, '2026-03-01T00:00:00Z', '2027-03-01T00:00:00Z').map((o) => [o.period, o.dueAt])).toEqual([
      ['2026', '2027-01-30T16:00:00.000Z'], ['2027', '2028-01-30T16:00:00.000Z'],
    ]);
  });

  it('takes the Shanghai date of an instant: 31 March 17:00 UTC is in the second quarter; a term ending at the quarter’s last Shanghai midnight owes that quarter only', () => {
    expect(periods({ filingPeriod: 'quarterly', filingGraceDays: 15 }, '2026-03-31T17:00:00Z', '2026-05-01T00:00:00Z').map((o) => o.period)).toEqual(['2026-Q2']);
    expect(periods({ filingPeriod: 'quarterly', filingGraceDays: 15 }, '2025-12-31T16:00:00Z', '2026-03-31T16:00:00Z').map((o) => o.period)).toEqual(['2026-Q1']);
  });

  it('an empty or inverted term owes nothing', () => {
    expect(periods({ filingPeriod: 'monthly', filingGraceDays: 0 }, '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual([]);
    expect(periods({ filingPeriod: 'monthly', filingGraceDays: 0 }, '2026-04-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual([]);
  });
});
