/**
 * The counts behind `GET /inbox`. Every count goes through the caller's own ability (the same
 * filters as the lists it leads to), so it never counts another tenant's things; the role only
 * chooses which kinds are shown.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import { isRole } from '../../policies/roles';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { applicationSubject, type ApplicationService } from '../applications/application-service';
import type { Application } from '../applications/application';
import type { Clock } from '../config/clock';
import type { ModelService } from '../models/model-service';
import type { Principal } from '../principals/principal';
import type { ProductService } from '../products/product-service';
import type { RunService } from '../runs/run-service';
import { kindsByRole, shanghaiDay, type InboxKind } from './inbox-kinds';
import type { SandboxScope } from './sandbox-scope';

export type InboxItem = { kind: InboxKind; count: number };

/** A count other areas provide (feedback, filings), through the caller's own ability. */
export type InboxCounter = (me: Principal, ability: AppAbility) => Promise<number>;

type Deps = {
  db: SqlRunner; applications: ApplicationService; models: ModelService; runs: RunService; products: ProductService; scope: SandboxScope; clock: Clock;
  counters?: Partial<Record<InboxKind, InboxCounter>>;
};

/** One request's reads, each made at most once. */
class Reads {
  private apps?: Promise<Application[]>;
  private ids?: Promise<string[]>;
  constructor(private readonly deps: Deps, readonly ability: AppAbility) {}
  /** Applications still open: submitted, or refused and waiting for the authority. */
  applications(): Promise<Application[]> {
    return (this.apps ??= this.deps.applications.list(this.ability).then((all) => all.filter((a) => a.status === 'submitted' || a.status === 'refused')));
  }
  async submitted(): Promise<Application[]> {
    return (await this.applications()).filter((a) => a.status === 'submitted');
  }
  sandboxIds(): Promise<string[]> {
    return (this.ids ??= this.deps.scope.ids(this.ability, 'list'));
  }
}

const consented = (a: Application, datasetId: string) => a.consents.some((c) => c.datasetId === datasetId);

export class InboxService {
  constructor(private readonly deps: Deps) {}

  async items(principal: Principal, ability: AppAbility): Promise<InboxItem[]> {
    const kinds = isRole(principal.role) ? kindsByRole[principal.role] : [];
    const reads = new Reads(this.deps, ability);
    return Promise.all(kinds.map(async (kind) => ({ kind, count: await this.count(kind, principal, reads) })));
  }

  private async count(kind: InboxKind, me: Principal, reads: Reads): Promise<number> {
    const { ability } = reads;
    const decides = ability.can('decide', 'Application');
    switch (kind) {
      case 'applications.decide':
        return decides ? (await reads.submitted()).filter((a) => a.datasets.every((d) => consented(a, d.datasetId))).length : 0;
      case 'applications.awaiting-consent':
        return decides ? (await reads.submitted()).filter((a) => a.datasets.some((d) => !consented(a, d.datasetId))).length : 0;
      case 'applications.refused':
        return decides ? (await reads.applications()).filter((a) => a.status === 'refused').length : 0;
      case 'applications.consent':
        return (await reads.applications()).filter((a) => permits(ability, 'consent', applicationSubject(a)) && a.datasets.some((d) => d.ownerUnit === me.unit && !consented(a, d.datasetId))).length;
      case 'applications.pending':
        return (await reads.applications()).filter((a) => a.operatorUnit === me.unit).length;
      case 'models.review':
        return ability.can('review', 'Model') ? this.deps.models.count({ sandboxIds: await reads.sandboxIds(), statuses: ['submitted'] }) : 0;
      case 'runs.release':
        return ability.can('release', 'Run') ? this.deps.runs.count({ sandboxIds: await reads.sandboxIds(), statuses: ['awaiting-release', 'blocked', 'failed'] }) : 0;
      case 'runs.released':
        return this.deps.runs.count({ sandboxIds: await reads.sandboxIds(), statuses: ['released'] });
      case 'products.review':
        return ability.can('decide', 'Product') ? (await this.deps.products.list(ability)).filter((p) => p.status === 'submitted').length : 0;
      case 'audit.entries':
        return ability.can('read', 'AuditLog') ? this.auditEntriesToday() : 0;
      default:
        return this.deps.counters?.[kind]?.(me, ability) ?? 0;
    }
  }

  private async auditEntriesToday(): Promise<number> {
    const { from, to } = shanghaiDay(this.deps.clock.now());
    const row = await this.deps.db.one<{ n: bigint }>('SELECT count(*) AS n FROM audit_log WHERE occurred_at >= $1 AND occurred_at < $2', [from, to]);
    return Number(row?.n ?? 0);
  }
}
