/**
 * Models: submitted by the sandbox's operator, checked automatically, reviewed by the authority.
 * Each version is immutable (its SHA-256 covers SQL and parameters); a new version is a new review.
 * A submission and a review each commit together with their request's audit entry, after every
 * check has passed.
 */
import crypto from 'node:crypto';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import { liveModelForm } from '../../sandbox/disclosure/live-model-form';
import { StatementSqlError } from '../../sandbox/worker/statement-errors';
import type { Clock } from '../config/clock';
import type { AuditedCommit } from '../audit/audit-sink';
import { canonicalJson } from '../audit/canonical-json';
import { AppError, ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import { assertIndependent } from '../errors/separation-of-duties-error';
import { bindParameters } from '../runs/bind-parameters';
import type { CatalogService } from '../catalog/catalog-service';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { Principal } from '../principals/principal';
import { inSandboxSubject, type SandboxService } from '../sandboxes/sandbox-service';
import type { QueryService } from '../workspace/query-service';
import type { OpenSandbox, WorkspaceAccess } from '../workspace/workspace-access';
import type { PageFilter } from '../inbox/keyset-page';
import type { Model, ModelParameter } from './model';
import { modelChecks, parameterNames } from './model-checks';
import type { ModelStore } from './model-store';
import { sandboxSensitivity } from './sensitive-columns';

export type NewModel = { name: string; sql: string; parameters: ModelParameter[]; purpose: string; exampleParams?: Record<string, string | number | boolean> };

/** Values to try a model on the dev twin with when the operator gives none. */
const EXAMPLE_VALUES: Record<ModelParameter['type'], string | number | boolean> = { VARCHAR: '', INTEGER: 0, BIGINT: 0, DOUBLE: 0, DATE: '2000-01-01', BOOLEAN: false };

export class ModelService {
  constructor(private readonly deps: {
    store: ModelStore; access: WorkspaceAccess; sandboxes: SandboxService; queries: QueryService; catalog: CatalogService; rules: MaskingRulesService; clock: Clock;
  }) {}

  /** `commitFor` names the request's commit once the model (and so its id) is known. */
  async submit(open: OpenSandbox, ability: AppAbility, input: NewModel, by: Principal, requestId: string, commitFor: (model: Model) => AuditedCommit): Promise<Model> {
    const sensitivity = await sandboxSensitivity(open.sandbox, this.deps.catalog, this.deps.rules);
    const tables = open.sandbox.loaded.map((l) => l.table);
    const { checks } = await this.deps.queries.withGuardedStatement(open, this.deps.queries.recheckFor(open, ability), 'dev', input.sql, { actorId: by.id, role: by.role, requestId }, async (statement, runner, _parser, timeoutMs) => {
      const used = parameterNames(statement);
      const undeclared = used.filter((u) => !input.parameters.some((p) => p.name === u));
      if (undeclared.length) throw new UnprocessableError(`parameters used but not declared: ${undeclared.join(', ')}`, undeclared.map((u) => ({ path: 'parameters', message: `declare $${u}` })), 'undeclared_parameters');
      const form = liveModelForm(statement.tree, sensitivity.profiles);
      if (form.problems.length) throw new UnprocessableError(`the model cannot run on live under disclosure control: ${form.problems.join('; ')}`, form.problems.map((message) => ({ path: 'sql', message })), 'model_refused');
      // User errors (a bad cast, a missing column) are found here, on the twin, never on live.
      const usedParameters = input.parameters.filter((p) => used.includes(p.name));
      const example = bindParameters(usedParameters, Object.fromEntries(usedParameters.map((p) => [p.name, input.exampleParams?.[p.name] ?? EXAMPLE_VALUES[p.type]])));
      await runner.query(input.sql, { timeoutMs, maxRows: 1 }, example).catch((error: unknown) => {
        // Limits (timeout, memory, a lost worker) keep their own answers; a SQL failure is the model's own mistake.
        if (!(error instanceof StatementSqlError)) throw error;
        const message = error.message.split('\n')[0].slice(0, 300);
        throw new UnprocessableError(`the model fails on the dev twin: ${message}`, [{ path: 'sql', message }], 'model_fails_on_dev');
      });
      return { checks: modelChecks(form, input.parameters, used) };
    });
    const version = (await this.deps.store.latestVersion(open.sandbox.id, input.name)) + 1;
    const model: Model = {
      id: `mdl_${crypto.randomUUID()}`, sandboxId: open.sandbox.id, agreementId: open.agreement.id, name: input.name, version,
      sql: input.sql, parameters: input.parameters, purpose: input.purpose,
      sha256: crypto.createHash('sha256').update(canonicalJson({ sql: input.sql, parameters: input.parameters })).digest('hex'),
      status: 'submitted', checks, createdBy: by.id, createdAt: this.deps.clock.now().toISOString(),
      reviewedBy: null, reviewedAt: null, reviewComment: null, recordLevelGranted: false, unsafeStatisticsGranted: false,
    };
    await commitFor(model)((tx) => this.deps.store.insert(model, tx));
    return model;
  }

  /**
   * The model if its sandbox is visible to the caller for `action` (`review`: the caller may
   * also review this model, an examiner only in an agreement it is entrusted with); 404 otherwise.
   */
  async visible(id: string, ability: AppAbility, action: 'read' | 'execute' | 'review' = 'read'): Promise<Model> {
    const model = await this.deps.store.get(id);
    if (!model) throw new NotFoundError('model');
    const { sandbox, agreement } = await this.deps.sandboxes.visible(model.sandboxId, ability, action === 'review' ? 'read' : action).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('model') : error;
    });
    if (action === 'review' && !permits(ability, 'review', inSandboxSubject('Model', model.id, sandbox, agreement))) throw new NotFoundError('model');
    return model;
  }

  /** A model by id, for trusted callers (no policy check). */
  async byId(id: string): Promise<Model> {
    const model = await this.deps.store.get(id);
    if (!model) throw new NotFoundError('model');
    return model;
  }

  list(sandboxId: string): Promise<Model[]> {
    return this.deps.store.bySandbox(sandboxId);
  }

  /** Versions across sandboxes, newest first; the caller has chosen which sandboxes it may see. */
  page(filter: PageFilter, limit: number): Promise<Model[]> {
    return this.deps.store.page(filter, limit);
  }

  count(filter: Omit<PageFilter, 'after'>): Promise<number> {
    return this.deps.store.count(filter);
  }

  async review(
    id: string, ability: AppAbility, decision: 'approve' | 'reject', comment: string | null, grants: { recordLevel: boolean; unsafeStatistics: boolean }, by: Principal, commit: AuditedCommit,
  ): Promise<Model> {
    const model = await this.visible(id, ability, 'review');
    assertIndependent(by, (await this.deps.sandboxes.get(model.sandboxId)).agreement);
    if (model.status !== 'submitted') throw new ConflictError(`this version is already ${model.status}; submit a new version for a new review`, 'already_reviewed');
    const at = this.deps.clock.now().toISOString();
    const granted = { recordLevel: decision === 'approve' && grants.recordLevel, unsafeStatistics: decision === 'approve' && grants.unsafeStatistics };
    await commit(async (tx) => {
      if (!(await this.deps.store.review(id, decision === 'approve' ? 'approved' : 'rejected', by.id, at, comment, granted, tx))) throw new ConflictError('this version was reviewed concurrently', 'already_reviewed');
    }, { agreementId: model.agreementId });
    return (await this.deps.store.get(id)) as Model;
  }
}
