/**
 * Risk reports (风险报备): opened by an operator's risk stop (with its suspension) or by the
 * authority; the authority acknowledges and then closes each with a resolution. Visibility
 * follows the agreement's operator unit; another tenant's report answers 404.
 *
 * Contract: every change commits with its audit entry, after every check has passed.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { AgreementStore } from '../agreements/agreement-store';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { Principal } from '../principals/principal';
import { newRiskReport, type RiskReport } from './risk-report';
import type { RiskReportStore } from './risk-report-store';

const subject = (r: RiskReport) => ({ kind: 'RiskReport' as const, id: r.id, agreementId: r.agreementId, operatorUnit: r.operatorUnit });

export class RiskReportService {
  constructor(private readonly deps: { store: RiskReportStore; agreements: AgreementStore; clock: Clock }) {}

  async list(ability: AppAbility): Promise<RiskReport[]> {
    return (await this.deps.store.list()).filter((r) => permits(ability, 'read', subject(r)));
  }

  async visible(id: string, ability: AppAbility): Promise<RiskReport> {
    const found = await this.deps.store.get(id);
    if (!found || !permits(ability, 'read', subject(found))) throw new NotFoundError('risk report');
    return found;
  }

  /** The authority opens a report on an agreement. */
  async open(agreementId: string, summary: string, by: Principal, commitFor: (id: string) => AuditedCommit): Promise<RiskReport> {
    const agreement = await this.deps.agreements.get(agreementId);
    if (!agreement) throw new UnprocessableError('no such agreement', [{ path: 'agreementId', message: 'no such agreement' }], 'unknown_agreement');
    const report = newRiskReport({ agreementId, operatorUnit: agreement.operatorUnit, source: 'authority', summary, openedBy: by.id, openedAt: this.deps.clock.now().toISOString() });
    await commitFor(report.id)((tx) => this.deps.store.insert(report, tx), { agreementId, details: { summary } });
    return report;
  }

  async acknowledge(id: string, note: string, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<RiskReport> {
    const report = await this.visible(id, ability);
    if (report.status !== 'open') throw new ConflictError(`the risk report is ${report.status}`, 'not_open');
    await commit(async (tx) => {
      if (!(await this.deps.store.acknowledge(id, by.id, this.deps.clock.now().toISOString(), note, tx))) throw new ConflictError('the risk report changed meanwhile', 'not_open');
    }, { agreementId: report.agreementId });
    return (await this.deps.store.get(id)) as RiskReport;
  }

  async close(id: string, resolution: string, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<RiskReport> {
    const report = await this.visible(id, ability);
    if (report.status !== 'acknowledged') throw new ConflictError(`the risk report is ${report.status}; acknowledge it first, and close it once`, 'not_acknowledged');
    await commit(async (tx) => {
      if (!(await this.deps.store.close(id, by.id, this.deps.clock.now().toISOString(), resolution, tx))) throw new ConflictError('the risk report changed meanwhile', 'not_acknowledged');
    }, { agreementId: report.agreementId });
    return (await this.deps.store.get(id)) as RiskReport;
  }
}
