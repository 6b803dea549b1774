/** The start-up check of the data directory's volume: dm-crypt is recognised, directly or under LVM; anything else is said at start. */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { deviceEncryption, volumeEncryption } from '../../../services/keys/encrypted-volume';
import { createLogger } from '../../../services/logging/create-logger';
import { makeTempDir, startTestPlatform } from '../../fixtures/test-platform';

/** A fake /sys with block devices: `uuids` per dm device, `slaves` per device. */
function fakeSys(devices: { id: string; name: string; uuid?: string; slaves?: string[] }[]): string {
  const root = makeTempDir('shuyu-sys-');
  for (const d of devices) {
    const dir = path.join(root, 'devices', 'virtual', 'block', d.name);
    fs.mkdirSync(path.join(dir, 'slaves'), { recursive: true });
    if (d.uuid) {
      fs.mkdirSync(path.join(dir, 'dm'));
      fs.writeFileSync(path.join(dir, 'dm', 'uuid'), `${d.uuid}\n`);
    }
    fs.mkdirSync(path.join(root, 'dev', 'block'), { recursive: true });
    fs.symlinkSync(dir, path.join(root, 'dev', 'block', d.id));
  }
  for (const d of devices) for (const s of d.slaves ?? []) fs.symlinkSync(path.join(root, 'devices', 'virtual', 'block', s), path.join(root, 'devices', 'virtual', 'block', d.name, 'slaves', s));
  return root;
}

describe('volume encryption', () => {
  const sys = fakeSys([
    { id: '253:0', name: 'dm-0', uuid: 'CRYPT-LUKS2-0123abcd-luks-root' },
    { id: '253:1', name: 'dm-1', uuid: 'LVM-abcdef', slaves: ['dm-0'] },
    { id: '253:2', name: 'dm-2', uuid: 'LVM-plain', slaves: ['sda2'] },
    { id: '8:2', name: 'sda2' },
  ]);
  afterAll(() => fs.rmSync(sys, { recursive: true, force: true }));

  it.each([
    ['a LUKS mapping', 253, 0, 'encrypted'],
    ['a logical volume on a LUKS mapping', 253, 1, 'encrypted'],
    ['a logical volume on a plain partition', 253, 2, 'plain'],
    ['a plain partition', 8, 2, 'plain'],
    ['a device sysfs does not know', 9, 9, 'unknown'],
    ['a virtual file system', 0, 51, 'unknown'],
  ])('tells %s', (_label, major, minor, state) => {
    expect(deviceEncryption(major, minor, sys).state).toBe(state);
  });

  it('warns at start, naming the data directory, when its volume is not one it can tell is encrypted', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _e, done) => { lines.push(chunk.toString()); done(); } });
    const dataDir = makeTempDir('shuyu-volume-');
    const t = await startTestPlatform({ dataDir, logger: createLogger('warn', stream) });
    await t.destroy();
    const warned = lines.some((l) => l.includes('protected by the file system only') && l.includes(dataDir));
    expect(warned).toBe(volumeEncryption(path.dirname(dataDir)).state !== 'encrypted');
  });
});
