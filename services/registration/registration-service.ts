/**
 * Product registration (登记管理暂行办法): the registration package of a registered product,
 * for the authority, auditors and the product's own operator (a grantee or another tenant gets
 * 404), and the authority's renewal of a registration in its last 90 days or after it expired.
 *
 * Contract: a renewal commits with its audit entry and extends the expiry it read, once: a
 * concurrent second renewal of the same term is refused (409 `already_renewed`).
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError } from '../errors/app-error';
import type { Principal } from '../principals/principal';
import type { ProductService } from '../products/product-service';
import type { PackageSources, RegisteredProduct } from './package-sources';
import { buildRegistrationPackage, type RegistrationPackage } from './registration-package';
import { addYears, REGISTRATION_YEARS, type RegistrationValidity, type Renewal } from './registration-validity';
import type { RenewalStore } from './renewal-store';

export class RegistrationService {
  constructor(private readonly deps: { products: ProductService; renewals: RenewalStore; sources: PackageSources; clock: Clock }) {}

  /** The registered product whose registration the caller may read (or renew); 404 when not visible, 409 when not registered. */
  async registered(id: string, ability: AppAbility, action: 'read' | 'update' = 'read'): Promise<RegisteredProduct> {
    const product = await this.deps.products.visible(id, ability);
    if (!permits(ability, action, { kind: 'ProductRegistration', id: product.id, operatorUnit: product.operatorUnit })) throw new NotFoundError('product');
    if (!product.registration) throw new ConflictError(`the product is ${product.status}`, 'product_not_registered');
    return { ...product, registration: product.registration };
  }

  async package(id: string, ability: AppAbility): Promise<RegistrationPackage> {
    return buildRegistrationPackage(await this.deps.sources.gather(await this.registered(id, ability)));
  }

  async renew(id: string, comment: string | null, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<RegistrationValidity> {
    const product = await this.registered(id, ability, 'update');
    if (product.status === 'retired') throw new ConflictError('the product ended with its agreement; its registration is not renewed', 'product_retired');
    const current = product.registration;
    if (current.state === 'valid') throw new ConflictError(`renewal opens at ${current.renewalOpensAt}`, 'renewal_not_due');
    const renewal: Renewal = {
      productId: product.id, previousExpiry: current.expiresAt, newExpiry: addYears(current.expiresAt, REGISTRATION_YEARS),
      renewedBy: by.id, renewedAt: this.deps.clock.now().toISOString(), comment,
    };
    await commit(async (tx) => {
      if (!(await this.deps.renewals.insert(renewal, tx))) throw new ConflictError('the registration was renewed meanwhile', 'already_renewed');
    }, { agreementId: product.agreementId, details: { previousExpiry: renewal.previousExpiry, newExpiry: renewal.newExpiry, comment } });
    return (await this.registered(id, ability, 'update')).registration;
  }
}
