/**
 * The gate every data access of an operator passes: the sandbox is visible to the caller for
 * the action, not sealed (410), ready, and its agreement active. Checked again right before a
 * statement runs, so a query that waited while the sandbox was sealed is refused too.
 */
import type { AppAbility } from '../../policies/define-ability-for';
import type { Action } from '../../policies/actions';
import { ConflictError, GoneError } from '../errors/app-error';
import type { Agreement } from '../agreements/agreement';
import type { Sandbox } from '../sandboxes/sandbox';
import type { SandboxService } from '../sandboxes/sandbox-service';

/** `openedAt`: when the checks passed (ms since the epoch), so that a statement that waited is checked again. */
export type OpenSandbox = { sandbox: Sandbox; agreement: Agreement; openedAt: number };

export class WorkspaceAccess {
  constructor(private readonly deps: { sandboxes: SandboxService; now: () => Date }) {}

  async open(sandboxId: string, ability: AppAbility, action: Action): Promise<OpenSandbox> {
    const found = await this.deps.sandboxes.visible(sandboxId, ability, action);
    this.assertUsable(found);
    return { ...found, openedAt: Date.now() };
  }

  /** For trusted callers that checked the policy elsewhere (API products): state checks only. */
  async openTrusted(sandboxId: string): Promise<OpenSandbox> {
    const found = await this.deps.sandboxes.get(sandboxId);
    this.assertUsable(found);
    return { ...found, openedAt: Date.now() };
  }

  /** Re-reads the sandbox and refuses it if it can no longer be used. */
  async recheck(sandboxId: string, ability: AppAbility, action: Action): Promise<void> {
    this.assertUsable(await this.deps.sandboxes.visible(sandboxId, ability, action));
  }

  private assertUsable({ sandbox, agreement }: Omit<OpenSandbox, 'openedAt'>): void {
    if (agreement.status === 'sealed' || agreement.status === 'destroyed') throw new GoneError(`the agreement is ${agreement.status}`);
    if (agreement.status !== 'active') throw new ConflictError(`the agreement is ${agreement.status}; data access is stopped`, 'agreement_not_active');
    if (sandbox.state !== 'ready') throw new ConflictError(`the sandbox is ${sandbox.state}`, 'sandbox_not_ready');
    if (this.deps.now().getTime() < Date.parse(agreement.startsAt)) throw new ConflictError('the agreement’s term has not started', 'term_not_started');
  }
}
