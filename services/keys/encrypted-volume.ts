/**
 * Whether the data directory lives on an encrypted block device that Linux can tell us about:
 * a dm-crypt mapping (LUKS or plain; its device-mapper uuid starts with `CRYPT-`), directly or
 * under LVM or another mapping (followed through `slaves/`). Encryption done below the operating
 * system (an encrypted cloud disk) cannot be seen from here: that answers `unknown`.
 */
import fs from 'node:fs';
import path from 'node:path';

export type VolumeEncryption = { state: 'encrypted' | 'plain' | 'unknown'; device: string; detail: string };

/** Major and minor numbers of a Linux dev_t (glibc's encoding). */
export function deviceNumbers(dev: number): { major: number; minor: number } {
  const big = BigInt(dev);
  const major = Number(((big >> 8n) & 0xfffn) | ((big >> 32n) & ~0xfffn));
  const minor = Number((big & 0xffn) | ((big >> 12n) & ~0xffn));
  return { major, minor };
}

export function volumeEncryption(dir: string, sysRoot = '/sys'): VolumeEncryption {
  let dev: number;
  try {
    dev = fs.statSync(dir).dev;
  } catch {
    return { state: 'unknown', device: '?', detail: `${dir} cannot be read` };
  }
  const { major, minor } = deviceNumbers(dev);
  return deviceEncryption(major, minor, sysRoot);
}

export function deviceEncryption(major: number, minor: number, sysRoot = '/sys'): VolumeEncryption {
  const device = `${major}:${minor}`;
  if (major === 0) return { state: 'unknown', device, detail: 'a virtual file system (overlay, tmpfs or a network share)' };
  const block = path.join(sysRoot, 'dev', 'block', device);
  if (!fs.existsSync(block)) return { state: 'unknown', device, detail: 'no block device information' };
  return cryptIn(fs.realpathSync(block), 0) ? { state: 'encrypted', device, detail: 'dm-crypt' } : { state: 'plain', device, detail: 'no dm-crypt mapping under this device' };
}

function cryptIn(blockDir: string, depth: number): boolean {
  if (depth > 8) return false;
  const uuid = path.join(blockDir, 'dm', 'uuid');
  if (fs.existsSync(uuid) && fs.readFileSync(uuid, 'utf8').trim().startsWith('CRYPT-')) return true;
  // A partition's sysfs directory sits inside its disk's; its holders are what map it.
  const slaves = path.join(blockDir, 'slaves');
  if (!fs.existsSync(slaves)) return false;
  return fs.readdirSync(slaves).some((name) => cryptIn(fs.realpathSync(path.join(slaves, name)), depth + 1));
}
