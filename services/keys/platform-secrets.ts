/**
 * The platform's own secrets, sealed under the master key in `platform_secrets`: created once,
 * then read at every start. A master-key rotation re-seals them, so what they key (the output
 * fingerprints that catch repeated releases) stays the same across rotations.
 */
import crypto from 'node:crypto';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { open, seal } from '../../sandbox/keys/sealed-box';
import { platformSecretContext } from './sealed-rows';
import type { CryptoProfile } from '../../sandbox/crypto/crypto-profile';

/**
 * The secret `name`; on first use `initial()` (the value it had before it was stored here, so
 * that an upgraded platform keeps its fingerprints) is sealed and stored.
 */
export async function platformSecret(db: SqlRunner, masterKey: Buffer, name: string, initial: () => Buffer, at: string, profile: CryptoProfile): Promise<Buffer> {
  const stored = await db.one<{ sealed: string }>('SELECT sealed FROM platform_secrets WHERE name = $1', [name]);
  if (stored) return open(stored.sealed, masterKey, platformSecretContext(name));
  const value = initial();
  await db.run('INSERT INTO platform_secrets VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [name, seal(value, masterKey, platformSecretContext(name), profile), at]);
  return platformSecret(db, masterKey, name, initial, at, profile);
}

/** The key of output fingerprints; first derived from the master key as the platform always did. */
export function outputFingerprintKey(db: SqlRunner, masterKey: Buffer, at: string, profile: CryptoProfile): Promise<Buffer> {
  return platformSecret(db, masterKey, 'output-fingerprints', () => crypto.createHmac('sha256', masterKey).update('shuyu:output-fingerprints').digest(), at, profile);
}

/** A name for a key that says which key it is without saying anything of it (for audit entries and messages). */
export function keyId(key: Buffer): string {
  return crypto.createHmac('sha256', key).update('shuyu:key-id').digest('hex').slice(0, 16);
}
