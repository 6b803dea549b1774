/**
 * The storage monitor on a real small filesystem (a 4 MiB tmpfs where this process may mount;
 * otherwise free space and write failures are injected at the file-system boundary: the
 * describe name says which), plus its timing contract with a stand-in statfs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../services/errors/app-error';
import { StorageMonitor, type FsStats } from '../../../services/storage/storage-monitor';
import { smallDisk, type SmallDisk } from './small-disk';

const MiB = 1024 * 1024;
const disk: SmallDisk = smallDisk(4, 'shuyu-monitor-');
afterAll(() => disk.release());

/** A real ENOSPC from the small disk (or, injected, one shaped like it). */
function realEnospc(): unknown {
  if (disk.mode === 'injected') return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  try {
    fs.writeFileSync(path.join(disk.dir, 'one-more.bin'), Buffer.alloc(2 * MiB));
  } catch (error) {
    return error;
  } finally {
    fs.rmSync(path.join(disk.dir, 'one-more.bin'), { force: true });
  }
  throw new Error('the disk was not full');
}

async function refusal(monitor: StorageMonitor, kind: 'upload' | 'provisioning'): Promise<AppError> {
  try {
    await monitor.assertRoom(kind);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe(`StorageMonitor on a 4 MiB disk (${disk.mode})`, () => {
  let clock = 0;
  const monitor = new StorageMonitor({ dir: disk.dir, reserve: { bytes: 1 * MiB, percent: null }, now: () => clock, recheckMs: 1000 });
  const later = () => {
    clock += 1000;
  };
  afterEach(() => disk.unfill());

  it('with room: ok, and uploads and provisioning may go ahead', async () => {
    await monitor.check();
    expect(monitor.health()).toEqual({ status: 'ok', reasons: [] });
    await expect(monitor.assertRoom('upload')).resolves.toBeUndefined();
    await expect(monitor.assertRoom('provisioning')).resolves.toBeUndefined();
  });

  it('below the reserve: 507 insufficient_storage with Retry-After for uploads and provisioning, degraded with a reason that names no path; ok again by itself when space returns', async () => {
    disk.fill(512 * 1024);
    later();
    for (const kind of ['upload', 'provisioning'] as const) {
      const error = await refusal(monitor, kind);
      expect(error).toMatchObject({ status: 507, code: 'insufficient_storage', headers: { 'Retry-After': '60' } });
      expect(error.message).not.toContain(disk.dir);
    }
    const health = monitor.health();
    expect(health.status).toBe('degraded');
    expect(health.reasons).toEqual([expect.stringMatching(/below the reserve \(1 MiB\)/)]);
    expect(health.reasons.join(' ')).not.toContain(disk.dir);

    disk.unfill();
    later();
    await expect(monitor.assertRoom('upload')).resolves.toBeUndefined();
    expect(monitor.health().status).toBe('ok');
  });

  it('a write that failed with ENOSPC degrades health at once, refuses uploads, and is cleared by the next check that finds room', async () => {
    disk.fill(0);
    const enospc = realEnospc();
    disk.unfill(); // the space is back before anyone checks again: the failure still shows until a check
    expect(monitor.noteFailure(enospc)).toBe(true);
    expect(monitor.health()).toEqual({ status: 'degraded', reasons: [expect.stringContaining('a write failed (ENOSPC)')] });
    expect((await refusal(monitor, 'upload')).code).toBe('insufficient_storage');
    later();
    await monitor.check();
    expect(monitor.health()).toEqual({ status: 'ok', reasons: [] });
  });

  it('counts what an upload says it will write: refused when it would take the disk below the reserve', async () => {
    later();
    await expect(monitor.assertRoom('upload', 1 * MiB)).resolves.toBeUndefined();
    const error = await monitor.assertRoom('upload', 3 * MiB + 512 * 1024).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 507, code: 'insufficient_storage' });
    expect(monitor.health().status).toBe('ok'); // refusing one large upload is not a degraded platform
  });

  it('ignores failures that are not the disk', () => {
    expect(monitor.noteFailure(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))).toBe(false);
    expect(monitor.noteFailure(new Error('Binder Error: column not found'))).toBe(false);
    expect(monitor.health().status).toBe('ok');
  });
});

describe('StorageMonitor timing (stand-in statfs)', () => {
  const stats = (freeMiB: number): FsStats => ({ bsize: 4096, blocks: (100 * MiB) / 4096, bavail: (freeMiB * MiB) / 4096 });

  it('asks the file system at most once per recheck interval, shares one call between callers, and health() never waits', async () => {
    let clock = 0;
    let calls = 0;
    let release: (s: FsStats) => void = () => undefined;
    const statfs = () => {
      calls += 1;
      return new Promise<FsStats>((resolve) => {
        release = resolve;
      });
    };
    const monitor = new StorageMonitor({ dir: '/nowhere', reserve: { bytes: 10 * MiB, percent: null }, statfs, now: () => clock, recheckMs: 1000 });
    const first = [monitor.assertRoom('upload'), monitor.assertRoom('provisioning'), monitor.check()];
    expect(monitor.health()).toEqual({ status: 'ok', reasons: [] }); // nothing known yet, and no waiting
    expect(calls).toBe(1);
    release(stats(50));
    await Promise.all(first);
    for (let i = 0; i < 20; i += 1) {
      monitor.health();
      await monitor.assertRoom('upload');
    }
    expect(calls).toBe(1);
    clock += 1000;
    monitor.health(); // stale: starts one check in the background
    expect(calls).toBe(2);
    release(stats(5));
    await monitor.check();
    expect(monitor.health().status).toBe('degraded');
  });

  it('a check that started before a failure does not clear it; the next one does', async () => {
    let clock = 0;
    let release: (s: FsStats) => void = () => undefined;
    const statfs = () => new Promise<FsStats>((resolve) => {
      release = resolve;
    });
    const monitor = new StorageMonitor({ dir: '/nowhere', reserve: { bytes: 10 * MiB, percent: null }, statfs, now: () => clock });
    const before = monitor.check();
    monitor.noteFailure(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
    release(stats(50));
    await before;
    expect(monitor.health().reasons).toEqual([expect.stringContaining('a write failed (EIO)')]);
    clock += 1000;
    const after = monitor.check();
    release(stats(50));
    await after;
    expect(monitor.health().status).toBe('ok');
  });

  it('a control store that DuckDB invalidated stays a reason until restart, whatever the free space', async () => {
    const monitor = new StorageMonitor({ dir: '/nowhere', reserve: { bytes: 10 * MiB, percent: null }, statfs: async () => stats(50) });
    monitor.noteFailure(new Error('FATAL Error: Failed: database has been invalidated because of a previous fatal error. The database must be restarted prior to being used again.\nOriginal error: "Could not write file "/x": No space left on device"'));
    await monitor.check();
    expect(monitor.health()).toEqual({ status: 'degraded', reasons: [expect.stringMatching(/invalidated.*restart/)] });
  });

  it('a statfs that fails is a reason, never a rejection', async () => {
    const monitor = new StorageMonitor({ dir: '/nowhere', reserve: { bytes: 10 * MiB, percent: null }, statfs: async () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) });
    await expect(monitor.check()).resolves.toMatchObject({ ok: false });
    expect(monitor.health()).toEqual({ status: 'degraded', reasons: ['free disk space could not be read (EIO)'] });
    await expect(monitor.assertRoom('upload')).resolves.toBeUndefined(); // unknown free space does not stop work; failed writes will
  });

  it('start() keeps checking in the background on a timer that does not hold the process', async () => {
    let calls = 0;
    const monitor = new StorageMonitor({ dir: '/nowhere', reserve: { bytes: 0, percent: null }, statfs: async () => (calls += 1, stats(50)), recheckMs: 20 });
    await monitor.start();
    await new Promise((resolve) => setTimeout(resolve, 110));
    monitor.stop();
    const seen = calls;
    expect(seen).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(seen);
  });
});
