/**
 * File isolation of sandbox workers. Where the platform runs as root, each sandbox tier that has
 * a worker gets a user and group id of its own (from SHUYU_WORKER_UID_BASE up, no account
 * needed): its database file becomes readable by that group only (root-owned, mode 0640, so the
 * worker cannot change its mode), and its spill directory is that user's. Every other file of
 * the platform stays root's and unreadable to it (the platform runs with umask 077; the data
 * directory and the sandboxes directory only let it pass through, mode 0711). When the last
 * worker of a tier stops, its files go back to root. Started again after a crash, `sweep` gives
 * every sandbox file back to root before any worker runs.
 *
 * Not root: workers run as the platform's own user and `mode` says so.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type IsolationMode = 'uid' | 'none';

export type TierFiles = { key: string; file: string; home: string; sandboxDir: string };

export class WorkerIdentities {
  readonly mode: IsolationMode;
  readonly reason: string;
  private readonly held = new Map<string, { id: number; count: number; files: TierFiles }>();

  constructor(private readonly deps: { dataDir: string; sandboxesDir: string; codeDir: string; uidBase: number; slots: number; enabled: boolean }) {
    const problem = !deps.enabled ? 'turned off (SHUYU_WORKER_ISOLATION=none)'
      : typeof process.getuid !== 'function' || process.getuid() !== 0 ? 'the platform does not run as root, so workers run as its own user'
        : unreachable(deps.codeDir, 'code') ?? unreachable(path.dirname(path.resolve(deps.dataDir)), 'data');
    this.mode = problem ? 'none' : 'uid';
    this.reason = problem ?? `each worker runs as a user of its own (ids ${deps.uidBase}–${deps.uidBase + deps.slots - 1}) and reads only its sandbox tier's database`;
  }

  /** Start-up: files private by default, the way through for workers, every sandbox file root's. */
  prepare(): void {
    if (this.mode !== 'uid') return;
    process.umask(0o077);
    fs.mkdirSync(this.deps.sandboxesDir, { recursive: true });
    for (const name of fs.readdirSync(this.deps.dataDir)) {
      const entry = path.join(this.deps.dataDir, name);
      if (entry !== this.deps.sandboxesDir) fs.chmodSync(entry, fs.statSync(entry).isDirectory() ? 0o700 : 0o600);
    }
    fs.chmodSync(this.deps.dataDir, 0o711);
    fs.chmodSync(this.deps.sandboxesDir, 0o711);
    this.sweep();
  }

  /** The identity a worker of this tier runs as (the same for every worker of the tier). */
  acquire(files: TierFiles): { uid: number; gid: number } | undefined {
    if (this.mode !== 'uid') {
      fs.mkdirSync(files.home, { recursive: true, mode: 0o700 });
      return undefined;
    }
    let held = this.held.get(files.key);
    if (!held) {
      const taken = new Set([...this.held.values()].map((h) => h.id));
      let id = this.deps.uidBase;
      while (taken.has(id)) id += 1;
      held = { id, count: 0, files };
      this.held.set(files.key, held);
      fs.chmodSync(files.sandboxDir, 0o711);
      fs.mkdirSync(files.home, { recursive: true, mode: 0o700 });
      // The way to its spill directory: through, not listing.
      fs.chmodSync(path.dirname(files.home), 0o711);
      fs.chownSync(files.home, id, id);
      fs.chmodSync(files.home, 0o700);
      fs.chownSync(files.file, 0, id);
      fs.chmodSync(files.file, 0o640);
    }
    held.count += 1;
    return { uid: held.id, gid: held.id };
  }

  /** A directory of the worker's own under its tier's spill directory, for DuckDB's temporary files. */
  workerHome(files: TierFiles, identity: { uid: number; gid: number } | undefined): string {
    const home = path.join(files.home, `worker-${crypto.randomUUID()}`);
    fs.mkdirSync(home, { mode: 0o700 });
    if (identity) fs.chownSync(home, identity.uid, identity.gid);
    return home;
  }

  /** A worker of the tier stopped; the last one gives the tier's files back to root. */
  release(key: string): void {
    const held = this.held.get(key);
    if (!held) return;
    held.count -= 1;
    if (held.count > 0) return;
    this.held.delete(key);
    restore(held.files.file);
    restoreTree(held.files.home);
  }

  /** Every sandbox file and directory back to root (after a crash, before any worker). */
  sweep(): void {
    if (this.mode !== 'uid' || !fs.existsSync(this.deps.sandboxesDir)) return;
    for (const name of fs.readdirSync(this.deps.sandboxesDir)) restoreTree(path.join(this.deps.sandboxesDir, name));
  }
}

function restore(file: string): void {
  try {
    fs.chownSync(file, 0, 0);
    fs.chmodSync(file, fs.statSync(file).isDirectory() ? 0o700 : 0o600);
  } catch {
    // Gone already (a sealed sandbox): nothing to give back.
  }
}

function restoreTree(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const stat = fs.lstatSync(dir);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) for (const name of fs.readdirSync(dir)) restoreTree(path.join(dir, name));
  if (stat.uid !== 0 || stat.gid !== 0) restore(dir);
}

/**
 * Why a worker under another user could not reach the platform's code, or its sandbox files
 * (through the data directory's parents), or null when it can.
 */
function unreachable(start: string, what: 'code' | 'data'): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return `the ${what} directory is not reachable by other users (${dir} lacks o+x), so workers run as the platform's user`;
    if (path.dirname(dir) === dir) return null;
  }
}
