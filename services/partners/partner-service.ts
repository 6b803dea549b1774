/**
 * Partners (运营合作方): an operator files a partner with its duties, term and evidence; the
 * authority accepts or rejects it and may grant it live work; the operator or the authority ends
 * it. A partner's principals act only while it is accepted and within its term, read per request
 * (an ended partner's next request has no sandbox left).
 *
 * Contract: every change commits with its audit entry, after every check has passed.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { EvidenceUpload } from '../evidence/evidence-file';
import type { EvidenceStore } from '../evidence/evidence-store';
import type { Principal } from '../principals/principal';
import { newPartner, scopeOf, type Partner, type PartnerScope } from './partner';
import type { PartnerStore } from './partner-store';

export const partnerSubject = (p: Partner) => ({ kind: 'Partner' as const, id: p.id, operatorUnit: p.operatorUnit });

type NewPartner = Pick<Partner, 'name' | 'unit' | 'duties' | 'startsAt' | 'endsAt'> & { documents: EvidenceUpload[] };

export class PartnerService {
  constructor(private readonly deps: { store: PartnerStore; evidenceFiles: EvidenceStore; clock: Clock }) {}

  async file(input: NewPartner, by: Principal, commitFor: (p: Partner) => AuditedCommit): Promise<Partner> {
    const starts = Date.parse(input.startsAt);
    const ends = Date.parse(input.endsAt);
    if (!(ends > starts) || ends <= this.deps.clock.now().getTime()) {
      throw new UnprocessableError('the partnership’s term is not acceptable', [{ path: 'endsAt', message: 'endsAt must come after startsAt and lie in the future' }], 'invalid_term');
    }
    if (input.unit === by.unit) throw new UnprocessableError('a partner is another organisation', [{ path: 'unit', message: 'not the operator’s own unit' }], 'invalid_partner');
    const documents = await this.deps.evidenceFiles.putAll(input.documents, 'documents');
    const partner = newPartner({
      operatorUnit: by.unit, name: input.name, unit: input.unit, duties: input.duties, startsAt: new Date(starts).toISOString(), endsAt: new Date(ends).toISOString(),
      documents, filedBy: by.id, filedAt: this.deps.clock.now().toISOString(),
    });
    await commitFor(partner)((tx) => this.deps.store.insert(partner, tx), { details: { name: partner.name, unit: partner.unit, documents: documents.map((d) => d.sha256) } });
    return partner;
  }

  async list(ability: AppAbility): Promise<Partner[]> {
    return (await this.deps.store.list()).filter((p) => permits(ability, 'read', partnerSubject(p)));
  }

  async visible(id: string, ability: AppAbility, action: 'read' | 'terminate' = 'read'): Promise<Partner> {
    const found = await this.deps.store.get(id);
    if (!found || !permits(ability, 'read', partnerSubject(found))) throw new NotFoundError('partner');
    if (action !== 'read' && !permits(ability, action, partnerSubject(found))) throw new NotFoundError('partner');
    return found;
  }

  async decide(id: string, decision: 'accept' | 'reject', comment: string | null, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<Partner> {
    const found = await this.visible(id, ability);
    if (found.status !== 'filed') throw new ConflictError(`the partner is already ${found.status}`, 'already_decided');
    await commit(async (tx) => {
      if (!(await this.deps.store.decide(id, decision === 'accept' ? 'accepted' : 'rejected', by.id, this.deps.clock.now().toISOString(), comment, tx))) {
        throw new ConflictError('the partner was decided meanwhile', 'already_decided');
      }
    }, { details: { decision, operatorUnit: found.operatorUnit } });
    return (await this.deps.store.get(id)) as Partner;
  }

  /** The authority grants (or withdraws) live work: starting runs and reading released outputs. */
  async setLiveAccess(id: string, live: boolean, reason: string, ability: AppAbility, commit: AuditedCommit): Promise<Partner> {
    const found = await this.visible(id, ability);
    if (found.status !== 'accepted') throw new ConflictError(`only an accepted partner is granted access; this one is ${found.status}`, 'not_accepted');
    await commit(async (tx) => {
      if (!(await this.deps.store.setLiveAccess(id, live, tx))) throw new ConflictError('the partner changed meanwhile', 'not_accepted');
    }, { details: { live, reason, operatorUnit: found.operatorUnit } });
    return (await this.deps.store.get(id)) as Partner;
  }

  async end(id: string, reason: string, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<Partner> {
    const found = await this.visible(id, ability, 'terminate');
    if (found.status === 'ended' || found.status === 'rejected') throw new ConflictError(`the partner is already ${found.status}`, 'already_ended');
    await commit(async (tx) => {
      if (!(await this.deps.store.end(id, by.id, this.deps.clock.now().toISOString(), reason, tx))) throw new ConflictError('the partner changed meanwhile', 'already_ended');
    }, { details: { reason, operatorUnit: found.operatorUnit } });
    return (await this.deps.store.get(id)) as Partner;
  }

  /** The unit's partners accepted and active at some time in [from, to): the ones its filings report on. */
  async activeIn(operatorUnit: string, from: string, to: string): Promise<{ id: string; name: string }[]> {
    return (await this.deps.store.list())
      .filter((p) => p.operatorUnit === operatorUnit && p.decidedAt !== null && (p.status === 'accepted' || p.status === 'ended'))
      .filter((p) => p.startsAt < to && p.endsAt > from && (p.decidedAt as string) < to && (p.endedAt === null || p.endedAt > from))
      .map((p) => ({ id: p.id, name: p.name }));
  }

  /** What the partner's principals may do now (read on every request). */
  async scope(partnerId: string | null): Promise<PartnerScope> {
    return partnerId ? scopeOf(await this.deps.store.get(partnerId), this.deps.clock.now()) : null;
  }

  /** The partner a new principal would act for: accepted, and of the unit the principal names. */
  async admissible(partnerId: string, unit: string): Promise<void> {
    const found = await this.deps.store.get(partnerId);
    if (!found || found.status !== 'accepted') throw new UnprocessableError('no accepted partner with this id', [{ path: 'partnerId', message: 'no accepted partner with this id' }], 'invalid_partner');
    if (found.unit !== unit) throw new UnprocessableError('the principal’s unit must be the partner’s', [{ path: 'unit', message: 'the partner’s own unit' }], 'invalid_partner');
  }
}
