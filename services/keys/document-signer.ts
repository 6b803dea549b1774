/**
 * Signatures on the documents the platform issues (destruction certificates), so that whoever
 * holds one can check it with the platform's public key alone: SM2 with SM3 under the 国密
 * profile (the same key pair as the audit anchor), Ed25519 under intl (a key derived from the
 * anchor key). The anchor key stays the one secret; the public keys follow from it and are
 * published by `GET /api/v1/audit/anchor`.
 */
import crypto from 'node:crypto';
import type { CryptoProfile } from '../../sandbox/crypto/crypto-profile';
import { sm2PublicKeyOf, sm2Sign, sm2Verify } from '../../sandbox/crypto/sm2-signature';
import { anchorSm2PrivateKey } from '../audit/anchor-signer';

export type DocumentSignature = { algorithm: 'SM2-with-SM3' | 'Ed25519'; publicKey: string; value: string };

export type DocumentSigner = { readonly algorithm: DocumentSignature['algorithm']; readonly publicKey: string; sign(text: string): DocumentSignature };

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function documentSigner(profile: CryptoProfile, anchorKey: string): DocumentSigner {
  if (profile === 'gm') {
    const privateKey = anchorSm2PrivateKey(anchorKey);
    const publicKey = sm2PublicKeyOf(privateKey);
    return { algorithm: 'SM2-with-SM3', publicKey, sign: (text) => ({ algorithm: 'SM2-with-SM3', publicKey, value: sm2Sign(Buffer.from(text, 'utf8'), privateKey, publicKey) }) };
  }
  const seed = crypto.createHmac('sha256', anchorKey).update('shuyu:documents:ed25519').digest();
  const key = crypto.createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = (crypto.createPublicKey(key).export({ format: 'der', type: 'spki' }) as Buffer).subarray(ED25519_SPKI_PREFIX.length).toString('hex');
  return { algorithm: 'Ed25519', publicKey, sign: (text) => ({ algorithm: 'Ed25519', publicKey, value: crypto.sign(null, Buffer.from(text, 'utf8'), key).toString('hex') }) };
}

/** Checks a signature with its public key alone (what an outside party does). */
export function verifyDocumentSignature(text: string, signature: DocumentSignature): boolean {
  if (signature.algorithm === 'SM2-with-SM3') return sm2Verify(Buffer.from(text, 'utf8'), signature.value, signature.publicKey);
  try {
    const key = crypto.createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(signature.publicKey, 'hex')]), format: 'der', type: 'spki' });
    return crypto.verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature.value, 'hex'));
  } catch {
    return false;
  }
}
