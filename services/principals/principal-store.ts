/** Reads and writes the `principals` table. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Role } from '../../policies/roles';
import type { Principal } from './principal';

type PrincipalRow = {
  id: string;
  name: string;
  role: string;
  unit: string;
  partner_id: string | null;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
};

export type StoredPrincipal = Principal & { tokenHash: string };

const COLUMNS = 'id, name, role, unit, partner_id, token_hash, created_at, revoked_at';

function toPrincipal(row: PrincipalRow): StoredPrincipal {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    unit: row.unit,
    partnerId: row.partner_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    tokenHash: row.token_hash,
  };
}

export class PrincipalStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(p: StoredPrincipal, createdBy: string | null, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(
      'INSERT INTO principals (id, name, role, unit, partner_id, token_hash, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [p.id, p.name, p.role, p.unit, p.partnerId, p.tokenHash, p.createdAt, createdBy],
    );
  }

  async byId(id: string): Promise<StoredPrincipal | undefined> {
    const row = await this.deps.db.one<PrincipalRow>(`SELECT ${COLUMNS} FROM principals WHERE id = $1`, [id]);
    return row && toPrincipal(row);
  }

  async byName(name: string): Promise<StoredPrincipal | undefined> {
    const row = await this.deps.db.one<PrincipalRow>(`SELECT ${COLUMNS} FROM principals WHERE name = $1`, [name]);
    return row && toPrincipal(row);
  }

  async byTokenHash(tokenHash: string): Promise<StoredPrincipal | undefined> {
    const row = await this.deps.db.one<PrincipalRow>(`SELECT ${COLUMNS} FROM principals WHERE token_hash = $1`, [tokenHash]);
    return row && toPrincipal(row);
  }

  async list(): Promise<StoredPrincipal[]> {
    const rows = await this.deps.db.all<PrincipalRow>(`SELECT ${COLUMNS} FROM principals ORDER BY created_at, id`);
    return rows.map(toPrincipal);
  }

  async countActive(role: Role, db: SqlRunner = this.deps.db): Promise<number> {
    const row = await db.one<{ n: bigint }>('SELECT count(*) AS n FROM principals WHERE role = $1 AND revoked_at IS NULL', [role]);
    return Number(row?.n ?? 0);
  }

  /** Revokes an active principal; false if it was already revoked (nothing changed). */
  async revoke(id: string, at: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change('UPDATE principals SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, at])) === 1;
  }

  async replaceTokenHash(id: string, tokenHash: string, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('UPDATE principals SET token_hash = $2 WHERE id = $1', [id, tokenHash]);
  }
}
