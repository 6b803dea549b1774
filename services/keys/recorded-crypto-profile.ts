/**
 * The cryptographic profile recorded in the data directory (`crypto-profile`, one word). A new
 * data directory records the one asked for (intl unless SHUYU_CRYPTO_PROFILE=gm); one created
 * before profiles existed is intl. Asking for another profile than the recorded one stops the
 * start: the audit chain's hashes and the sealed keys were made under the recorded one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/config';
import { CRYPTO_PROFILE_FILE, recordedCryptoProfile, UnknownCryptoProfile, type CryptoProfile } from '../../sandbox/crypto/crypto-profile';
import { fsyncPath } from '../../sandbox/vault/fsync-path';
import { controlFile } from '../store/control-store';

/** The profile this data directory uses, recorded on first use (`record`), checked against the one asked for. */
export function cryptoProfileOf(dataDir: string, asked: CryptoProfile | undefined, record: boolean): CryptoProfile {
  let recorded: CryptoProfile | null;
  try {
    recorded = recordedCryptoProfile(dataDir);
  } catch (error) {
    throw error instanceof UnknownCryptoProfile ? new ConfigError(error.message) : error;
  }
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
