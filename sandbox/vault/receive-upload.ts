/**
 * Streams a request body to a file without holding it in memory, hashing it on the way and
 * stopping at the size limit. On any failure the partial file is removed.
 *
 * A body that stops early is the client's doing (UploadBodyError `interrupted`, a 400); a write
 * that fails because the disk is full or failing (ENOSPC, EDQUOT, EIO, EROFS) is the platform's
 * (StorageFullError, a 507, with the failure kept as its `cause`). The services map each to its
 * HTTP answer (services/catalog/upload-app-error.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isStorageFailure } from '../storage/is-storage-failure';
import { StorageFullError } from '../storage/storage-full-error';

export type ReceivedUpload = { file: string; bytes: number; sha256: string };

/** The body itself is unusable: over the size limit (a 413), cut off early or empty (a 400). */
export class UploadBodyError extends Error {
  constructor(readonly reason: 'too_large' | 'interrupted' | 'empty', message: string, readonly limitBytes = 0) {
    super(message);
    this.name = new.target.name;
  }
}

const tooLargeError = (limitBytes: number) => new UploadBodyError('too_large', `request body exceeds the limit of ${limitBytes} bytes`, limitBytes);

/** `inspect` sees every chunk as it is written (the UTF-8 check and magic numbers of UploadInspection). */
export async function receiveUpload(body: Readable, file: string, limitBytes: number, inspect?: (chunk: Buffer) => void): Promise<ReceivedUpload> {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  let tooLarge = false;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limitBytes) {
        tooLarge = true;
        done(tooLargeError(limitBytes));
        return;
      }
      hash.update(chunk);
      inspect?.(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, fs.createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    removePartial(file);
    if (tooLarge) throw tooLargeError(limitBytes);
    if (isStorageFailure(error)) throw new StorageFullError(undefined, { cause: error });
    throw new UploadBodyError('interrupted', 'the upload was interrupted');
  }
  if (bytes === 0) {
    removePartial(file);
    throw new UploadBodyError('empty', 'the upload is empty');
  }
  return { file, bytes, sha256: hash.digest('hex') };
}

/** Best effort: a removal that fails too (EIO) must not hide why the upload failed; the start-up sweep retries it. */
function removePartial(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // left for VaultPaths.sweep()
  }
}
