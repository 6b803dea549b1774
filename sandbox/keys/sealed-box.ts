/**
 * Sealed boxes for secrets at rest (per-agreement keys, platform secrets), by profile:
 * - intl: AES-256-GCM, a random 96-bit IV per message, the 128-bit tag checked on open; text
 *   form base64url(iv | tag | ciphertext);
 * - gm: SM4-CTR with an HMAC-SM3 tag (sandbox/crypto/sm4-box.ts), text form `g1.` + base64url.
 * `open` reads either form (base64url has no '.'), so a box opens whatever profile sealed it.
 */
import crypto from 'node:crypto';
import type { CryptoProfile } from '../crypto/crypto-profile';
import { openSm4, sealSm4, SM4_BOX_PREFIX } from '../crypto/sm4-box';

export function seal(plaintext: Buffer, masterKey: Buffer, context: string, profile: CryptoProfile = 'intl'): string {
  if (profile === 'gm') return sealSm4(plaintext, masterKey, context);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens a sealed box; throws if it was altered or sealed under another key or context. */
export function open(sealed: string, masterKey: Buffer, context: string): Buffer {
  if (sealed.startsWith(SM4_BOX_PREFIX)) return openSm4(sealed, masterKey, context);
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', masterKey, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

/** The profile a box was sealed under. */
export function sealedProfile(sealed: string): CryptoProfile {
  return sealed.startsWith(SM4_BOX_PREFIX) ? 'gm' : 'intl';
}
