/**
 * SM4 sealed boxes for the 国密 profile: SM4-CTR (OpenSSL offers no SM4-GCM here) with an
 * HMAC-SM3 tag over the context, the IV and the ciphertext (encrypt-then-MAC), checked in
 * constant time before anything is decrypted. The encryption and MAC keys are derived from the
 * 256-bit master key with HMAC-SM3 under separate labels. Text form: `g1.` + base64url(iv | tag | ciphertext).
 */
import crypto from 'node:crypto';

export const SM4_BOX_PREFIX = 'g1.';

function keys(masterKey: Buffer): { enc: Buffer; mac: Buffer } {
  const derive = (label: string) => crypto.createHmac('sm3', masterKey).update(label).digest();
  return { enc: derive('shuyu:sm4-box:enc').subarray(0, 16), mac: derive('shuyu:sm4-box:mac') };
}

function tag(mac: Buffer, context: string, iv: Buffer, body: Buffer): Buffer {
  const contextBytes = Buffer.from(context, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(contextBytes.length);
  return crypto.createHmac('sm3', mac).update(length).update(contextBytes).update(iv).update(body).digest();
}

export function sealSm4(plaintext: Buffer, masterKey: Buffer, context: string): string {
  const { enc, mac } = keys(masterKey);
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('sm4-ctr', enc, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return SM4_BOX_PREFIX + Buffer.concat([iv, tag(mac, context, iv, body), body]).toString('base64url');
}

/** Opens an SM4 box; throws if it was altered or sealed under another key or context. */
export function openSm4(sealed: string, masterKey: Buffer, context: string): Buffer {
  const raw = Buffer.from(sealed.slice(SM4_BOX_PREFIX.length), 'base64url');
  if (raw.length < 48) throw new Error('the sealed box is too short');
  const { enc, mac } = keys(masterKey);
  const iv = raw.subarray(0, 16);
  const body = raw.subarray(48);
  if (!crypto.timingSafeEqual(raw.subarray(16, 48), tag(mac, context, iv, body))) throw new Error('the sealed box does not open under this key and context');
  const decipher = crypto.createDecipheriv('sm4-ctr', enc, iv);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}
