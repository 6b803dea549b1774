/**
 * How the audit anchor is signed, by cryptographic profile:
 * - intl: HMAC-SHA256 under the anchor key (whoever verifies holds the key);
 * - gm: an SM2 signature (GB/T 32918, SM3, default identifier) by a key pair derived from the
 *   anchor key, so that an outside party verifies the anchor with the public key alone
 *   (`GET /api/v1/audit/anchor-key`, `shuyu audit verify --public-key`).
 * The private key is d = (HMAC-SM3(anchor key, label) mod (n − 1)) + 1: the anchor key stays the
 * one secret to keep (file, environment or KMS command), and the public key follows from it.
 */
import crypto from 'node:crypto';
import type { CryptoProfile } from '../../sandbox/crypto/crypto-profile';
import { sm2PublicKeyOf, sm2Sign, sm2Verify } from '../../sandbox/crypto/sm2-signature';

export type AnchorSigner = {
  readonly algorithm: 'HMAC-SHA256' | 'SM2-with-SM3';
  /** The public key (gm), 04 ‖ x ‖ y in hex; null for HMAC. */
  readonly publicKey: string | null;
  sign(message: string): string;
  verify(message: string, signature: string): boolean;
};

const SM2_ORDER = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

export function anchorSm2PrivateKey(anchorKey: string): string {
  const raw = BigInt(`0x${crypto.createHmac('sm3', anchorKey).update('shuyu:audit-anchor:sm2').digest('hex')}`);
  return ((raw % (SM2_ORDER - 1n)) + 1n).toString(16).padStart(64, '0');
}

/**
 * `key`: the anchor key ('' when unknown). Under gm, `publicKey` alone suffices to verify;
 * without a key nothing can be signed.
 */
export function anchorSigner(profile: CryptoProfile, key: string, publicKey?: string): AnchorSigner {
  if (profile === 'gm') {
    const privateKey = key ? anchorSm2PrivateKey(key) : null;
    const pub = publicKey ?? (privateKey ? sm2PublicKeyOf(privateKey) : null);
    return {
      algorithm: 'SM2-with-SM3', publicKey: pub,
      sign: (message) => {
        if (!privateKey) throw new Error('the audit anchor key is missing: the anchor cannot be signed');
        return sm2Sign(Buffer.from(message, 'utf8'), privateKey, pub ?? undefined);
      },
      verify: (message, signature) => pub !== null && sm2Verify(Buffer.from(message, 'utf8'), signature, pub),
    };
  }
  const mac = (message: string) => crypto.createHmac('sha256', key).update(message).digest('hex');
  return {
    algorithm: 'HMAC-SHA256', publicKey: null,
    sign: mac,
    verify: (message, signature) => {
      const expected = mac(message);
      return signature.length === expected.length && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
    },
  };
}
