/**
 * AES-256-GCM for secrets at rest (per-agreement keys, sealed archives): a random 96-bit IV
 * per message, the 128-bit tag checked on open. Text form: base64url(iv | tag | ciphertext).
 */
import crypto from 'node:crypto';

export function seal(plaintext: Buffer, masterKey: Buffer, context: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens a sealed box; throws if it was altered or sealed under another key or context. */
export function open(sealed: string, masterKey: Buffer, context: string): Buffer {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', masterKey, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}
