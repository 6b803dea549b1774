/**
 * The master key that seals per-agreement keys: from config (64 hex chars) when given, else a
 * generated key file (0600) in the data directory. Production should supply it from outside.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function resolveMasterKey(dataDir: string, configuredHex: string | undefined): Buffer {
  if (configuredHex) return Buffer.from(configuredHex, 'hex');
  const file = path.join(dataDir, 'master.key');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}
