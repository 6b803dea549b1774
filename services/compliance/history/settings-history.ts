/** Changes of the agreement's settings (disclosure-control thresholds, budgets, two-person release): the audit log is their only record. */
import type { Fact, HistoryProvider } from '../compliance-line';

/** What an entry's details hold besides the fields changed (the answer's status). */
const NOT_A_SETTING = new Set(['status']);

export function settingsHistory(): HistoryProvider {
  return async ({ agreement, trail }) => trail.find('agreement.settings.update', `agreement:${agreement.id}`).map((e) => ({
    at: e.at, kind: 'settings.changed', subject: null, by: e.actorId, auditSeqs: [e.seq],
    facts: Object.fromEntries(Object.entries(e.details).filter(([key]) => !NOT_A_SETTING.has(key))
      .map(([key, value]): [string, Fact] => [key, typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as Fact)])),
  }));
}
