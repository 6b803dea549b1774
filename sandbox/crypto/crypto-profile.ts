/**
 * The cryptographic profile of a data directory: `intl` (SHA-256, HMAC-SHA256, AES-256-GCM,
 * Ed25519) or `gm` (国密: SM3, HMAC-SM3, SM4, SM2). Chosen when the data directory is created
 * (SHUYU_CRYPTO_PROFILE) and recorded in it, because what it chose (how the audit chain is
 * hashed, how keys are sealed) cannot change afterwards.
 */
export type CryptoProfile = 'intl' | 'gm';

export const CRYPTO_PROFILES: readonly CryptoProfile[] = ['intl', 'gm'];

/** The hash of the profile, by its OpenSSL name. */
export function hashAlgorithm(profile: CryptoProfile): 'sha256' | 'sm3' {
  return profile === 'gm' ? 'sm3' : 'sha256';
}
