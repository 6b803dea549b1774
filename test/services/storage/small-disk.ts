/**
 * A small disk for disk-full tests: a real tmpfs of `sizeMiB` mounted on a temporary directory
 * when this process may mount (root), or else the same directory on the ordinary disk with the
 * failure injected at the file-system boundary: `fs.promises.statfs` reports the small disk's
 * free space, and write streams opened under it fail with ENOSPC while it is "full".
 * `mode` says which one this is; tests put it in their names. `SHUYU_TEST_DISK=injected`
 * forces the injected one (to exercise it on a machine that can mount). An injected disk keeps
 * its state in a file beside it, so a child process (`inject-small-disk-preload.ts`) shares it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../../fixtures/test-platform';

export type DiskMode = 'tmpfs' | 'injected';

export type SmallDisk = {
  dir: string;
  mode: DiskMode;
  /** Fills the disk with one file until `leaveBytes` are free (tmpfs) or pretends to (injected). */
  fill(leaveBytes: number): void;
  /** Removes the filler: the space comes back. */
  unfill(): void;
  /** Free bytes as the platform sees them. */
  freeBytes(): number;
  /** Unmounts (or removes the injection) and deletes the directory. */
  release(): void;
};

const FILLER = 'zz-filler.bin';

export function smallDisk(sizeMiB: number, prefix = 'shuyu-small-disk-'): SmallDisk {
  const dir = makeTempDir(prefix);
  if (process.env.SHUYU_TEST_DISK !== 'injected' && tryMount(dir, sizeMiB)) return tmpfsDisk(dir);
  return injectedDisk(dir, sizeMiB * 1024 * 1024);
}

function tryMount(dir: string, sizeMiB: number): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function tmpfsDisk(dir: string): SmallDisk {
  const filler = path.join(dir, FILLER);
  const freeBytes = () => {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  };
  return {
    dir,
    mode: 'tmpfs',
    freeBytes,
    fill(leaveBytes) {
      const fd = fs.openSync(filler, 'a');
      const chunk = Buffer.alloc(1024 * 1024);
      try {
        for (let room = freeBytes() - leaveBytes; room > 0; room = freeBytes() - leaveBytes) {
          fs.writeSync(fd, chunk, 0, Math.min(chunk.length, room));
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error; // full: as asked
      } finally {
        fs.closeSync(fd);
      }
    },
    unfill() {
      fs.rmSync(filler, { force: true });
    },
    release() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function injectedDisk(dir: string, sizeBytes: number): SmallDisk {
  const state = stateFile(dir);
  const setFree = (free: number | null) => fs.writeFileSync(state, JSON.stringify({ free }));
  setFree(null);
  const remove = injectSmallDisk(dir, sizeBytes);
  return {
    dir,
    mode: 'injected',
    freeBytes: () => readFree(dir) ?? sizeBytes,
    fill(leaveBytes) {
      setFree(leaveBytes);
    },
    unfill() {
      setFree(null);
    },
    release() {
      remove();
      fs.rmSync(state, { force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Where an injected disk keeps how full it is (outside it), so a child process can share it. */
function stateFile(dir: string): string {
  return `${dir}.injected-state.json`;
}

function readFree(dir: string): number | null {
  try {
    return (JSON.parse(fs.readFileSync(stateFile(dir), 'utf8')) as { free: number | null }).free;
  } catch {
    return null;
  }
}

/** The environment a child process needs for `inject-small-disk-preload.ts` to share this disk. */
export function injectionEnv(disk: SmallDisk, sizeMiB: number): Record<string, string> {
  return disk.mode === 'injected' ? { SHUYU_TEST_INJECTED_DISK: `${disk.dir}:${sizeMiB * 1024 * 1024}` } : {};
}

/**
 * Patches this process's file system boundary for the injected disk at `dir`: `fs.promises.statfs`
 * reports the small disk (free space as set by `fill`), and a write stream opened under `dir`
 * while the disk is full fails its writes with ENOSPC. Returns the undo.
 */
export function injectSmallDisk(dir: string, sizeBytes: number): () => void {
  const under = (p: unknown) => typeof p === 'string' && path.resolve(p).startsWith(`${dir}${path.sep}`);
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  const realStatfs = fs.promises.statfs;
  const realCreateWriteStream = fs.createWriteStream;
  const statfs = (async (p: fs.PathLike, options?: fs.StatFsOptions) => {
    if (!under(p) && path.resolve(String(p)) !== dir) return realStatfs(p, options as { bigint?: false });
    const real = await realStatfs(p, { bigint: false });
    const free = readFree(dir) ?? sizeBytes;
    return { ...real, bsize: 4096, blocks: sizeBytes / 4096, bfree: Math.floor(free / 4096), bavail: Math.floor(free / 4096) };
  }) as typeof fs.promises.statfs;
  const failingFs = {
    open: fs.open,
    close: fs.close,
    write: (_fd: number, _b: Buffer, _o: number, _l: number, _p: number | null, cb: (e: Error) => void) => setImmediate(() => cb(enospc())),
    writev: (_fd: number, _b: Buffer[], _p: number | null, cb: (e: Error) => void) => setImmediate(() => cb(enospc())),
  };
  const createWriteStream = ((p: fs.PathLike, options?: Parameters<typeof fs.createWriteStream>[1]) => {
    if (readFree(dir) === null || !under(p)) return realCreateWriteStream(p, options);
    const base = typeof options === 'string' ? { encoding: options } : (options ?? {});
    return realCreateWriteStream(p, { ...base, fs: failingFs } as Parameters<typeof fs.createWriteStream>[1]);
  }) as typeof fs.createWriteStream;
  fs.promises.statfs = statfs;
  fs.createWriteStream = createWriteStream;
  return () => {
    fs.promises.statfs = realStatfs;
    fs.createWriteStream = realCreateWriteStream;
  };
}
