/**
 * Agreements: created from an approved application (with its sandbox record and a random
 * per-agreement key, sealed under the master key), then moved through the lifecycle.
 * Contract: every transition is one compare-and-set; an illegal one changes nothing and
 * answers 409; the operator may only make a risk stop of its own agreement. A transition asked
 * for by a principal commits together with its request's audit entry.
 */
import type { CryptoProfile } from '../../sandbox/crypto/crypto-profile';
import crypto from 'node:crypto';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Action } from '../../policies/actions';
import { seal } from '../../sandbox/keys/sealed-box';
import type { SerialConnection, SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { sourceUnitsOf, type Application } from '../applications/application';
import type { PreparedAgreement } from '../applications/application-service';
import type { Principal } from '../principals/principal';
import type { SandboxStore } from '../sandboxes/sandbox-store';
import { agreementTransitions, type Agreement, type AgreementTransition } from './agreement';
import type { AgreementStore } from './agreement-store';

export function agreementSubject(a: Agreement) {
  return { kind: 'Agreement' as const, id: a.id, operatorUnit: a.operatorUnit, sourceUnits: sourceUnitsOf(a.scope) };
}

export function sandboxKeyContext(sandboxId: string): string {
  return `shuyu:sandbox-key:${sandboxId}`;
}

export class AgreementService {
  constructor(private readonly deps: {
    db: SerialConnection; store: AgreementStore; sandboxes: SandboxStore; masterKey: Buffer; cryptoProfile: CryptoProfile; clock: Clock;
    /** Records an operator's risk stop (its own suspension) as a risk report, in the suspension's transaction. */
    riskStop?: (tx: SqlRunner, stop: { agreement: Agreement; by: Principal; reason: string; at: string }) => Promise<void>;
    /** Why the agreement's operator may not resume work (no qualification in force), or null. */
    resumeBlocker?: (agreement: Agreement) => Promise<string | null>;
  }) {}

  /**
   * The agreement an approval creates, with its sandbox id and a sealed random key; `insert`
   * writes the agreement, its sandbox record and the key inside the approval's commit.
   */
  prepareFromApplication(application: Application): PreparedAgreement {
    const now = this.deps.clock.now().toISOString();
    const sandboxId = `sbx_${crypto.randomUUID()}`;
    const agreement: Agreement = {
      id: `agr_${crypto.randomUUID()}`,
      applicationId: application.id,
      operatorId: application.operatorId,
      operatorUnit: application.operatorUnit,
      scenario: application.scenario,
      scope: application.datasets,
      startsAt: application.startsAt,
      endsAt: application.endsAt,
      status: 'active',
      sandboxId,
      createdAt: now,
      statusChangedAt: now,
      statusReason: null,
    };
    const key = seal(crypto.randomBytes(32), this.deps.masterKey, sandboxKeyContext(sandboxId), this.deps.cryptoProfile);
    return {
      agreement,
      insert: async (tx) => {
        await this.deps.store.insert(agreement, tx);
        await this.deps.sandboxes.insert(sandboxId, agreement.id, now, key, tx);
      },
    };
  }

  async visible(id: string, ability: AppAbility, action: Action = 'read'): Promise<Agreement> {
    const agreement = await this.deps.store.get(id);
    if (!agreement || !permits(ability, 'read', agreementSubject(agreement))) throw new NotFoundError('agreement');
    if (action !== 'read' && !permits(ability, action, agreementSubject(agreement))) throw new NotFoundError('agreement');
    return agreement;
  }

  async list(ability: AppAbility): Promise<Agreement[]> {
    return (await this.deps.store.list()).filter((a) => permits(ability, 'read', agreementSubject(a)));
  }

  get(id: string): Promise<Agreement | undefined> {
    return this.deps.store.get(id);
  }

  /** A transition asked for by a principal (suspend, resume, terminate), committed with its request's audit entry. */
  async request(id: string, transition: 'suspend' | 'resume' | 'terminate', by: Principal, ability: AppAbility, reason: string | null, commit: AuditedCommit): Promise<Agreement> {
    await this.visible(id, ability, transition);
    // An operator suspending its own agreement reports a hazard (风险报备): the report commits with the suspension.
    const riskStop = transition === 'suspend' && by.role === 'operator' ? this.deps.riskStop : undefined;
    return this.apply(id, transition, by.id, reason, commit, riskStop && ((tx, agreement, at) => riskStop(tx, { agreement, by, reason: reason ?? '', at })));
  }

  /**
   * Applies a transition; 409 when the status does not allow it (nothing is written then, nor
   * the entry `commit` would have added). Without `commit` the transition commits alone.
   */
  async apply(
    id: string, transition: AgreementTransition, actorId: string | null, reason: string | null, commit?: AuditedCommit,
    also?: (tx: SqlRunner, agreement: Agreement, at: string) => Promise<void>,
  ): Promise<Agreement> {
    if (transition === 'resume') await this.assertMayResume(id);
    const at = this.deps.clock.now().toISOString();
    const change = async (tx: SqlRunner): Promise<void> => {
      const agreement = await this.transitionIn(tx, id, transition, actorId, reason, at);
      await also?.(tx, agreement, at);
    };
    if (commit) await commit(change);
    else await this.deps.db.transaction(change);
    return (await this.deps.store.get(id)) as Agreement;
  }

  /** The ids of the unit's active agreements. */
  async activeOf(operatorUnit: string, db?: SqlRunner): Promise<string[]> {
    return (await this.deps.store.inStatus(['active'], undefined, db)).filter((a) => a.operatorUnit === operatorUnit).map((a) => a.id);
  }

  /**
   * Suspends exactly `ids`, the unit's active agreements read before the transaction (a revoked
   * qualification); 409 if that set changed meanwhile, so the audit entry names every one.
   */
  async suspendAll(ids: string[], operatorUnit: string, actorId: string, reason: string, at: string, tx: SqlRunner): Promise<void> {
    const now = (await this.deps.store.inStatus(['active'], undefined, tx)).filter((a) => a.operatorUnit === operatorUnit).map((a) => a.id).sort();
    if (now.join() !== [...ids].sort().join()) throw new ConflictError('the unit’s agreements changed meanwhile; try again', 'changed_meanwhile');
    for (const id of ids) await this.transitionIn(tx, id, 'suspend', actorId, reason, at);
  }

  /** One transition inside `tx`, with its sandbox's state; 409 when the status does not allow it. */
  private async transitionIn(tx: SqlRunner, id: string, transition: AgreementTransition, actorId: string | null, reason: string | null, at: string): Promise<Agreement> {
    const from = await this.deps.store.transition(id, transition, at, actorId, reason, tx);
    const agreement = await this.deps.store.get(id, tx);
    if (!agreement) throw new NotFoundError('agreement');
    if (from === null) {
      const allowed = agreementTransitions[transition].from.join(' or ');
      throw new ConflictError(`cannot ${transition} an agreement that is ${agreement.status} (only when ${allowed})`, 'illegal_transition');
    }
    if (transition === 'suspend') await this.deps.sandboxes.setState(agreement.sandboxId, ['ready'], 'suspended', at, undefined, tx);
    if (transition === 'resume') await this.deps.sandboxes.setState(agreement.sandboxId, ['suspended'], 'ready', at, undefined, tx);
    return agreement;
  }

  private async assertMayResume(id: string): Promise<void> {
    const agreement = await this.deps.store.get(id);
    const blocker = agreement && (await this.deps.resumeBlocker?.(agreement));
    if (blocker) throw new ConflictError(blocker, 'operator_not_qualified');
  }

  history(id: string) {
    return this.deps.store.history(id);
  }
}
