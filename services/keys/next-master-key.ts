/**
 * The key a master-key rotation moves to. With key files (and no SHUYU_MASTER_KEY), the platform
 * makes it: `master.key.next` beside `master.key`, written durably before anything is re-sealed,
 * so that a rotation cut short resumes with the same key; once every secret is re-sealed it
 * replaces `master.key` by a rename. With keys from the environment or a KMS command, the
 * operator supplies it (SHUYU_NEW_MASTER_KEY) and configures it after the rotation.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config';
import { fsyncPath } from '../../sandbox/vault/fsync-path';
import { masterKeyOf } from '../../sandbox/keys/master-key';
import { MASTER_KEY_FILE } from './key-custody';
import { RotationRefused } from './master-key-rotation';

export type NextMasterKey = { key: Buffer; managed: boolean; resumed: boolean };

const NEXT_FILE = `${MASTER_KEY_FILE}.next`;

/** `configured`: the configuration as given (before custody filled the keys in). */
export function nextMasterKey(configured: Config): NextMasterKey {
  if (configured.keys.newMasterKeyHex) return { key: masterKeyOf(configured.keys.newMasterKeyHex), managed: false, resumed: false };
  if (configured.keys.source !== 'file' || configured.masterKeyHex) {
    throw new RotationRefused('the master key comes from the environment or a KMS command: give the new one in SHUYU_NEW_MASTER_KEY (64 hex characters), then configure it once the rotation is done');
  }
  const file = path.join(configured.keys.dir, NEXT_FILE);
  if (fs.existsSync(file)) return { key: masterKeyOf(fs.readFileSync(file, 'utf8').trim()), managed: true, resumed: true };
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx', flush: true });
  fs.renameSync(temp, file);
  fsyncPath(configured.keys.dir);
  return { key: masterKeyOf(fs.readFileSync(file, 'utf8').trim()), managed: true, resumed: false };
}

/** Puts the managed new key in place of the old one, durably. */
export function promoteNextMasterKey(configured: Config): void {
  fs.renameSync(path.join(configured.keys.dir, NEXT_FILE), path.join(configured.keys.dir, MASTER_KEY_FILE));
  fsyncPath(configured.keys.dir);
}
