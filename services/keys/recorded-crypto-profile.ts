/**
 * The cryptographic profile recorded in the data directory (`crypto-profile`, one word). A new
 * data directory records the one asked for (intl unless SHUYU_CRYPTO_PROFILE=gm); one created
 * before profiles existed is intl. Asking for another profile than the recorded one stops the
 * start: the audit chain's hashes and the sealed keys were made under the recorded one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/config';
import { CRYPTO_PROFILES, type CryptoProfile } from '../../sandbox/crypto/crypto-profile';
import { fsyncPath } from '../../sandbox/vault/fsync-path';
import { controlFile } from '../store/control-store';

export const CRYPTO_PROFILE_FILE = 'crypto-profile';

/** The recorded profile; `null` when none is recorded (a new directory, or one from before profiles). */
export function readCryptoProfile(dataDir: string): CryptoProfile | null {
  const file = path.join(dataDir, CRYPTO_PROFILE_FILE);
  if (!fs.existsSync(file)) return null;
  const word = fs.readFileSync(file, 'utf8').trim();
  if (!(CRYPTO_PROFILES as readonly string[]).includes(word)) throw new ConfigError(`${file} holds no known cryptographic profile (intl or gm): restore it from the backup`);
  return word as CryptoProfile;
}

/** The profile this data directory uses, recorded on first use (`record`), checked against the one asked for. */
export function cryptoProfileOf(dataDir: string, asked: CryptoProfile | undefined, record: boolean): CryptoProfile {
  const recorded = readCryptoProfile(dataDir);
  const existing = fs.existsSync(controlFile(dataDir));
  const profile = recorded ?? (existing ? 'intl' : asked ?? 'intl');
  if (asked && asked !== profile) {
    throw new ConfigError(`invalid configuration: SHUYU_CRYPTO_PROFILE=${asked}, but the data directory ${dataDir} uses the ${profile} profile, chosen when it was created; it cannot change (unset SHUYU_CRYPTO_PROFILE or set it to ${profile})`);
  }
  if (recorded === null && record) {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, CRYPTO_PROFILE_FILE);
    fs.writeFileSync(`${file}.tmp`, `${profile}\n`, { mode: 0o644, flush: true });
    fs.renameSync(`${file}.tmp`, file);
    fsyncPath(dataDir);
  }
  return profile;
}
