/** The operator's partners a period's filing reports on: accepted, and active at some time in the period (as the server decides). */
import type { Partner } from '../selection/selection-types';

export function partnersActiveIn(partners: Partner[], period: { startsAt: string; endsAt: string }): Partner[] {
  return partners.filter((p) => p.decidedAt !== null && (p.status === 'accepted' || p.status === 'ended')
    && p.startsAt < period.endsAt && p.endsAt > period.startsAt && p.decidedAt < period.endsAt && (p.endedAt === null || p.endedAt > period.startsAt));
}
