/**
 * The filings job (daily by default, `SHUYU_FILINGS_CRON`): flags every obligation past its due
 * time without a filing as overdue, each with its own audit entry (`filing.overdue`, by the
 * system) in the same transaction. A flag is raised once: a second run, or a run racing a
 * filing, changes nothing and writes no entry. Every agreement counts, ended ones too: the
 * filing of a term's last period falls due after the term.
 */
import type { AgreementStore } from '../agreements/agreement-store';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { AuditService } from '../audit/audit-service';
import type { Clock } from '../config/clock';
import { obligationViews } from './filing-obligations';
import type { FilingStore } from './filing-store';

export type FlaggerRun = { flagged: { agreementId: string; period: string }[] };

export class OverdueFlagger {
  constructor(private readonly deps: { store: FilingStore; agreements: AgreementStore; settings: AgreementSettingsStore; audit: AuditService; clock: Clock }) {}

  async run(): Promise<FlaggerRun> {
    const now = this.deps.clock.now();
    const at = now.toISOString();
    const [agreements, filings, flags, terminations] = await Promise.all([
      this.deps.agreements.list(), this.deps.store.list(), this.deps.store.flags(), this.deps.store.terminations(),
    ]);
    const result: FlaggerRun = { flagged: [] };
    for (const agreement of agreements) {
      const views = obligationViews(agreement, await this.deps.settings.get(agreement.id), terminations.get(agreement.id), filings, flags, now);
      for (const o of views.filter((v) => v.state === 'due' && v.dueAt <= at)) {
        const flag = { agreementId: agreement.id, period: o.period, operatorUnit: agreement.operatorUnit, dueAt: o.dueAt, flaggedAt: at };
        const raised = await this.deps.audit.recordIfChanged({
          actorId: null, role: 'system', action: 'filing.overdue', resource: `agreement:${agreement.id}`, outcome: 'allowed', requestId: 'scheduler',
          agreementId: agreement.id, details: { period: o.period, dueAt: o.dueAt, operatorUnit: agreement.operatorUnit },
        }, (tx) => this.deps.store.flag(flag, tx));
        if (raised) result.flagged.push({ agreementId: agreement.id, period: o.period });
      }
    }
    return result;
  }
}
