/**
 * Which sandboxes a caller's lists and counts may draw from: open ones (not sealed or
 * destroyed, whose models and runs answer 410 one by one) that the ability permits both
 * `read` and `action` on. Deny by default: a sandbox no rule grants is left out.
 */
import type { Action } from '../../policies/actions';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { AgreementStore } from '../agreements/agreement-store';
import { sandboxStates } from '../sandboxes/sandbox';
import { sandboxSubject } from '../sandboxes/sandbox-service';
import type { SandboxStore } from '../sandboxes/sandbox-store';

const OPEN_STATES = sandboxStates.filter((s) => s !== 'sealed' && s !== 'destroyed');

export class SandboxScope {
  constructor(private readonly deps: { sandboxes: SandboxStore; agreements: AgreementStore }) {}

  async ids(ability: AppAbility, action: Action): Promise<string[]> {
    const agreements = new Map((await this.deps.agreements.list()).map((a) => [a.id, a]));
    const ids: string[] = [];
    for (const sandbox of await this.deps.sandboxes.inState([...OPEN_STATES])) {
      const agreement = agreements.get(sandbox.agreementId);
      if (!agreement) continue;
      const subject = sandboxSubject(sandbox, agreement);
      if (permits(ability, 'read', subject) && permits(ability, action, subject)) ids.push(sandbox.id);
    }
    return ids;
  }
}
