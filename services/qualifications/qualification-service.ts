/**
 * Selecting operators (Ch. 3 of the 办法): the authority opens a call (征集), an operator unit
 * applies with qualification material, the authority reviews it (qualified for a term, or not,
 * with reasons) and may revoke it, which suspends the unit's active agreements in the same
 * transaction. Only a unit with a qualification in force may apply for data, for a term that
 * ends within it, and resume a suspended agreement.
 *
 * Contract: every change commits with its audit entry, after every check has passed.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { AgreementService } from '../agreements/agreement-service';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { EvidenceUpload } from '../evidence/evidence-file';
import type { EvidenceStore } from '../evidence/evidence-store';
import type { Principal } from '../principals/principal';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { acceptsApplications, newCall, type Call } from './call';
import type { CallStore } from './call-store';
import { NotQualifiedError } from './not-qualified-error';
import { DEFAULT_QUALIFICATION_YEARS, isInForce, newQualification, type Qualification } from './qualification';
import type { QualificationStore } from './qualification-store';

export const qualificationSubject = (q: Qualification) => ({ kind: 'Qualification' as const, id: q.id, operatorUnit: q.operatorUnit });

type Deps = { calls: CallStore; store: QualificationStore; evidenceFiles: EvidenceStore; agreements: AgreementService; clock: Clock };

function addYears(at: Date, years: number): Date {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

export class QualificationService {
  constructor(private readonly deps: Deps) {}

  listCalls(): Promise<Call[]> {
    return this.deps.calls.list();
  }

  async call(id: string): Promise<Call> {
    const found = await this.deps.calls.get(id);
    if (!found) throw new NotFoundError('call');
    return found;
  }

  async openCall(input: Pick<Call, 'title' | 'requirements' | 'scenarios' | 'deadline'>, by: Principal, commitFor: (call: Call) => AuditedCommit): Promise<Call> {
    const now = this.deps.clock.now();
    if (!(Date.parse(input.deadline) > now.getTime())) throw new UnprocessableError('the deadline has passed', [{ path: 'deadline', message: 'must be in the future' }], 'invalid_call');
    const call = newCall({ ...input, deadline: new Date(input.deadline).toISOString(), openedBy: by.id, openedAt: now.toISOString() });
    await commitFor(call)((tx) => this.deps.calls.insert(call, tx));
    return call;
  }

  async closeCall(id: string, by: Principal, commit: AuditedCommit): Promise<Call> {
    const call = await this.call(id);
    if (call.status !== 'open') throw new ConflictError('the call is already closed', 'call_closed');
    await commit(async (tx) => {
      if (!(await this.deps.calls.close(id, by.id, this.deps.clock.now().toISOString(), tx))) throw new ConflictError('the call is already closed', 'call_closed');
    });
    return (await this.deps.calls.get(id)) as Call;
  }

  async list(ability: AppAbility): Promise<Qualification[]> {
    return (await this.deps.store.list()).filter((q) => permits(ability, 'read', qualificationSubject(q)));
  }

  async visible(id: string, ability: AppAbility): Promise<Qualification> {
    const found = await this.deps.store.get(id);
    if (!found || !permits(ability, 'read', qualificationSubject(found))) throw new NotFoundError('qualification');
    return found;
  }

  /** An operator unit applies to an open call with its statement and material. */
  async submit(
    input: { callId: string; statement: string; materials: EvidenceUpload[] }, by: Principal, commitFor: (q: Qualification) => AuditedCommit,
  ): Promise<Qualification> {
    const call = await this.deps.calls.get(input.callId);
    if (!call) throw new UnprocessableError('no such call', [{ path: 'callId', message: 'no such call' }], 'unknown_call');
    if (!acceptsApplications(call, this.deps.clock.now())) throw new ConflictError('the call is closed or past its deadline', 'call_closed');
    const pending = (await this.deps.store.ofUnit(by.unit)).find((q) => q.callId === call.id && q.status === 'submitted');
    if (pending) throw new ConflictError('the unit already has an application to this call under review', 'already_submitted');
    const materials = await this.deps.evidenceFiles.putAll(input.materials, 'materials');
    const qualification = newQualification({
      callId: call.id, operatorUnit: by.unit, applicantId: by.id, statement: input.statement, materials, submittedAt: this.deps.clock.now().toISOString(),
    });
    await commitFor(qualification)(async (tx) => {
      // Re-checked in the transaction: two applications of one unit racing, or the call closing meanwhile.
      const again = await this.deps.calls.get(call.id, tx);
      if (!again || again.status !== 'open') throw new ConflictError('the call is closed or past its deadline', 'call_closed');
      if ((await this.deps.store.ofUnit(by.unit, tx)).some((q) => q.callId === call.id && q.status === 'submitted')) {
        throw new ConflictError('the unit already has an application to this call under review', 'already_submitted');
      }
      await this.deps.store.insert(qualification, tx);
    }, { details: { callId: call.id, materials: materials.map((m) => m.sha256) } });
    return qualification;
  }

  async review(
    id: string, decision: 'qualified' | 'unqualified', reasons: string, validUntil: string | undefined, by: Principal, ability: AppAbility, commit: AuditedCommit,
  ): Promise<Qualification> {
    const found = await this.visible(id, ability);
    if (found.status !== 'submitted') throw new ConflictError(`the qualification is already ${found.status}`, 'already_reviewed');
    const now = this.deps.clock.now();
    let until: string | null = null;
    if (decision === 'qualified') {
      const chosen = validUntil ? new Date(validUntil) : addYears(now, DEFAULT_QUALIFICATION_YEARS);
      if (!(chosen.getTime() > now.getTime()) || chosen.getTime() > addYears(now, 5).getTime()) {
        throw new UnprocessableError('the term of a qualification ends in the future, within five years', [{ path: 'validUntil', message: 'between now and five years from now' }], 'invalid_term');
      }
      until = chosen.toISOString();
    }
    await commit(async (tx) => {
      if (!(await this.deps.store.review(id, decision, by.id, now.toISOString(), reasons, until, tx))) throw new ConflictError('the qualification was reviewed meanwhile', 'already_reviewed');
    }, { details: { decision, validUntil: until, operatorUnit: found.operatorUnit } });
    return (await this.deps.store.get(id)) as Qualification;
  }

  /** Revokes a qualification; the unit's active agreements are suspended with it. */
  async revoke(id: string, reason: string, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<{ qualification: Qualification; suspended: string[] }> {
    const found = await this.visible(id, ability);
    if (found.status !== 'qualified') throw new ConflictError(`only a qualified unit’s qualification is revoked; this one is ${found.status}`, 'not_qualified_status');
    const at = this.deps.clock.now().toISOString();
    // Another qualification in force keeps the unit's agreements running. Read again inside the
    // transaction: a revocation or an approval committed meanwhile answers 409, never a gap.
    const toSuspend = async (db?: SqlRunner) => {
      const others = (await this.deps.store.ofUnit(found.operatorUnit, db)).filter((q) => q.id !== id && isInForce(q, new Date(at)));
      return others.length ? [] : this.deps.agreements.activeOf(found.operatorUnit, db);
    };
    const suspended = await toSuspend();
    await commit(async (tx) => {
      if (!(await this.deps.store.revoke(id, by.id, at, reason, tx))) throw new ConflictError('the qualification changed meanwhile', 'not_qualified_status');
      if ((await toSuspend(tx)).sort().join() !== [...suspended].sort().join()) throw new ConflictError('the unit’s qualifications or agreements changed meanwhile; try again', 'changed_meanwhile');
      if (suspended.length) await this.deps.agreements.suspendAll(suspended, found.operatorUnit, by.id, `qualification revoked: ${reason}`, at, tx);
    }, { details: { operatorUnit: found.operatorUnit, reason, suspendedAgreements: suspended } });
    return { qualification: (await this.deps.store.get(id)) as Qualification, suspended };
  }

  /** The unit's qualification in force at `now`, if any (the latest term); read inside `db` when given. */
  async inForce(unit: string, db?: SqlRunner): Promise<Qualification | undefined> {
    const now = this.deps.clock.now();
    return (await this.deps.store.ofUnit(unit, db)).filter((q) => isInForce(q, now)).sort((a, b) => String(b.validUntil).localeCompare(String(a.validUntil)))[0];
  }

  /** When the unit's qualification in force ends, or null. */
  async qualificationEnd(unit: string, db?: SqlRunner): Promise<string | null> {
    return (await this.inForce(unit, db))?.validUntil ?? null;
  }

  /** When the unit's qualification in force ends; 403 `not_qualified` when it has none. */
  async qualifiedUntil(unit: string): Promise<string> {
    const q = await this.inForce(unit);
    if (!q) throw new NotQualifiedError('your unit has no qualification in force (运营单位资格): apply to an open call first');
    return String(q.validUntil);
  }

  /** Why a suspended agreement of the unit may not resume, or null. */
  async resumeBlocker(unit: string): Promise<string | null> {
    return (await this.inForce(unit)) ? null : 'the operator’s unit has no qualification in force: it must be qualified again before the agreement resumes';
  }
}
