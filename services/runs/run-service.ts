/**
 * Runs: an approved model on `live`, with its parameters inlined as constants, through
 * disclosure control; then the reviewer's decision. A run is queued at once and executed in
 * the background, so the operator's request reveals nothing of how it went (not even its
 * duration); the operator's view (run-views.ts) shows nothing that depends on live values
 * before the decision. The run's own operator can never release it, a reviewer must have opened
 * the airlock view before releasing, and the run budget caps what repetition can learn.
 */
import crypto from 'node:crypto';
import type { StatementParams } from '../../sandbox/worker/worker-protocol';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import { applyDisclosure, type DisclosureResult } from '../../sandbox/disclosure/apply-disclosure';
import type { ReleasedCell } from '../../sandbox/disclosure/differencing';
import { uniqueSubjectTables } from '../../sandbox/disclosure/unique-subjects';
import type { Clock } from '../config/clock';
import { LiveQueryFailedError } from '../workspace/live-query-failed-error';
import { AppError, ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError } from '../errors/app-error';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { CatalogService } from '../catalog/catalog-service';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { Model } from '../models/model';
import type { ModelService } from '../models/model-service';
import { sandboxSensitivity } from '../models/sensitive-columns';
import type { Principal } from '../principals/principal';
import { inSandboxSubject, type SandboxService } from '../sandboxes/sandbox-service';
import type { QueryService } from '../workspace/query-service';
import type { StatementActor } from '../workspace/statement-journal';
import type { OpenSandbox, WorkspaceAccess } from '../workspace/workspace-access';
import { bindParameters } from './bind-parameters';
import { serialised } from './serialised';
import { OutputFiles } from './output-files';
import type { ReleasedCellsStore } from './released-cells-store';
import type { ProvenanceManifest, Run } from './run';
import type { Agreement } from '../agreements/agreement';
import { approvalsNeeded } from '../agreements/two-person-release';
import { assertIndependent, SeparationOfDutiesError } from '../errors/separation-of-duties-error';
import type { RunStore } from './run-store';
import { tablesReadIn, type TableRead } from './tables-read';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditedCommit } from '../audit/audit-sink';
import { pausePoint } from '../faults/pause-point';
import type { PageFilter } from '../inbox/keyset-page';

export type RunDeps = {
  store: RunStore; models: ModelService; access: WorkspaceAccess; sandboxes: SandboxService; queries: QueryService; settings: AgreementSettingsStore;
  catalog: CatalogService; rules: MaskingRulesService; outputs: OutputFiles; cells: ReleasedCellsStore; clock: Clock; fingerprintKey: Buffer; maxRows: number;
  onError: (runId: string, error: unknown) => void;
  /** Whether a principal may still review this agreement's runs (active; an examiner still entrusted). */
  stillReviews?: (principalId: string, agreement: Agreement) => Promise<boolean>;
  /**
   * The ability a principal holds now (null once revoked), read again when its queued run executes
   * and at each re-check: a partner whose live grant, partnership or term ended meanwhile, or an
   * operator unit whose qualification was revoked, runs nothing on live data.
   */
  currentAbility?: (principalId: string) => Promise<AppAbility | null>;
};

/** What the reviewer reads in the airlock. */
export type RunReview = Pick<DisclosureResult, 'columns' | 'review' | 'pairs' | 'checks' | 'suppressedRows'> & { cells: ReleasedCell[] };

const DAY_MS = 24 * 60 * 60 * 1000;

export class RunService {
  private readonly pending = new Set<Promise<void>>();
  private readonly budgetLocks = new Map<string, Promise<unknown>>();
  /** One disclosure check at a time per agreement, so that each sees every answer given before it. */
  private readonly checkLocks = new Map<string, Promise<unknown>>();
  /** Per sandbox, the live tables with one row per subject (live never changes). */
  private readonly uniqueSubjects = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(private readonly deps: RunDeps) {}

  /**
   * Queues a run of an approved model; checks access, parameters and the run budget first.
   * `commitFor` names the request's commit once the run (and so its id) is known: the queued run
   * commits with the request's audit entry, and only then does it start executing. Without one
   * (benchmarks timing the service alone) the run is inserted alone.
   */
  async start(model: Model, rawParams: Record<string, unknown>, ability: AppAbility, by: Principal, commitFor?: (run: Run) => AuditedCommit): Promise<Run> {
    const open = await this.deps.access.open(model.sandboxId, ability, 'execute');
    if (model.status !== 'approved') throw new ConflictError(`the model is ${model.status}; only approved models run on live data`, 'model_not_approved');
    bindParameters(model.parameters, rawParams);
    // The budget check and the insert are one step per agreement, so parallel requests cannot overrun it.
    const run = await serialised(this.budgetLocks, open.agreement.id, () => this.queue(open, model, rawParams, by, commitFor));
    this.track(this.executeQueued(run.id, model, ability));
    return run;
  }

  private async queue(open: OpenSandbox, model: Model, rawParams: Record<string, unknown>, by: Principal, commitFor?: (run: Run) => AuditedCommit): Promise<Run> {
    const settings = await this.deps.settings.get(open.agreement.id);
    const now = this.deps.clock.now();
    const since = new Date(now.getTime() - DAY_MS).toISOString();
    if ((await this.deps.store.countSince(open.agreement.id, since)) >= settings.runsPerDay) throw new TooManyRequestsError(`the agreement’s run budget (${settings.runsPerDay} runs a day) is used up`, 'run_budget_exhausted');
    if ((await this.deps.store.countSince(open.agreement.id, since, model.id)) >= settings.runsPerModelPerDay) throw new TooManyRequestsError(`this model’s run budget (${settings.runsPerModelPerDay} runs a day) is used up`, 'run_budget_exhausted');
    const at = now.toISOString();
    const run: Run = {
      id: `run_${crypto.randomUUID()}`, modelId: model.id, agreementId: open.agreement.id, sandboxId: open.sandbox.id, params: rawParams,
      status: 'queued', rowCount: 0, disclosure: { suppressedRows: 0, checks: [] }, outputSha256: null, fingerprint: null, runBy: by.id,
      createdAt: at, startedAt: at, finishedAt: null, failure: null, reviewOpenedBy: null, reviewOpenedAt: null, firstApproval: null, releasedBy: null, releasedAt: null, releaseComment: null,
    };
    if (commitFor) await commitFor(run)((tx) => this.deps.store.insert(run, tx));
    else await this.deps.store.insert(run);
    return run;
  }

  /** Resolves when every queued run has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** After a restart: runs that were running are failed (the reviewer sees why), queued ones run now. */
  async recover(): Promise<void> {
    // Releases prepared when the platform stopped: published if their decision committed, else dropped.
    for (const runId of this.deps.outputs.preparedReleases()) {
      const run = await this.deps.store.get(runId);
      if (run?.status === 'released') this.deps.outputs.publishRelease(run.sandboxId, runId);
      else this.deps.outputs.abandonRelease(runId);
    }
    for (const run of await this.deps.store.inStatus(['running'])) {
      await this.deps.store.finish({ ...run, status: 'failed', failure: 'the platform stopped while the run was executing', finishedAt: this.deps.clock.now().toISOString() });
    }
    for (const run of await this.deps.store.inStatus(['queued'])) {
      const model = await this.deps.models.byId(run.modelId);
      this.track(this.executeQueued(run.id, model, null));
    }
  }

  /**
   * An approved model on `live` through disclosure control (also used by API products);
   * `onTablesRead` hears which of the sandbox's tables the parsed statement reads, before it runs.
   */
  async execute(
    open: OpenSandbox, model: Model, params: StatementParams, sourceId: string, recheck: () => Promise<void>, actor: StatementActor, onTablesRead?: (tables: TableRead[]) => void,
  ): Promise<DisclosureResult> {
    if (model.status !== 'approved') throw new ConflictError(`the model is ${model.status}; only approved models run on live data`, 'model_not_approved');
    const settings = await this.deps.settings.get(open.agreement.id);
    const sensitivity = await sandboxSensitivity(open.sandbox, this.deps.catalog, this.deps.rules);
    // Released cells, and those of runs still waiting for the reviewer: either may be released.
    const earlier = [...(await this.deps.cells.forAgreement(open.agreement.id)), ...(await this.pendingCells(open.agreement.id))];
    return this.deps.queries.withGuardedStatement(open, recheck, 'live', model.sql, actor, (statement, db, parser, timeoutMs) => {
      onTablesRead?.(tablesReadIn(statement.tree, open.sandbox.loaded));
      return applyDisclosure({
        db, parser, params, tree: statement.tree, sourceId, tables: sensitivity.profiles, sensitiveColumns: sensitivity.list, settings,
        grants: { recordLevel: model.recordLevelGranted, unsafeStatistics: model.unsafeStatisticsGranted }, earlier, timeoutMs, maxRows: this.deps.maxRows,
        // Keyed on what the sandbox holds, so a reload with other versions is asked again.
        uniqueSubjects: (connection) => this.uniqueSubjectsOf(`${open.sandbox.id}|${JSON.stringify(open.sandbox.loaded.map((l) => [l.table, l.vaultVersion, l.rulesVersion]))}`, () => uniqueSubjectTables(connection, sensitivity.profiles, timeoutMs)),
      });
    });
  }

  /**
   * The run if its sandbox is visible to the caller for `action` (`release`: the caller may also
   * review this run's output, an examiner only in an agreement it is entrusted with); 404 otherwise.
   */
  async visible(id: string, ability: AppAbility, action: 'read' | 'execute' | 'release' = 'read'): Promise<Run> {
    const run = await this.deps.store.get(id);
    if (!run) throw new NotFoundError('run');
    const { sandbox, agreement } = await this.deps.sandboxes.visible(run.sandboxId, ability, action === 'release' ? 'read' : action).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('run') : error;
    });
    if (action === 'release' && !permits(ability, 'release', inSandboxSubject('Run', run.id, sandbox, agreement))) throw new NotFoundError('run');
    return run;
  }

  list(sandboxId: string): Promise<Run[]> {
    return this.deps.store.bySandbox(sandboxId);
  }

  /** Runs across sandboxes (stored statuses), newest first; the caller has chosen which sandboxes it may see, and which view. */
  page(filter: PageFilter, limit: number): Promise<Run[]> {
    return this.deps.store.page(filter, limit);
  }

  count(filter: Omit<PageFilter, 'after'>): Promise<number> {
    return this.deps.store.count(filter);
  }

  /** The airlock: the reviewer reads the output; opening it is what allows a release. */
  /** Opens the airlock view; the first opening by a reviewer is recorded (with `commit`: together with the request's entry). */
  async openReview(id: string, ability: AppAbility, by: Principal, commit?: AuditedCommit): Promise<{ run: Run; model: Model; review: RunReview | null; approvalsNeeded: 1 | 2 }> {
    const run = await this.visible(id, ability, 'release');
    const model = await this.deps.models.visible(run.modelId, ability);
    const { agreement } = await this.deps.sandboxes.visible(run.sandboxId, ability);
    const review = this.deps.outputs.readReview<RunReview>(run.sandboxId, run.id);
    // Only reading a finished run's output counts: opening a queued or running one shows nothing.
    if (review && ['awaiting-release', 'blocked', 'failed'].includes(run.status)) {
      const openedBy = new Set(run.reviewOpenedBy ? (JSON.parse(run.reviewOpenedBy) as string[]) : []);
      openedBy.add(by.id);
      const at = this.deps.clock.now().toISOString();
      const record = (tx?: SqlRunner) => this.deps.store.reviewOpened(id, JSON.stringify([...openedBy]), at, tx);
      if (commit) await commit((tx) => record(tx), { agreementId: run.agreementId, details: { status: run.status, rows: review.review.length } });
      else await record();
    }
    return { run: (await this.deps.store.get(id)) as Run, model, review, approvalsNeeded: await this.approvalsNeeded(agreement) };
  }

  /** How many approvals a release of this agreement's runs needs (two-person release). */
  async approvalsNeeded(agreement: Agreement): Promise<1 | 2> {
    const chosen = (await this.deps.settings.get(agreement.id)).twoPersonRelease;
    return approvalsNeeded(agreement, chosen, async (datasetId) => (await this.deps.catalog.get(datasetId)).level);
  }

  /**
   * Decides a run; `commit` commits the decision with the request's audit entry. Under
   * two-person release the first approval is recorded and the run keeps awaiting release; a
   * second, different reviewer (not the model's approver) releases it. Any reviewer may reject.
   */
  async release(id: string, ability: AppAbility, decision: 'approve' | 'reject', comment: string | null, by: Principal, commit: AuditedCommit): Promise<Run> {
    const run = await this.visible(id, ability, 'release');
    if (run.runBy === by.id) throw new ForbiddenError('a run can never be released by its own operator');
    const openers = run.reviewOpenedBy ? (JSON.parse(run.reviewOpenedBy) as string[]) : [];
    if (decision === 'approve' && !openers.includes(by.id)) throw new ConflictError('read the output first: open GET /runs/:id/review before releasing it', 'review_not_opened');
    const from: Run['status'][] = decision === 'approve' ? ['awaiting-release'] : ['awaiting-release', 'blocked', 'failed'];
    if (!from.includes(run.status)) throw new ConflictError(`the run is ${run.status}`, 'not_awaiting_release');
    const at = this.deps.clock.now().toISOString();
    if (decision === 'approve') {
      const model = await this.deps.models.visible(run.modelId, ability);
      const { sandbox, agreement } = await this.deps.sandboxes.visible(run.sandboxId, ability);
      // Nothing leaves while the agreement is suspended (a risk stop) or ended; rejecting stays possible.
      if (agreement.status !== 'active') throw new ConflictError(`the agreement is ${agreement.status}; outputs are released only under an active agreement`, 'agreement_not_active');
      assertIndependent(by, agreement);
      const needed = await this.approvalsNeeded(agreement);
      // A first approval counts only while its reviewer may still review here (not revoked, still entrusted).
      const first = run.firstApproval && (await this.stillReviews(run.firstApproval.by, agreement)) ? run.firstApproval : null;
      if (needed === 2 && !first) {
        await commit(async (tx) => {
          if (!(await this.deps.store.firstApproval(id, by.id, at, comment, run.firstApproval?.by ?? null, tx))) throw new ConflictError('the run was decided concurrently', 'not_awaiting_release');
        }, { agreementId: run.agreementId, details: { approval: 1, approvalsNeeded: 2, ...(run.firstApproval ? { replacedFirstApprovalBy: run.firstApproval.by } : {}) } });
        return (await this.deps.store.get(id)) as Run;
      }
      if (needed === 2 && first?.by === by.id) throw new SeparationOfDutiesError('the second approval must come from a different reviewer');
      if (needed === 2 && model.reviewedBy === by.id) throw new SeparationOfDutiesError('the reviewer who approved the model may not give the second approval of its run');
      const review = this.deps.outputs.readReview<RunReview>(run.sandboxId, run.id);
      if (!review) throw new ConflictError('the run’s checked output is missing; it cannot be released', 'not_awaiting_release');
      const manifest: ProvenanceManifest = {
        runId: run.id, agreementId: run.agreementId, sandboxId: run.sandboxId,
        model: { id: model.id, name: model.name, version: model.version, sha256: model.sha256 },
        rulesVersions: sandbox.loaded.map((l) => ({ datasetId: l.datasetId, table: l.table, vaultVersion: l.vaultVersion, rulesVersion: l.rulesVersion })),
        params: run.params, checks: run.disclosure.checks, suppressedRows: run.disclosure.suppressedRows,
        suppressedCells: review.review.reduce((n, r) => n + (r.suppressed ? 0 : r.cells.filter((c) => c.reasons.length).length), 0),
        differencingPairs: review.pairs.length, rowCount: run.rowCount,
        outputSha256: run.outputSha256 as string, fingerprint: run.fingerprint as string, releasedBy: by.id, releasedAt: at,
        approvedBy: first && first.by !== by.id ? [first.by, by.id] : [by.id],
      };
      // The cells are recorded before anything leaves, so every later check sees them (a failed decision only makes later checks stricter).
      await this.deps.cells.add(run.agreementId, null, review.cells, at);
      this.deps.outputs.prepareRelease(run.sandboxId, run.id, manifest);
      try {
        await commit((tx) => this.decide(tx, id, from, 'released', by.id, at, comment), { agreementId: run.agreementId, details: { approval: needed, approvalsNeeded: needed } });
      } catch (error) {
        if ((await this.deps.store.get(id))?.status !== 'released') this.deps.outputs.abandonRelease(run.id);
        throw error;
      }
      await pausePoint('release.committed');
      this.deps.outputs.publishRelease(run.sandboxId, run.id);
    } else {
      await commit((tx) => this.decide(tx, id, from, 'rejected', by.id, at, comment), { agreementId: run.agreementId });
      this.deps.outputs.discardPending(run.sandboxId, run.id);
    }
    return (await this.deps.store.get(id)) as Run;
  }

  private async stillReviews(principalId: string, agreement: Agreement): Promise<boolean> {
    return this.deps.stillReviews ? this.deps.stillReviews(principalId, agreement) : true;
  }

  private async decide(tx: SqlRunner, id: string, from: Run['status'][], to: 'released' | 'rejected', by: string, at: string, comment: string | null): Promise<void> {
    if (!(await this.deps.store.decide(id, from, to, by, at, comment, tx))) throw new ConflictError('the run was decided concurrently', 'not_awaiting_release');
  }

  private uniqueSubjectsOf(key: string, compute: () => Promise<ReadonlySet<string>>): Promise<ReadonlySet<string>> {
    let known = this.uniqueSubjects.get(key);
    if (!known) {
      known = compute();
      this.uniqueSubjects.set(key, known);
      known.catch(() => this.uniqueSubjects.delete(key));
    }
    return known;
  }

  /**
   * Runs `work` (a check and whatever records its answer) while no other check of the agreement
   * runs: a run's or an API call's differencing then sees every answer given before it.
   */
  exclusively<T>(agreementId: string, work: () => Promise<T>): Promise<T> {
    return serialised(this.checkLocks, agreementId, work);
  }

  private async pendingCells(agreementId: string): Promise<ReleasedCell[]> {
    const waiting = (await this.deps.store.inStatus(['awaiting-release'])).filter((r) => r.agreementId === agreementId);
    return waiting.flatMap((r) => this.deps.outputs.readReview<RunReview>(r.sandboxId, r.id)?.cells ?? []).map((c) => ({
      ...c, sketch: (c.sketch as (bigint | string)[]).map((h) => BigInt(h)),
    }));
  }

  /** Which run a leaked file's fingerprint belongs to. */
  async trace(fingerprint: string): Promise<Run> {
    const run = await this.deps.store.byFingerprint(fingerprint);
    if (!run) throw new NotFoundError('fingerprint');
    return run;
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.catch(() => undefined).finally(() => this.pending.delete(work));
  }

  /** Runs a queued run; its outcome goes to the reviewer only. Never throws. */
  private async executeQueued(id: string, model: Model, ability: AppAbility | null): Promise<void> {
    await Promise.resolve();
    const run = await this.deps.store.get(id);
    if (!run || !(await this.deps.store.start(id, this.deps.clock.now().toISOString()))) return;
    // The check and its record are one step per agreement: the next check sees this run as pending.
    await this.exclusively(run.agreementId, async () => {
      let tablesRead: TableRead[] | null = null;
      const outcome = await this.checkRun(run, model, ability, (tables) => { tablesRead = tables; });
      await this.deps.store.finish(outcome, tablesRead).catch((error: unknown) => this.deps.onError(id, error));
    });
  }

  /** The run's outcome for the reviewer; its files written. Never throws. */
  private async checkRun(
    run: Run, model: Model, ability: AppAbility | null, onTablesRead: (tables: TableRead[]) => void,
  ): Promise<Pick<Run, 'id' | 'status' | 'rowCount' | 'disclosure' | 'outputSha256' | 'fingerprint' | 'finishedAt' | 'failure'>> {
    const id = run.id;
    try {
      const current = this.deps.currentAbility;
      const now = current ? await current(run.runBy) : ability;
      if (current && !now) throw new ForbiddenError('the principal who started the run is no longer active');
      const open = now ? await this.deps.access.open(run.sandboxId, now, 'execute') : await this.deps.access.openTrusted(run.sandboxId);
      const recheck = !now ? async () => { await this.deps.access.openTrusted(run.sandboxId); }
        : current ? async () => {
          const fresh = await current(run.runBy);
          if (!fresh) throw new ForbiddenError('the principal who started the run is no longer active');
          await this.deps.access.recheck(run.sandboxId, fresh, 'execute');
        }
        : this.deps.queries.recheckFor(open, now, 'execute');
      const result = await this.execute(open, model, bindParameters(model.parameters, run.params), id, recheck, { actorId: run.runBy, role: null, requestId: id }, onTablesRead);
      const output = { columns: result.columns, rows: result.rows };
      this.deps.outputs.writeReview(run.sandboxId, id, { columns: result.columns, review: result.review, pairs: result.pairs, checks: result.checks, suppressedRows: result.suppressedRows, cells: result.cells });
      if (!result.blocked) this.deps.outputs.writePending(run.sandboxId, id, output);
      return {
        id, status: result.blocked ? 'blocked' : 'awaiting-release', rowCount: result.rows.length, disclosure: { suppressedRows: result.suppressedRows, checks: result.checks },
        outputSha256: result.blocked ? null : OutputFiles.hash(output), fingerprint: result.blocked ? null : this.fingerprint(id), finishedAt: this.deps.clock.now().toISOString(), failure: null,
      };
    } catch (error) {
      this.deps.onError(id, error);
      return { id, status: 'failed', rowCount: 0, disclosure: { suppressedRows: 0, checks: [] }, outputSha256: null, fingerprint: null, finishedAt: this.deps.clock.now().toISOString(), failure: failureText(error) };
    }
  }


  private fingerprint(runId: string): string {
    return crypto.createHmac('sha256', this.deps.fingerprintKey).update(`output-fingerprint|${runId}`).digest('hex').slice(0, 32);
  }
}

/** The failure as the reviewer reads it: the error's message without file-system paths. */
function failureText(error: unknown): string {
  const message = error instanceof LiveQueryFailedError ? `the query failed: ${error.reviewerDetail}` : error instanceof AppError ? error.message : error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].replace(/(["'])?\/[^\s"']*\1?/g, '<path>').slice(0, 500);
}
