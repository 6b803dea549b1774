/**
 * The master key that seals per-agreement keys, as bytes. Where it comes from (a file outside
 * the data directory, the environment, a KMS command) is services/keys/key-custody.ts.
 */
/** A master key as text: 64 lower-case hex characters (256 bits). */
export const MASTER_KEY_PATTERN = /^[0-9a-f]{64}$/;

export function masterKeyOf(hex: string | undefined): Buffer {
  if (!hex || !MASTER_KEY_PATTERN.test(hex)) throw new Error('the master key is missing or malformed (64 hex characters expected)');
  return Buffer.from(hex, 'hex');
}
