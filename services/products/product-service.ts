/**
 * Products (登记备案): an operator registers a released output (kind `dataset`) or an approved
 * model (kind `api`); the authority reviews. Grantees (units) invoke API products under the same
 * disclosure control as runs, rate limited. A product ends when its agreement does.
 */
import crypto from 'node:crypto';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Action } from '../../policies/actions';
import type { DisclosureResult } from '../../sandbox/disclosure/apply-disclosure';
import type { Clock } from '../config/clock';
import { AppError, ConflictError, GoneError, NotFoundError, TooManyRequestsError, UnprocessableError } from '../errors/app-error';
import { sourceUnitsOf } from '../applications/application';
import { isEnded } from '../agreements/agreement';
import type { AgreementService } from '../agreements/agreement-service';
import type { ModelService } from '../models/model-service';
import type { Principal } from '../principals/principal';
import type { RunService } from '../runs/run-service';
import type { OutputFiles } from '../runs/output-files';
import type { WorkspaceAccess } from '../workspace/workspace-access';
import { productSubject, type Product } from './product';
import type { ProductStore } from './product-store';
import type { RateLimiter } from './rate-limiter';

export type NewProduct = { name: string; kind: 'dataset' | 'api'; runId?: string; modelId?: string; description: string; grantees: string[] };

export class ProductService {
  constructor(private readonly deps: {
    store: ProductStore; runs: RunService; models: ModelService; agreements: AgreementService; access: WorkspaceAccess; outputs: OutputFiles; limiter: RateLimiter; clock: Clock;
  }) {}

  async register(input: NewProduct, ability: AppAbility, by: Principal): Promise<Product> {
    let source: { agreementId: string; sandboxId: string };
    if (input.kind === 'dataset') {
      if (!input.runId || input.modelId) throw new UnprocessableError('a dataset product names a released run (runId) and no model', [{ path: 'runId', message: 'required' }], 'invalid_product');
      const run = await this.deps.runs.visible(input.runId, ability, 'query');
      if (run.status !== 'released') throw new ConflictError(`the run is ${run.status}; only released outputs become dataset products`, 'not_released');
      source = run;
    } else {
      if (!input.modelId || input.runId) throw new UnprocessableError('an api product names an approved model (modelId) and no run', [{ path: 'modelId', message: 'required' }], 'invalid_product');
      const model = await this.deps.models.visible(input.modelId, ability, 'query');
      if (model.status !== 'approved') throw new ConflictError(`the model is ${model.status}; only approved models become API products`, 'model_not_approved');
      source = model;
    }
    const agreement = await this.deps.agreements.get(source.agreementId);
    if (!agreement) throw new NotFoundError('agreement');
    const product: Product = {
      id: `prd_${crypto.randomUUID()}`, name: input.name, kind: input.kind, runId: input.runId ?? null, modelId: input.modelId ?? null,
      agreementId: agreement.id, sandboxId: agreement.sandboxId, operatorId: by.id, operatorUnit: by.unit, sourceUnits: sourceUnitsOf(agreement.scope),
      description: input.description, grantees: [...new Set(input.grantees)], status: 'submitted', createdAt: this.deps.clock.now().toISOString(),
      reviewedBy: null, reviewedAt: null, reviewComment: null,
    };
    await this.deps.store.insert(product);
    return product;
  }

  async visible(id: string, ability: AppAbility, action: Action = 'read'): Promise<Product> {
    const product = await this.deps.store.get(id);
    if (!product || !permits(ability, 'read', productSubject(product)) || !permits(ability, action, productSubject(product))) throw new NotFoundError('product');
    return this.withLifecycle(product);
  }

  async list(ability: AppAbility): Promise<Product[]> {
    const all = (await this.deps.store.list()).filter((p) => permits(ability, 'read', productSubject(p)));
    return Promise.all(all.map((p) => this.withLifecycle(p)));
  }

  async review(id: string, ability: AppAbility, decision: 'approve' | 'reject', comment: string | null, by: Principal): Promise<Product> {
    const product = await this.visible(id, ability, 'decide');
    if (product.status !== 'submitted') throw new ConflictError(`the product is ${product.status}`, 'already_reviewed');
    if (!(await this.deps.store.review(id, decision === 'approve' ? 'registered' : 'rejected', by.id, this.deps.clock.now().toISOString(), comment))) {
      throw new ConflictError('the product was reviewed concurrently', 'already_reviewed');
    }
    return this.visible(id, ability);
  }

  /** Runs an API product's model for a grantee, under disclosure control and the rate limit. */
  async invoke(product: Product, params: Record<string, unknown>, by: Principal): Promise<DisclosureResult> {
    this.assertServing(product, 'api');
    if (!this.deps.limiter.take(`${product.id}|${by.id}`)) throw new TooManyRequestsError('the product’s rate limit is reached; try again later');
    const open = await this.deps.access.openTrusted(product.sandboxId);
    const model = await this.deps.models.byId(product.modelId as string);
    const result = await this.deps.runs.execute(open, model, params, async () => {
      await this.deps.access.openTrusted(product.sandboxId);
    });
    if (result.blocked) throw new AppError(422, 'disclosure_blocked', `disclosure control blocked this result: ${result.checks.filter((c) => !c.passed).map((c) => c.message).join('; ')}`);
    return result;
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
  }

  private async withLifecycle(product: Product): Promise<Product> {
    const agreement = await this.deps.agreements.get(product.agreementId);
    return agreement && isEnded(agreement.status) && product.status === 'registered' ? { ...product, status: 'retired' } : product;
  }
}
