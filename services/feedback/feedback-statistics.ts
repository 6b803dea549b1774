/**
 * Per source unit: how much feedback is open (unanswered), answered (not closed) and closed, and
 * how fast the unit answers: hours from raised to the first answer, median and maximum over the
 * feedback it has answered, and the age of its oldest unanswered one (what a median of answered
 * feedback alone would hide).
 */
import type { Feedback } from './feedback';

export type SourceFeedbackStatistics = {
  sourceUnit: string;
  open: number;
  answered: number;
  closed: number;
  responseHours: { count: number; median: number; max: number } | null;
  oldestOpenHours: number | null;
};

const HOUR_MS = 3_600_000;
const hoursBetween = (from: string, to: string | Date) => Math.round(((new Date(to).getTime() - new Date(from).getTime()) / HOUR_MS) * 10) / 10;

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
}

export function feedbackStatistics(all: Feedback[], now: Date): SourceFeedbackStatistics[] {
  const byUnit = new Map<string, Feedback[]>();
  for (const f of all) byUnit.set(f.sourceUnit, [...(byUnit.get(f.sourceUnit) ?? []), f]);
  return [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([sourceUnit, list]) => {
    const responses = list.filter((f) => f.firstAnsweredAt !== null).map((f) => hoursBetween(f.raisedAt, f.firstAnsweredAt as string)).sort((a, b) => a - b);
    const waiting = list.filter((f) => f.status === 'open').map((f) => hoursBetween(f.raisedAt, now));
    return {
      sourceUnit,
      open: list.filter((f) => f.status === 'open').length,
      answered: list.filter((f) => f.status === 'answered').length,
      closed: list.filter((f) => f.status === 'closed').length,
      responseHours: responses.length ? { count: responses.length, median: median(responses), max: responses[responses.length - 1] } : null,
      oldestOpenHours: waiting.length ? Math.max(...waiting) : null,
    };
  });
}
