/**
 * Periodic filings (定期报备): operators submit one filing per period of an agreement's schedule
 * (text and attachments, kept by SHA-256), may correct it (a new version; every version is
 * kept), and see what is due; the authority and auditors see every filing and obligation and the
 * overdue count per operator unit. Visibility follows the agreement's operator unit; another
 * tenant's filing or agreement answers 404.
 *
 * Contract: a filing commits with its audit entry and clears its period's overdue flag in the
 * same transaction; a second filing of a period answers 409 and changes nothing.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Agreement } from '../agreements/agreement';
import type { AgreementService } from '../agreements/agreement-service';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { EvidenceUpload } from '../evidence/evidence-file';
import type { EvidenceStore } from '../evidence/evidence-store';
import type { Principal } from '../principals/principal';
import { filingSubject, newFilingId, type Filing, type ObligationState } from './filing';
import { obligationViews, type ObligationView } from './filing-obligations';
import type { FilingStore } from './filing-store';
import { checkPartnerReports, type ActivePartners } from './partner-reports';

export type FilingListFilter = { agreementId?: string; state?: ObligationState };
export type FilingOverview = { obligations: ObligationView[]; filings: Filing[]; overdueByOperator: { operatorUnit: string; overdue: number }[] };
type Deps = { store: FilingStore; agreements: AgreementService; settings: AgreementSettingsStore; evidenceFiles: EvidenceStore; clock: Clock; partnersActiveIn: ActivePartners };

const DAY_MS = 86_400_000;
/** How far ahead an operator's inbox counts obligations as due. */
export const DUE_SOON_DAYS = 14;

export class FilingService {
  constructor(private readonly deps: Deps) {}

  /** The obligations of every agreement whose filings the caller may read, with their states. */
  async obligations(ability: AppAbility, agreementId?: string): Promise<ObligationView[]> {
    const agreements = (await this.deps.agreements.list(ability)).filter((a) => (agreementId === undefined || a.id === agreementId) && this.readable(ability, a));
    return this.viewsOf(agreements, agreementId);
  }

  async overview(ability: AppAbility, filter: FilingListFilter): Promise<FilingOverview> {
    const all = await this.obligations(ability, filter.agreementId);
    const obligations = filter.state === undefined ? all : all.filter((o) => o.state === filter.state);
    const filings = (await this.deps.store.list(filter.agreementId))
      .filter((f) => permits(ability, 'read', filingSubject(f)))
      .filter((f) => filter.state === undefined || filter.state === (f.late ? 'filed_late' : 'filed'));
    const overdue = new Map<string, number>();
    for (const o of all) if (o.state === 'overdue') overdue.set(o.operatorUnit, (overdue.get(o.operatorUnit) ?? 0) + 1);
    return { obligations, filings, overdueByOperator: [...overdue].sort(([a], [b]) => a.localeCompare(b)).map(([operatorUnit, n]) => ({ operatorUnit, overdue: n })) };
  }

  async visible(id: string, ability: AppAbility): Promise<Filing> {
    const found = await this.deps.store.get(id);
    if (!found || !permits(ability, 'read', filingSubject(found))) throw new NotFoundError('filing');
    return found;
  }

  /** An operator files for one period of its agreement's schedule, once the period has begun. */
  async submit(
    input: { agreementId: string; period: string; text: string; attachments: EvidenceUpload[]; partnerReports: { partnerId: string; report: string }[] }, by: Principal, ability: AppAbility, commitFor: (id: string) => AuditedCommit,
  ): Promise<Filing> {
    const agreement = await this.deps.agreements.visible(input.agreementId, ability);
    if (!permits(ability, 'create', filingSubject({ id: '', agreementId: agreement.id, operatorUnit: agreement.operatorUnit }))) throw new NotFoundError('agreement');
    const obligation = (await this.viewsOf([agreement], agreement.id)).find((o) => o.period === input.period);
    if (!obligation) throw new UnprocessableError('not a period of the agreement’s filing schedule', [{ path: 'period', message: 'not a period of this agreement’s filing schedule' }], 'unknown_period');
    const now = this.deps.clock.now().toISOString();
    if (now < obligation.startsAt) throw new UnprocessableError('the period has not begun', [{ path: 'period', message: 'the period has not begun' }], 'period_not_started');
    if (await this.deps.store.byPeriod(agreement.id, input.period)) throw new ConflictError(`the period ${input.period} is filed already; correct that filing instead`, 'already_filed');
    const partnerReports = await checkPartnerReports(this.deps.partnersActiveIn, agreement.operatorUnit, obligation, input.partnerReports);
    const attachments = await this.deps.evidenceFiles.putAll(input.attachments, 'attachments');
    const id = newFilingId();
    const filing = { id, agreementId: agreement.id, operatorUnit: agreement.operatorUnit, period: input.period, dueAt: obligation.dueAt, submittedBy: by.id, submittedAt: now, late: now > obligation.dueAt };
    const first = { version: 1, text: input.text, attachments, partnerReports, reason: null, submittedBy: by.id, submittedAt: now };
    await commitFor(id)(async (tx) => {
      if (await this.deps.store.byPeriod(agreement.id, input.period, tx)) throw new ConflictError(`the period ${input.period} is filed already; correct that filing instead`, 'already_filed');
      await this.deps.store.insert(filing, first, tx);
    }, { agreementId: agreement.id, details: { period: input.period, late: filing.late, files: attachments.map((f) => f.sha256), partners: partnerReports.map((r) => r.partnerId) } });
    return (await this.deps.store.get(id)) as Filing;
  }

  /** A correction: a new version with its reason; without attachments it keeps the previous version's. */
  async correct(
    id: string, input: { text: string; reason: string; attachments?: EvidenceUpload[]; partnerReports?: { partnerId: string; report: string }[] }, by: Principal, ability: AppAbility, commit: AuditedCommit,
  ): Promise<Filing> {
    const filing = await this.visible(id, ability);
    if (!permits(ability, 'update', filingSubject(filing))) throw new NotFoundError('filing');
    const period = (await this.viewsOf([await this.deps.agreements.get(filing.agreementId) as Agreement], filing.agreementId)).find((o) => o.period === filing.period);
    const partnerReports = input.partnerReports === undefined || !period
      ? filing.current.partnerReports
      : await checkPartnerReports(this.deps.partnersActiveIn, filing.operatorUnit, period, input.partnerReports);
    const attachments = input.attachments === undefined ? filing.current.attachments : await this.deps.evidenceFiles.putAll(input.attachments, 'attachments');
    const at = this.deps.clock.now().toISOString();
    await commit(async (tx) => {
      await this.deps.store.addVersion(id, { text: input.text, attachments, partnerReports, reason: input.reason, submittedBy: by.id, submittedAt: at }, tx);
    }, { agreementId: filing.agreementId, details: { period: filing.period, files: attachments.map((f) => f.sha256) } });
    return (await this.deps.store.get(id)) as Filing;
  }

  /** Unfiled obligations of the caller's agreements due within the next days, or overdue (the operator's inbox). */
  async dueSoon(ability: AppAbility): Promise<number> {
    const horizon = new Date(this.deps.clock.now().getTime() + DUE_SOON_DAYS * DAY_MS).toISOString();
    return (await this.obligations(ability)).filter((o) => o.filingId === null && o.dueAt <= horizon).length;
  }

  /** Overdue obligations the caller may see (the authority's inbox). */
  async overdue(ability: AppAbility): Promise<number> {
    return (await this.deps.store.flags()).filter((f) => f.clearedAt === null && permits(ability, 'read', filingSubject({ id: '', agreementId: f.agreementId, operatorUnit: f.operatorUnit }))).length;
  }

  scheduleInUse(agreementId: string): Promise<boolean> {
    return this.deps.store.scheduleInUse(agreementId);
  }

  private readable(ability: AppAbility, a: Agreement): boolean {
    return permits(ability, 'read', filingSubject({ id: '', agreementId: a.id, operatorUnit: a.operatorUnit }));
  }

  /** The obligations of `agreements` (all of them, or the one `agreementId` names) with their states. */
  private async viewsOf(agreements: Agreement[], agreementId?: string): Promise<ObligationView[]> {
    if (agreements.length === 0) return [];
    const [filings, flags, terminations] = await Promise.all([this.deps.store.list(agreementId), this.deps.store.flags(agreementId), this.deps.store.terminations()]);
    const now = this.deps.clock.now();
    const views = await Promise.all(agreements.map(async (a) => obligationViews(a, await this.deps.settings.get(a.id), terminations.get(a.id), filings, flags, now)));
    return views.flat();
  }
}
