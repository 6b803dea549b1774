/**
 * Every secret the control store keeps sealed under the master key: the agreement (sandbox)
 * keys and the platform's own secrets. One list, read by the start-up check and the rotation.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { open } from '../../sandbox/keys/sealed-box';
import { sandboxKeyContext } from '../agreements/agreement-service';

export type SealedRow = { table: 'sandbox_keys' | 'platform_secrets'; id: string; sealed: string; context: string };

export function platformSecretContext(name: string): string {
  return `shuyu:platform-secret:${name}`;
}

export async function sealedRows(db: SqlRunner): Promise<SealedRow[]> {
  const keys = await db.all<{ sandbox_id: string; key_ciphertext: string }>('SELECT sandbox_id, key_ciphertext FROM sandbox_keys ORDER BY sandbox_id');
  const secrets = await db.all<{ name: string; sealed: string }>('SELECT name, sealed FROM platform_secrets ORDER BY name');
  return [
    ...keys.map((k): SealedRow => ({ table: 'sandbox_keys', id: k.sandbox_id, sealed: k.key_ciphertext, context: sandboxKeyContext(k.sandbox_id) })),
    ...secrets.map((s): SealedRow => ({ table: 'platform_secrets', id: s.name, sealed: s.sealed, context: platformSecretContext(s.name) })),
  ];
}

/** Whether `row` opens under `key` (the GCM tag holds). */
export function opensUnder(row: SealedRow, key: Buffer): boolean {
  try {
    open(row.sealed, key, row.context);
    return true;
  } catch {
    return false;
  }
}

export async function replaceSealed(db: SqlRunner, row: SealedRow, sealed: string): Promise<boolean> {
  return row.table === 'sandbox_keys'
    ? (await db.change('UPDATE sandbox_keys SET key_ciphertext = $2 WHERE sandbox_id = $1 AND key_ciphertext = $3', [row.id, sealed, row.sealed])) === 1
    : (await db.change('UPDATE platform_secrets SET sealed = $2 WHERE name = $1 AND sealed = $3', [row.id, sealed, row.sealed])) === 1;
}
