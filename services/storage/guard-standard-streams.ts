/**
 * Keeps the operations log from killing the process on a full disk.
 *
 * When stdout or stderr is a file (`shuyu serve >> shuyu.log`), Node writes to it
 * synchronously and reports a failed write (ENOSPC) as an 'error' event nobody listens to: the
 * process dies at the next log line (measured: winston's Console transport writes straight to
 * `process.stdout`/`process.stderr`). Pipes, sockets (journald, docker) and terminals do not
 * fail for lack of disk and are left alone.
 *
 * Contract of `guardStandardStreams`: on a guarded stream, a line that cannot be written for
 * lack of disk or an I/O error is dropped and counted, `onFailure` hears of it (after the write,
 * never inside it), and the next line is tried afresh, so logging resumes by itself when space
 * returns. Any other write error is reported as before. `restore()` undoes the guard.
 */
import fs from 'node:fs';
import tty from 'node:tty';
import type { Writable } from 'node:stream';
import { isStorageFailure } from './is-storage-failure';

export type StreamGuard = { guarded: number; dropped(): number; restore(): void };

type WriteFn = Writable['_write'];

export function guardStandardStreams(onFailure: (error: unknown) => void, streams: (Writable & { fd?: number })[] = [process.stdout, process.stderr]): StreamGuard {
  let dropped = 0;
  const restores: (() => void)[] = [];
  for (const stream of streams) {
    const fd = stream.fd;
    if (typeof fd !== 'number' || !writesSynchronouslyToDisk(fd)) continue;
    const original: WriteFn = stream._write;
    const guarded: WriteFn = (chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void) => {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      try {
        for (let offset = 0; offset < data.length; ) offset += fs.writeSync(fd, data, offset, data.length - offset);
      } catch (error) {
        if (!isStorageFailure(error)) {
          callback(error as Error);
          return;
        }
        dropped += 1;
        setImmediate(() => {
          try {
            onFailure(error);
          } catch {
            // a note about a dropped log line must not fail anything either
          }
        });
      }
      callback();
    };
    stream._write = guarded;
    restores.push(() => {
      stream._write = original;
    });
  }
  return {
    guarded: restores.length,
    dropped: () => dropped,
    restore: () => restores.forEach((undo) => undo()),
  };
}

/** Files and character devices (not terminals): where Node writes stdio synchronously and a full disk fails the write. */
function writesSynchronouslyToDisk(fd: number): boolean {
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFile() || (stat.isCharacterDevice() && !tty.isatty(fd));
  } catch {
    return false;
  }
}
