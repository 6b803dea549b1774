/**
 * The cryptographic profile of a data directory: `intl` (SHA-256, HMAC-SHA256, AES-256-GCM,
 * Ed25519) or `gm` (国密: SM3, HMAC-SM3, SM4, SM2). Chosen when the data directory is created
 * (SHUYU_CRYPTO_PROFILE) and recorded in it, because what it chose (how the audit chain is
 * hashed, how keys are sealed) cannot change afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';

export type CryptoProfile = 'intl' | 'gm';

export const CRYPTO_PROFILES: readonly CryptoProfile[] = ['intl', 'gm'];

/** The hash of the profile, by its OpenSSL name. */
export function hashAlgorithm(profile: CryptoProfile): 'sha256' | 'sm3' {
  return profile === 'gm' ? 'sm3' : 'sha256';
}

export const CRYPTO_PROFILE_FILE = 'crypto-profile';

export class UnknownCryptoProfile extends Error {}

/** The profile recorded in `dataDir`; null when none is (a new directory, or one from before profiles). */
export function recordedCryptoProfile(dataDir: string): CryptoProfile | null {
  const file = path.join(dataDir, CRYPTO_PROFILE_FILE);
  if (!fs.existsSync(file)) return null;
  const word = fs.readFileSync(file, 'utf8').trim();
  if (!(CRYPTO_PROFILES as readonly string[]).includes(word)) throw new UnknownCryptoProfile(`${file} holds no known cryptographic profile (intl or gm): restore it from the backup`);
  return word as CryptoProfile;
}

/** The profile that readers of a data directory use: the recorded one, intl when none is recorded. */
export function dataDirCryptoProfile(dataDir: string): CryptoProfile {
  return recordedCryptoProfile(dataDir) ?? 'intl';
}
