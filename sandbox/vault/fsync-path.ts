/**
 * Makes a file's contents, or a directory's entries, durable: fsync on the path itself. After
 * a rename that publishes a file, fsync its directory, or the rename may not survive a power loss.
 */
import fs from 'node:fs';

export function fsyncPath(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
