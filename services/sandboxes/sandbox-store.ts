/** Reads and writes sandbox records and their sealed per-agreement keys. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { LoadedDataset, Sandbox, SandboxState } from './sandbox';

type SandboxRow = {
  id: string; agreement_id: string; state: string; progress_done: number; progress_total: number; attempts: number;
  loaded: string | null; error: string | null; created_at: string; ready_at: string | null; sealed_at: string | null; destroyed_at: string | null;
};

function toSandbox(r: SandboxRow): Sandbox {
  return {
    id: r.id, agreementId: r.agreement_id, state: r.state as SandboxState,
    progress: { done: Number(r.progress_done), total: Number(r.progress_total) }, attempts: Number(r.attempts),
    loaded: r.loaded ? (JSON.parse(r.loaded) as LoadedDataset[]) : [], error: r.error, createdAt: r.created_at,
    readyAt: r.ready_at, sealedAt: r.sealed_at, destroyedAt: r.destroyed_at,
  };
}

export class SandboxStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(id: string, agreementId: string, at: string, sealedKey: string, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run("INSERT INTO sandboxes VALUES ($1, $2, 'provisioning', 0, 0, 0, NULL, NULL, $3, NULL, NULL, NULL)", [id, agreementId, at]);
    await db.run('INSERT INTO sandbox_keys VALUES ($1, $2, $3)', [id, sealedKey, at]);
  }

  async get(id: string): Promise<Sandbox | undefined> {
    const row = await this.deps.db.one<SandboxRow>('SELECT * FROM sandboxes WHERE id = $1', [id]);
    return row && toSandbox(row);
  }

  async inState(states: SandboxState[]): Promise<Sandbox[]> {
    const rows = await this.deps.db.all<SandboxRow>(`SELECT * FROM sandboxes WHERE state IN (${states.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY created_at`, states);
    return rows.map(toSandbox);
  }

  async sealedKey(id: string): Promise<string | null> {
    return (await this.deps.db.one<{ key_ciphertext: string }>('SELECT key_ciphertext FROM sandbox_keys WHERE sandbox_id = $1', [id]))?.key_ciphertext ?? null;
  }

  /** Deletes the sealed key; returns whether one was there. */
  async deleteKey(id: string): Promise<boolean> {
    return (await this.deps.db.change('DELETE FROM sandbox_keys WHERE sandbox_id = $1', [id])) === 1;
  }

  async progress(id: string, done: number, total: number): Promise<void> {
    await this.deps.db.run('UPDATE sandboxes SET progress_done = $2, progress_total = $3 WHERE id = $1', [id, done, total]);
  }

  async startAttempt(id: string): Promise<void> {
    await this.deps.db.run("UPDATE sandboxes SET attempts = attempts + 1, error = NULL, state = 'provisioning', progress_done = 0 WHERE id = $1 AND state IN ('provisioning', 'failed')", [id]);
  }

  async markReady(id: string, loaded: LoadedDataset[], at: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change("UPDATE sandboxes SET state = 'ready', loaded = $2, ready_at = $3, error = NULL WHERE id = $1 AND state = 'provisioning'", [id, JSON.stringify(loaded), at])) === 1;
  }

  async markFailed(id: string, error: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change("UPDATE sandboxes SET state = 'failed', error = $2 WHERE id = $1 AND state = 'provisioning'", [id, error])) === 1;
  }

  /** Compare-and-set of the state; returns whether it changed. `stamp` names a timestamp column to set. */
  async setState(id: string, from: SandboxState[], to: SandboxState, at: string, stamp?: 'sealed_at' | 'destroyed_at', db: SqlRunner = this.deps.db): Promise<boolean> {
    const list = from.map((_, i) => `$${i + 4}`).join(', ');
    const set = stamp ? `, ${stamp} = $3` : '';
    return (await db.change(`UPDATE sandboxes SET state = $2${set} WHERE id = $1 AND ($3 IS NOT NULL) AND state IN (${list})`, [id, to, at, ...from])) === 1;
  }
}
