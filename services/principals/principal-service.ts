/**
 * Principals: creation (the token is returned once), lookup, revocation and authentication.
 * Authentication caches principals by token hash in memory; revocation evicts at once, so a
 * revoked token answers 401 on the very next request.
 *
 * Contract: a creation, a revocation or a bootstrap given a commit writes its row only together
 * with its audit entry (one transaction), and only after every check has passed: a refusal
 * writes nothing.
 */
import crypto from 'node:crypto';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import { isRole } from '../../policies/roles';
import type { Principal } from './principal';
import type { PrincipalStore, StoredPrincipal } from './principal-store';
import { generateToken, hashesMatch, hashToken, TOKEN_PATTERN } from './token';

export type NewPrincipal = { name: string; role: string; unit: string; partnerId?: string | null };
export type CreatedPrincipal = { principal: Principal; token: string };
/**
 * How a creation commits with its audit entry, named once the principal (and so its id) is
 * known. Without one (the offline CLI) the row is written alone.
 */
export type CreateOptions = { token?: string; commitFor?: (principal: Principal) => AuditedCommit };
/** How the bootstrap commits with its audit entry; `token` is set when it was generated (write it out before committing). */
export type BootstrapCommit = (what: { action: 'principal.bootstrap' | 'principal.rotate_bootstrap_token'; principal: Principal; token?: string }) => AuditedCommit;

export class PrincipalService {
  private readonly cache = new Map<string, StoredPrincipal>();

  constructor(private readonly deps: { store: PrincipalStore; clock: Clock }) {}

  async create(input: NewPrincipal, createdBy: string | null, options: CreateOptions = {}): Promise<CreatedPrincipal> {
    const token = options.token ?? generateToken();
    if (!isRole(input.role)) throw new UnprocessableError('unknown role', [{ path: 'role', message: 'unknown role' }]);
    if (await this.deps.store.byName(input.name)) throw new ConflictError('a principal with this name already exists', 'duplicate_name');
    const stored: StoredPrincipal = {
      id: `prn_${crypto.randomUUID()}`,
      name: input.name,
      role: input.role,
      unit: input.unit,
      partnerId: input.role === 'partner' ? (input.partnerId ?? null) : null,
      createdAt: this.deps.clock.now().toISOString(),
      revokedAt: null,
      tokenHash: hashToken(token),
    };
    const insert = (tx: SqlRunner) => this.deps.store.insert(stored, createdBy, tx);
    try {
      if (options.commitFor) await options.commitFor(withoutHash(stored))(insert);
      else await this.deps.store.insert(stored, createdBy);
    } catch (error) {
      if (String(error).includes('Duplicate key')) throw new ConflictError('a principal with this name already exists', 'duplicate_name');
      throw error;
    }
    return { principal: withoutHash(stored), token };
  }

  async get(id: string): Promise<Principal> {
    const found = await this.deps.store.byId(id);
    if (!found) throw new NotFoundError('principal');
    return withoutHash(found);
  }

  async list(): Promise<Principal[]> {
    return (await this.deps.store.list()).map(withoutHash);
  }

  /**
   * Revokes a principal, committed with the request's audit entry. The last active authority
   * cannot be revoked (counted inside the commit, so two revocations cannot both pass).
   */
  async revoke(id: string, commit: AuditedCommit): Promise<Principal> {
    const found = await this.deps.store.byId(id);
    if (!found) throw new NotFoundError('principal');
    if (found.revokedAt) throw new ConflictError('principal is already revoked', 'already_revoked');
    const at = this.deps.clock.now().toISOString();
    await commit(async (tx) => {
      if (found.role === 'authority' && (await this.deps.store.countActive('authority', tx)) <= 1) {
        throw new ConflictError('the last active authority cannot be revoked', 'last_authority');
      }
      if (!(await this.deps.store.revoke(id, at, tx))) throw new ConflictError('principal is already revoked', 'already_revoked');
    });
    this.cache.delete(found.tokenHash);
    return this.get(id);
  }

  /** The active principal holding this token, or null. Never says why a token failed. */
  async authenticate(token: string): Promise<Principal | null> {
    if (!TOKEN_PATTERN.test(token) && !/^[A-Za-z0-9._~-]{32,256}$/.test(token)) return null;
    const tokenHash = hashToken(token);
    let found = this.cache.get(tokenHash);
    if (!found) {
      found = await this.deps.store.byTokenHash(tokenHash);
      if (found && !found.revokedAt) this.cache.set(tokenHash, found);
    }
    if (!found || found.revokedAt || !hashesMatch(found.tokenHash, tokenHash)) return null;
    return withoutHash(found);
  }

  /**
   * First start: create the authority. Its token comes from `configuredToken` when given,
   * else it is generated and returned so the caller can write it to a 0600 file. On later
   * starts a different configured token rotates the bootstrap authority's token. With `commit`,
   * the creation or rotation commits together with its audit entry.
   */
  async bootstrapAuthority(configuredToken: string | undefined, commit?: BootstrapCommit): Promise<{ created: boolean; rotated: boolean; principal: Principal; token?: string }> {
    const existing = await this.deps.store.byName('authority');
    if (!existing) {
      const generated = configuredToken ? undefined : generateToken();
      const { principal } = await this.create({ name: 'authority', role: 'authority', unit: 'district-data-authority' }, null, {
        token: configuredToken ?? generated,
        commitFor: commit && ((p) => commit({ action: 'principal.bootstrap', principal: p, token: generated })),
      });
      return { created: true, rotated: false, principal, token: generated };
    }
    if (configuredToken && !hashesMatch(existing.tokenHash, hashToken(configuredToken))) {
      this.cache.delete(existing.tokenHash);
      const replace = (tx: SqlRunner) => this.deps.store.replaceTokenHash(existing.id, hashToken(configuredToken), tx);
      if (commit) await commit({ action: 'principal.rotate_bootstrap_token', principal: withoutHash(existing) })(replace);
      else await this.deps.store.replaceTokenHash(existing.id, hashToken(configuredToken));
      return { created: false, rotated: true, principal: withoutHash(existing) };
    }
    return { created: false, rotated: false, principal: withoutHash(existing) };
  }
}

function withoutHash(p: StoredPrincipal): Principal {
  return { id: p.id, name: p.name, role: p.role, unit: p.unit, partnerId: p.partnerId, createdAt: p.createdAt, revokedAt: p.revokedAt };
}
