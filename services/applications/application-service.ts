/**
 * Applications (一事一议): an operator asks; each owning source unit consents or refuses per
 * dataset; the authority decides last. Approval needs every consent and creates the agreement.
 * Every step is a compare-and-set on the stored status, so a second approval or a consent
 * after the decision changes nothing and answers 409. A dataset whose rule set in force keeps
 * identifiers in clear without the authority's approval can be neither applied for nor approved
 * (422 `rules_not_approved`). Each step commits together with its request's audit entry (the
 * `commit` it is given), after every check has passed: a refusal writes nothing.
 */
import crypto from 'node:crypto';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError, type ErrorDetail } from '../errors/app-error';
import type { CatalogService } from '../catalog/catalog-service';
import type { Principal } from '../principals/principal';
import type { SerialConnection, SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Agreement } from '../agreements/agreement';
import { MAX_TERM_YEARS, sourceUnitsOf, type Application, type RequestedDataset } from './application';
import type { ApplicationStore } from './application-store';
import type { RoomCheck } from '../storage/storage-monitor';

export type NewApplication = { scenario: string; purpose: string; datasets: RequestedDataset[]; startsAt: string; endsAt: string };

/** Which datasets' columns may enter a sandbox: the catalog answers, with reasons per dataset. */
export interface ScopeChecker {
  problems(request: RequestedDataset[]): Promise<ErrorDetail[]>;
  /** Datasets whose rule set in force keeps identifiers in clear without the authority's approval. */
  unapprovedRules(request: RequestedDataset[]): Promise<ErrorDetail[]>;
}

/** Who may apply, and for what: the operator unit's qualification and the published directory. */
export interface Eligibility {
  /** When the unit's qualification in force ends; 403 `not_qualified` when it has none. */
  qualifiedUntil(unit: string): Promise<string>;
  /** When the unit's qualification in force ends, or null (read inside `db` when given: an approval's transaction). */
  qualificationEnd(unit: string, db?: SqlRunner): Promise<string | null>;
  /** What of the request the current directory (授权运营目录) does not offer. */
  outsideDirectory(scenario: string, request: RequestedDataset[]): Promise<ErrorDetail[]>;
}

export function applicationSubject(a: Application) {
  return { kind: 'Application' as const, id: a.id, operatorUnit: a.operatorUnit, sourceUnits: sourceUnitsOf(a.datasets) };
}

/** An approval's agreement with its ids chosen; `insert` writes it (and its sandbox record and key) inside the approval's commit. */
export type PreparedAgreement = { agreement: Agreement; insert(tx: SqlRunner): Promise<void> };

/** Prepares the agreement an approval creates; nothing is written until the approval commits. */
export interface AgreementFactory {
  prepareFromApplication(application: Application): PreparedAgreement;
}

export type Decision = { application: Application; agreement: Agreement | null };

export class ApplicationService {
  constructor(
    private readonly deps: { db: SerialConnection; store: ApplicationStore; catalog: CatalogService; scope: ScopeChecker; eligibility: Eligibility; agreements: AgreementFactory; clock: Clock; room?: RoomCheck },
  ) {}

  /** `commitFor` names the request's commit once the application (and so its id) is known. */
  async submit(input: NewApplication, by: Principal, commitFor: (application: Application) => AuditedCommit): Promise<Application> {
    const starts = Date.parse(input.startsAt);
    const ends = Date.parse(input.endsAt);
    const qualifiedUntil = await this.deps.eligibility.qualifiedUntil(by.unit);
    const details: ErrorDetail[] = [];
    if (!(ends > starts)) details.push({ path: 'endsAt', message: 'endsAt must come after startsAt' });
    if (ends > addYears(starts, MAX_TERM_YEARS)) details.push({ path: 'endsAt', message: 'the term may not exceed 5 years' });
    if (ends <= this.deps.clock.now().getTime()) details.push({ path: 'endsAt', message: 'endsAt is in the past' });
    if (ends > Date.parse(qualifiedUntil)) details.push({ path: 'endsAt', message: 'the term may not end after the unit’s qualification (资格) ends' });
    const ids = input.datasets.map((d) => d.datasetId);
    if (new Set(ids).size !== ids.length) details.push({ path: 'datasets', message: 'a dataset is listed twice' });
    details.push(...(await this.deps.scope.problems(input.datasets)));
    if (details.length) throw new UnprocessableError('the application cannot be accepted', details, 'invalid_application');
    await this.requireInDirectory(input.scenario, input.datasets);
    await this.requireApprovedRules(input.datasets);
    const application: Application = {
      id: `app_${crypto.randomUUID()}`,
      operatorId: by.id,
      operatorUnit: by.unit,
      scenario: input.scenario,
      purpose: input.purpose,
      datasets: await Promise.all(
        input.datasets.map(async (d) => ({ datasetId: d.datasetId, columns: [...new Set(d.columns)], ownerUnit: (await this.deps.catalog.get(d.datasetId)).ownerUnit })),
      ),
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(ends).toISOString(),
      status: 'submitted',
      createdAt: this.deps.clock.now().toISOString(),
      decidedBy: null,
      decidedAt: null,
      decisionComment: null,
      consents: [],
      reopened: [],
    };
    await commitFor(application)((tx) => this.deps.store.insert(application, tx));
    return application;
  }

  /** The application if this ability may read it (its operator's unit, an owning source unit, authority, auditor); else 404. */
  async visible(id: string, ability: AppAbility): Promise<Application> {
    const application = await this.deps.store.get(id);
    if (!application || !permits(ability, 'read', applicationSubject(application))) throw new NotFoundError('application');
    return application;
  }

  async list(ability: AppAbility): Promise<Application[]> {
    const all = await Promise.all((await this.deps.store.ids()).map((id) => this.deps.store.get(id)));
    return all.filter((a): a is Application => a !== undefined && permits(ability, 'read', applicationSubject(a)));
  }

  async consent(id: string, datasetId: string, decision: 'approve' | 'reject', comment: string | null, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<Application> {
    const application = await this.visible(id, ability);
    const requested = application.datasets.find((d) => d.datasetId === datasetId);
    if (!requested || requested.ownerUnit !== by.unit) throw new NotFoundError('dataset in this application');
    // Other source units still decide while one refusal awaits the authority's coordination.
    if (application.status !== 'submitted' && application.status !== 'refused') throw new ConflictError(`the application is already ${application.status}`, 'already_decided');
    if (decision === 'reject' && !comment) throw new UnprocessableError('a refusal needs its reason (comment); the operator and the authority read it', [{ path: 'comment', message: 'required' }], 'reason_required');
    const consent = { datasetId, sourceUnit: by.unit, decision, comment, decidedBy: by.id, decidedAt: this.deps.clock.now().toISOString() };
    await commit(async (tx) => {
      // Checked again inside the transaction: a decision committed meanwhile leaves nothing to consent to.
      if (!(await this.deps.store.addConsent(id, consent, tx))) {
        const now = await this.deps.store.get(id, tx);
        if (now && now.status !== 'submitted' && now.status !== 'refused') throw new ConflictError(`the application is already ${now.status}`, 'already_decided');
        throw new ConflictError('this dataset already has a consent decision', 'already_consented');
      }
      if (decision === 'reject') await this.deps.store.markRefused(id, tx);
    });
    return (await this.deps.store.get(id)) as Application;
  }

  /**
   * Records the authority's decision. Approval needs an approving consent for every dataset;
   * the decision, the agreement, its sandbox record and the request's audit entry commit
   * together or not at all. Provisioning is the caller's to start, after this returns.
   */
  async decide(id: string, decision: 'approve' | 'reject', comment: string | null, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<Decision> {
    const application = await this.visible(id, ability);
    const open = application.status === 'submitted' || (application.status === 'refused' && decision === 'reject');
    if (!open) throw new ConflictError(`the application is already ${application.status}`, 'already_decided');
    if (decision === 'approve') {
      const missing = application.datasets.filter((d) => !application.consents.some((c) => c.datasetId === d.datasetId && c.decision === 'approve'));
      if (missing.length) throw new ConflictError(`approval needs every source unit's consent; missing or refused for ${missing.map((d) => d.datasetId).join(', ')}`, 'consent_missing');
      await this.requireQualifiedThroughTerm(application);
      const refreshed = await this.deps.scope.problems(application.datasets);
      if (refreshed.length) throw new UnprocessableError('the requested scope is no longer available', refreshed, 'invalid_application');
      await this.requireInDirectory(application.scenario, application.datasets);
      await this.requireApprovedRules(application.datasets);
      // Approval provisions a sandbox: refused first when the disk is below its reserve.
      await this.deps.room?.assertRoom('provisioning');
    }
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const at = this.deps.clock.now().toISOString();
    const prepared = decision === 'approve' ? this.deps.agreements.prepareFromApplication(application) : null;
    const agreement = prepared?.agreement ?? null;
    await commit(async (tx) => {
      // Again inside the transaction: a revocation committed since the check above must win.
      if (decision === 'approve') await this.requireQualifiedThroughTerm(application, tx);
      if (!(await this.deps.store.decide(id, status, by.id, at, comment, tx))) throw new ConflictError('the application was decided concurrently', 'already_decided');
      await prepared?.insert(tx);
    }, agreement ? { agreementId: agreement.id, details: { agreementId: agreement.id, sandboxId: agreement.sandboxId } } : undefined);
    return { application: (await this.deps.store.get(id)) as Application, agreement };
  }

  /**
   * The authority's coordination (协调) after a refusal: reopens that dataset's decision once,
   * with a note the source unit reads; the refusal stays in the application's history.
   */
  async coordinate(id: string, datasetId: string, note: string, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<Application> {
    const application = await this.visible(id, ability);
    if (application.status !== 'refused') throw new ConflictError(`the application is ${application.status}; only a refused application is coordinated`, 'not_refused');
    if (!application.datasets.some((d) => d.datasetId === datasetId)) throw new NotFoundError('dataset in this application');
    if (!application.consents.some((c) => c.datasetId === datasetId && c.decision === 'reject')) throw new ConflictError('this dataset was not refused', 'not_refused');
    if (await this.deps.store.wasReopened(id, datasetId)) throw new ConflictError('this refusal was already coordinated once', 'already_coordinated');
    const at = this.deps.clock.now().toISOString();
    await commit(async (tx) => {
      const reopened = await this.deps.store.reopen(id, datasetId, by.id, at, note, tx).catch((error: unknown) => {
        if (/Duplicate key|PRIMARY KEY/i.test(String(error))) throw new ConflictError('this refusal was already coordinated once', 'already_coordinated');
        throw error;
      });
      if (!reopened) throw new ConflictError('the application changed meanwhile', 'not_refused');
    }, { details: { datasetId, note } });
    return (await this.deps.store.get(id)) as Application;
  }

  /** 409 `operator_not_qualified` unless the operator unit's qualification in force lasts the whole term asked for. */
  private async requireQualifiedThroughTerm(application: Application, db?: SqlRunner): Promise<void> {
    const end = await this.deps.eligibility.qualificationEnd(application.operatorUnit, db);
    if (!end) throw new ConflictError('the operator’s unit has no qualification in force: it must be qualified again before an agreement is granted', 'operator_not_qualified');
    if (Date.parse(application.endsAt) > Date.parse(end)) throw new ConflictError('the term asked for ends after the operator’s qualification: the unit must be qualified for the whole term', 'operator_not_qualified');
  }

  /** 422 `not_in_directory` when the current directory does not offer a dataset, column or the scenario. */
  private async requireInDirectory(scenario: string, datasets: RequestedDataset[]): Promise<void> {
    const outside = await this.deps.eligibility.outsideDirectory(scenario, datasets);
    if (outside.length) throw new UnprocessableError('the directory (授权运营目录) does not offer what the application names', outside, 'not_in_directory');
  }

  private async requireApprovedRules(datasets: RequestedDataset[]): Promise<void> {
    const unapproved = await this.deps.scope.unapprovedRules(datasets);
    if (unapproved.length) throw new UnprocessableError('the masking rules in force keep identifiers in clear without the authority’s approval', unapproved, 'rules_not_approved');
  }
}

function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}
