/**
 * Builds the CASL ability of one principal from its role's grants. Unknown roles fail fast.
 * Deny by default: an ability holds only the rules its role grants.
 */
import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Action } from './actions';
import { rolePermissions } from './role-permissions';
import { isRole } from './roles';
import type { SubjectInstance, SubjectType } from './subjects';

type Subjects = SubjectType | (SubjectInstance & { __caslSubjectType__?: SubjectType });
export type AppAbility = MongoAbility<[Action, Subjects]>;

/**
 * `entrusted`: an examiner's active entrustments (every agreement, or these); nothing when absent.
 * `partner`: what a partner's principal may do now; nothing when absent.
 */
export type PolicyPrincipal = { id: string; role: string; unit: string; entrusted?: 'all' | readonly string[]; partner?: { operatorUnit: string; live: boolean } | null };

export function defineAbilityFor(principal: PolicyPrincipal): AppAbility {
  if (!isRole(principal.role)) throw new Error(`unknown role: ${principal.role}`);
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const grant of rolePermissions[principal.role]({ id: principal.id, unit: principal.unit, entrusted: principal.entrusted ?? [], partner: principal.partner ?? null })) {
    can(grant.action, grant.subject, grant.conditions);
  }
  return build({ detectSubjectType: (object) => (typeof object === 'string' ? object : object.kind) });
}

/** An ability that permits nothing: what a public route's handler holds. */
export function noAbility(): AppAbility {
  return createMongoAbility<AppAbility>([], { detectSubjectType: (object) => (typeof object === 'string' ? object : object.kind) });
}

/** Whether the ability permits `action` on this instance (conditions included). */
export function permits(ability: AppAbility, action: Action, instance: SubjectInstance): boolean {
  return ability.can(action, instance);
}
