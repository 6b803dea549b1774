/**
 * Products (登记备案): an operator registers a released output (kind `dataset`) or an approved
 * model (kind `api`); the authority reviews. Grantees (units) invoke API products under the same
 * disclosure control as runs, rate limited. A product ends when its agreement does. A
 * registration and a review each commit together with their request's audit entry.
 */
import crypto from 'node:crypto';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Action } from '../../policies/actions';
import type { DisclosureResult } from '../../sandbox/disclosure/apply-disclosure';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { AppError, ConflictError, GoneError, NotFoundError, TooManyRequestsError, UnprocessableError } from '../errors/app-error';
import { sourceUnitsOf } from '../applications/application';
import { isEnded } from '../agreements/agreement';
import type { AgreementService } from '../agreements/agreement-service';
import type { ModelService } from '../models/model-service';
import type { Principal } from '../principals/principal';
import type { RunService } from '../runs/run-service';
import { serialised } from '../runs/serialised';
import { bindParameters } from '../runs/bind-parameters';
import type { ReleasedCellsStore } from '../runs/released-cells-store';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { OutputFiles } from '../runs/output-files';
import type { WorkspaceAccess } from '../workspace/workspace-access';
import { productSubject, type ParameterDomain, type Product } from './product';
import type { ProductStore } from './product-store';
import type { RateLimiter } from './rate-limiter';
import { validityOf, type Renewal } from '../registration/registration-validity';
import type { RenewalStore } from '../registration/renewal-store';

export type NewProduct = { name: string; kind: 'dataset' | 'api'; runId?: string; modelId?: string; description: string; grantees: string[] };

export class ProductService {
  private readonly budgetLocks = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: {
    store: ProductStore; runs: RunService; models: ModelService; agreements: AgreementService; access: WorkspaceAccess; outputs: OutputFiles; limiter: RateLimiter; clock: Clock;
    settings: AgreementSettingsStore; cells: ReleasedCellsStore; renewals: RenewalStore;
  }) {}

  /** `commitFor` names the request's commit once the product (and so its id) is known. */
  async register(input: NewProduct, ability: AppAbility, by: Principal, commitFor: (product: Product) => AuditedCommit): Promise<Product> {
    let source: { agreementId: string; sandboxId: string };
    if (input.kind === 'dataset') {
      if (!input.runId || input.modelId) throw new UnprocessableError('a dataset product names a released run (runId) and no model', [{ path: 'runId', message: 'required' }], 'invalid_product');
      const run = await this.deps.runs.visible(input.runId, ability, 'execute');
      // One message for every unreleased run: its stored status (blocked, failed) is the reviewer's to know, not the operator's.
      if (run.status !== 'released') throw new ConflictError('only released outputs become dataset products', 'not_released');
      source = run;
    } else {
      if (!input.modelId || input.runId) throw new UnprocessableError('an api product names an approved model (modelId) and no run', [{ path: 'modelId', message: 'required' }], 'invalid_product');
      const model = await this.deps.models.visible(input.modelId, ability, 'execute');
      if (model.status !== 'approved') throw new ConflictError(`the model is ${model.status}; only approved models become API products`, 'model_not_approved');
      source = model;
    }
    const agreement = await this.deps.agreements.get(source.agreementId);
    if (!agreement) throw new NotFoundError('agreement');
    const product: Product = {
      id: `prd_${crypto.randomUUID()}`, name: input.name, kind: input.kind, runId: input.runId ?? null, modelId: input.modelId ?? null,
      agreementId: agreement.id, sandboxId: agreement.sandboxId, operatorId: by.id, operatorUnit: by.unit, sourceUnits: sourceUnitsOf(agreement.scope),
      description: input.description, grantees: [...new Set(input.grantees)], status: 'submitted', createdAt: this.deps.clock.now().toISOString(),
      reviewedBy: null, reviewedAt: null, reviewComment: null, parameterDomains: null,
    };
    await commitFor(product)((tx) => this.deps.store.insert(product, tx));
    return product;
  }

  async visible(id: string, ability: AppAbility, action: Action = 'read'): Promise<Product> {
    const product = await this.deps.store.get(id);
    if (!product || !permits(ability, 'read', productSubject(product)) || !permits(ability, action, productSubject(product))) throw new NotFoundError('product');
    return this.withLifecycle(product, await this.deps.renewals.forProduct(product.id));
  }

  async list(ability: AppAbility): Promise<Product[]> {
    const all = (await this.deps.store.list()).filter((p) => permits(ability, 'read', productSubject(p)));
    const renewals = await this.deps.renewals.all();
    return Promise.all(all.map((p) => this.withLifecycle(p, renewals.get(p.id) ?? [])));
  }

  async review(id: string, ability: AppAbility, decision: 'approve' | 'reject', comment: string | null, by: Principal, domains: Product['parameterDomains'], commit: AuditedCommit): Promise<Product> {
    const product = await this.visible(id, ability, 'decide');
    if (product.status !== 'submitted') throw new ConflictError(`the product is ${product.status}`, 'already_reviewed');
    if (decision === 'approve' && product.kind === 'api') {
      const model = await this.deps.models.byId(product.modelId as string);
      const missing = model.parameters.filter((p) => !domains?.[p.name]).map((p) => p.name);
      if (missing.length) throw new UnprocessableError('an API product answers without a reviewer: approve it with the domain each parameter may take', missing.map((m) => ({ path: `parameterDomains.${m}`, message: 'required' })), 'parameter_domains_required');
    }
    const at = this.deps.clock.now().toISOString();
    await commit(async (tx) => {
      if (!(await this.deps.store.review(id, decision === 'approve' ? 'registered' : 'rejected', by.id, at, comment, decision === 'approve' ? domains : null, tx))) {
        throw new ConflictError('the product was reviewed concurrently', 'already_reviewed');
      }
    }, { agreementId: product.agreementId });
    return this.visible(id, ability);
  }

  /**
   * Runs an API product's model for a grantee, with no reviewer in between: parameters must lie
   * in the domain the review approved, each grantee has a daily budget, and every call faces all
   * the checks of a run, differencing against the agreement's released outputs and the
   * product's earlier calls included. What it answers becomes part of what later calls are
   * compared with.
   */
  async invoke(product: Product, params: Record<string, unknown>, by: Principal): Promise<DisclosureResult> {
    this.assertServing(product, 'api');
    if (!this.deps.limiter.take(`${product.id}|${by.id}`)) throw new TooManyRequestsError('the product’s rate limit is reached; try again later');
    const model = await this.deps.models.byId(product.modelId as string);
    const bound = bindParameters(model.parameters, params);
    const outside = Object.entries(bound).filter(([name, value]) => !inDomain(value, product.parameterDomains?.[name])).map(([name]) => name);
    if (outside.length) throw new UnprocessableError('parameters outside the domain the review approved', outside.map((name) => ({ path: `params.${name}`, message: 'outside the approved domain' })), 'parameter_outside_domain');
    const now = this.deps.clock.now();
    const callId = `call_${crypto.randomUUID()}`;
    // The budget check and the call's record are one step per product and grantee.
    await serialised(this.budgetLocks, `${product.id}|${by.id}`, async () => {
      const settings = await this.deps.settings.get(product.agreementId);
      if ((await this.deps.store.callsSince(product.id, by.id, new Date(now.getTime() - 86_400_000).toISOString())) >= settings.productCallsPerDay) {
        throw new TooManyRequestsError(`the daily budget of ${settings.productCallsPerDay} calls of this product is used up`, 'run_budget_exhausted');
      }
      await this.deps.store.recordCall({ id: callId, productId: product.id, granteeId: by.id, params, outcome: 'started', at: now.toISOString() });
    });
    const open = await this.deps.access.openTrusted(product.sandboxId);
    // The check and the record of its answer are one step per agreement, like a run's.
    return this.deps.runs.exclusively(product.agreementId, async () => {
      const result = await this.deps.runs.execute(open, model, bound, callId, async () => {
        await this.deps.access.openTrusted(product.sandboxId);
      }, { actorId: by.id, role: by.role, requestId: callId });
      if (result.blocked) throw new AppError(422, 'disclosure_blocked', 'disclosure control withheld this result');
      await this.deps.cells.add(product.agreementId, product.id, result.cells, now.toISOString());
      return result;
    });
  }

  /** The released output behind a dataset product. */
  dataOf(product: Product) {
    this.assertServing(product, 'dataset');
    const released = this.deps.outputs.readReleased(product.runId as string);
    if (!released) throw new NotFoundError('output');
    return released;
  }

  private assertServing(product: Product, kind: Product['kind']): void {
    if (product.kind !== kind) throw new ConflictError(`this is a ${product.kind} product`, 'wrong_product_kind');
    if (product.status === 'retired') throw new GoneError('the product ended with its agreement');
    if (product.status !== 'registered') throw new ConflictError(`the product is ${product.status}`, 'product_not_registered');
    if (product.registration?.state === 'expired') {
      throw new AppError(410, 'registration_expired', `the product’s registration expired at ${product.registration.expiresAt}; it serves again once the authority renews it`);
    }
  }

  /** The status as it applies now (retired once the agreement ended) and, once registered, the registration's validity. */
  private async withLifecycle(product: Product, renewals: Renewal[]): Promise<Product> {
    const agreement = await this.deps.agreements.get(product.agreementId);
    const registration = product.status === 'registered' && product.reviewedAt ? validityOf(product.reviewedAt, renewals, this.deps.clock.now()) : null;
    const status = agreement && isEnded(agreement.status) && product.status === 'registered' ? 'retired' : product.status;
    return { ...product, status, registration };
  }
}

function inDomain(value: unknown, domain: ParameterDomain | undefined): boolean {
  if (!domain) return false;
  if (domain.values && !domain.values.some((v) => v === value || String(v) === String(value))) return false;
  // Written as "not inside" so that NaN (a word for a numeric bound) is outside.
  if (domain.min !== undefined && !(typeof domain.min === 'number' ? Number(value) >= domain.min : String(value) >= domain.min)) return false;
  if (domain.max !== undefined && !(typeof domain.max === 'number' ? Number(value) <= domain.max : String(value) <= domain.max)) return false;
  return true;
}
