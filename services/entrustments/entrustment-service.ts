/**
 * Entrustments: the authority entrusts an examiner with review, for one agreement or for all;
 * the examiner's ability is built from its active entrustments on every request, so a revocation
 * holds from the next request on.
 *
 * Contract: a creation or revocation writes its row only together with its audit entry, after
 * every check has passed.
 */
import crypto from 'node:crypto';
import type { AgreementStore } from '../agreements/agreement-store';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { PrincipalStore } from '../principals/principal-store';
import type { Principal } from '../principals/principal';
import { scopeOf, type EntrustedScope, type Entrustment } from './entrustment';
import type { EntrustmentStore } from './entrustment-store';

export type NewEntrustment = { examinerId: string; agreementId: string | null; note: string | null };

export class EntrustmentService {
  constructor(private readonly deps: { store: EntrustmentStore; principals: PrincipalStore; agreements: AgreementStore; clock: Clock }) {}

  async create(input: NewEntrustment, by: Principal, commitFor: (e: Entrustment) => AuditedCommit): Promise<Entrustment> {
    const examiner = await this.deps.principals.byId(input.examinerId);
    if (!examiner || examiner.role !== 'examiner' || examiner.revokedAt) {
      throw new UnprocessableError('entrust an active principal of the role examiner', [{ path: 'examinerId', message: 'not an active examiner' }], 'not_an_examiner');
    }
    if (input.agreementId !== null && !(await this.deps.agreements.get(input.agreementId))) {
      throw new UnprocessableError('no such agreement', [{ path: 'agreementId', message: 'no such agreement' }], 'unknown_agreement');
    }
    const entrustment: Entrustment = {
      id: `ent_${crypto.randomUUID()}`, examinerId: examiner.id, agreementId: input.agreementId, note: input.note,
      createdBy: by.id, createdAt: this.deps.clock.now().toISOString(), revokedBy: null, revokedAt: null,
    };
    await commitFor(entrustment)(async (tx) => {
      // Checked inside the commit, so that two requests at once cannot both entrust the same scope.
      if ((await this.deps.store.active(examiner.id, tx)).some((e) => e.agreementId === input.agreementId)) {
        throw new ConflictError('this examiner is already entrusted with this scope', 'already_entrusted');
      }
      await this.deps.store.insert(entrustment, tx);
    }, input.agreementId ? { agreementId: input.agreementId } : undefined);
    return entrustment;
  }

  /** The authority sees every entrustment; an examiner its own. */
  list(examinerId?: string): Promise<Entrustment[]> {
    return this.deps.store.list(examinerId);
  }

  get(id: string): Promise<Entrustment | undefined> {
    return this.deps.store.get(id);
  }

  async revoke(id: string, by: Principal, commit: AuditedCommit): Promise<Entrustment> {
    const found = await this.deps.store.get(id);
    if (!found) throw new NotFoundError('entrustment');
    if (found.revokedAt) throw new ConflictError('the entrustment is already revoked', 'already_revoked');
    const at = this.deps.clock.now().toISOString();
    await commit(async (tx) => {
      if (!(await this.deps.store.revoke(id, by.id, at, tx))) throw new ConflictError('the entrustment is already revoked', 'already_revoked');
    }, found.agreementId ? { agreementId: found.agreementId } : undefined);
    return { ...found, revokedBy: by.id, revokedAt: at };
  }

  /** What an examiner may review now (read on every request; never cached). */
  async scope(examinerId: string): Promise<EntrustedScope> {
    return scopeOf(await this.deps.store.active(examinerId));
  }
}
