/**
 * Where the platform's own keys come from (SHUYU_KEY_SOURCE):
 * - `file` (default): SHUYU_MASTER_KEY / SHUYU_AUDIT_HMAC_KEY when set, else `master.key` and
 *   `audit-anchor.key` (mode 0600) in SHUYU_KEY_DIR, which defaults to the data directory; the
 *   production profile refuses a key directory inside the data directory (config.ts);
 * - `env`: only from the environment; a missing key stops the start;
 * - `kms-command`: from SHUYU_KEY_COMMAND (see kms-command.ts), once per start.
 * The result is the configuration with both keys filled in, so that everything after it (the
 * anchor, the sealed agreement keys, the doctor) reads them from one place. `read` never creates
 * a key file (for `verify` and `doctor`, which change nothing).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config/config';
import { ANCHOR_KEY_FILE } from '../audit/audit-anchor';
import { keyFromCommand } from './kms-command';
import { MASTER_KEY_PATTERN } from '../../sandbox/keys/master-key';

export const MASTER_KEY_FILE = 'master.key';

export type KeyUse = 'create' | 'read';

export function withCustodiedKeys(config: Config, use: KeyUse): Config {
  const { masterKeyHex, hmacKey } = custodiedKeys(config, use);
  return { ...config, masterKeyHex, audit: { ...config.audit, hmacKey } };
}

function custodiedKeys(config: Config, use: KeyUse): { masterKeyHex: string | undefined; hmacKey: string | undefined } {
  const { source, dir, command } = config.keys;
  if (source === 'env') {
    if (!config.masterKeyHex || !config.audit.hmacKey) {
      throw new ConfigError('invalid configuration: SHUYU_KEY_SOURCE=env needs SHUYU_MASTER_KEY (64 hex characters) and SHUYU_AUDIT_HMAC_KEY (32 characters or more)');
    }
    return { masterKeyHex: config.masterKeyHex, hmacKey: config.audit.hmacKey };
  }
  if (source === 'kms-command') {
    const masterKeyHex = keyFromCommand(command as string, 'master').toLowerCase();
    if (!MASTER_KEY_PATTERN.test(masterKeyHex)) throw new ConfigError('invalid configuration: the key command must print the master key as 64 hex characters');
    const hmacKey = keyFromCommand(command as string, 'audit-anchor');
    if (hmacKey.length < 32) throw new ConfigError('invalid configuration: the key command must print an audit anchor key of 32 characters or more');
    return { masterKeyHex, hmacKey };
  }
  return {
    masterKeyHex: config.masterKeyHex ?? keyFile(dir, MASTER_KEY_FILE, use),
    hmacKey: config.audit.hmacKey ?? keyFile(dir, ANCHOR_KEY_FILE, use),
  };
}

/** The key in `dir/name`; created (random, 0600, flushed) when absent and `use` is create. */
function keyFile(dir: string, name: string, use: KeyUse): string | undefined {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    if (use === 'read') return undefined;
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx', flush: true });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
