/**
 * Sandboxes as the API sees them: visibility follows the agreement (its operator's unit, the
 * owning source units, the authority, auditors); a sealed or destroyed sandbox answers 410.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Action } from '../../policies/actions';
import { GoneError, NotFoundError } from '../errors/app-error';
import { sourceUnitsOf } from '../applications/application';
import type { Agreement } from '../agreements/agreement';
import type { AgreementStore } from '../agreements/agreement-store';
import type { Sandbox } from './sandbox';
import type { SandboxStore } from './sandbox-store';

export function sandboxSubject(sandbox: Sandbox, agreement: Agreement) {
  return { kind: 'Sandbox' as const, id: sandbox.id, agreementId: agreement.id, operatorUnit: agreement.operatorUnit, sourceUnits: sourceUnitsOf(agreement.scope) };
}

/** A model or a run as the policy sees it: its sandbox's agreement and parties. */
export function inSandboxSubject<K extends 'Model' | 'Run'>(kind: K, id: string, sandbox: Sandbox, agreement: Agreement) {
  return { ...sandboxSubject(sandbox, agreement), kind, id };
}

export type SandboxView = {
  id: string;
  agreementId: string;
  state: Sandbox['state'];
  progress: Sandbox['progress'];
  tables: { name: string; rows: number; columns: { name: string; type: string }[] }[];
  loadedFrom: { datasetId: string; table: string; vaultVersion: number; rulesVersion: number }[];
  error: string | null;
};

export class SandboxService {
  constructor(private readonly deps: { sandboxes: SandboxStore; agreements: AgreementStore }) {}

  /** The sandbox and its agreement if visible for `action`; 404 otherwise, 410 once sealed. */
  async visible(id: string, ability: AppAbility, action: Action = 'read'): Promise<{ sandbox: Sandbox; agreement: Agreement }> {
    const sandbox = await this.deps.sandboxes.get(id);
    const agreement = sandbox && (await this.deps.agreements.get(sandbox.agreementId));
    if (!sandbox || !agreement) throw new NotFoundError('sandbox');
    const subject = sandboxSubject(sandbox, agreement);
    if (!permits(ability, 'read', subject) || !permits(ability, action, subject)) throw new NotFoundError('sandbox');
    if (sandbox.state === 'sealed' || sandbox.state === 'destroyed') throw new GoneError(`the sandbox is ${sandbox.state}`);
    return { sandbox, agreement };
  }

  /** The sandbox and its agreement, for trusted callers (no policy check); 404, or 410 once sealed. */
  async get(id: string): Promise<{ sandbox: Sandbox; agreement: Agreement }> {
    const sandbox = await this.deps.sandboxes.get(id);
    const agreement = sandbox && (await this.deps.agreements.get(sandbox.agreementId));
    if (!sandbox || !agreement) throw new NotFoundError('sandbox');
    if (sandbox.state === 'sealed' || sandbox.state === 'destroyed') throw new GoneError(`the sandbox is ${sandbox.state}`);
    return { sandbox, agreement };
  }

  view(sandbox: Sandbox): SandboxView {
    return {
      id: sandbox.id,
      agreementId: sandbox.agreementId,
      state: sandbox.state,
      progress: sandbox.progress,
      tables: sandbox.loaded.map((l) => ({ name: l.table, rows: l.rows, columns: l.columns })),
      loadedFrom: sandbox.loaded.map((l) => ({ datasetId: l.datasetId, table: l.table, vaultVersion: l.vaultVersion, rulesVersion: l.rulesVersion })),
      error: sandbox.error,
    };
  }
}
