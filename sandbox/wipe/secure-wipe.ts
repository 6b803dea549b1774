/**
 * Secure wipe of sandbox files: hash, overwrite in place, fsync, unlink.
 *
 * Contract: `manifestOf` records what is there before anything is touched (name relative to
 * the sandbox directory, size, SHA-256); `wipeFiles` may be run again after a crash and only
 * finishes what is left; `removeTree` then deletes the emptied directories and reports whether
 * anything remains. Overwriting is best effort on copy-on-write or journalling file systems
 * and SSDs, and the files are plain DuckDB files: what keeps leftovers (and backups) unreadable
 * is the encrypted volume the data directory lives on, not the agreement key's destruction
 * (which makes the pseudonyms unlinkable to anything new, see README "Keys and data at rest").
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type WipedFile = { name: string; size: number; sha256: string };

const CHUNK = 1024 * 1024;

export function listFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function manifestOf(dir: string): Promise<WipedFile[]> {
  const manifest: WipedFile[] = [];
  for (const file of listFilesUnder(dir)) {
    manifest.push({ name: path.relative(dir, file), size: fs.statSync(file).size, sha256: await sha256File(file) });
  }
  return manifest;
}

/** Overwrites each file with zeros over its whole length, fsyncs, and unlinks it. */
export function wipeFiles(dir: string, onFile?: (name: string) => void): void {
  for (const file of listFilesUnder(dir)) {
    const fd = fs.openSync(file, 'r+');
    try {
      const size = fs.fstatSync(fd).size;
      const zeros = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
      for (let offset = 0; offset < size; offset += zeros.length) fs.writeSync(fd, zeros, 0, Math.min(zeros.length, size - offset), offset);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.unlinkSync(file);
    onFile?.(path.relative(dir, file));
  }
}

/** Removes the (emptied) directory tree; true when nothing of it remains. */
export function removeTree(dir: string): boolean {
  fs.rmSync(dir, { recursive: true, force: true });
  return !fs.existsSync(dir);
}
