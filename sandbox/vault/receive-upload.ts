/**
 * Streams a request body to a file without holding it in memory, hashing it on the way and
 * stopping at the size limit. On any failure the partial file is removed.
 *
 * A body that stops early is the client's doing (400 `upload_interrupted`); a write that fails
 * because the disk is full or failing (ENOSPC, EDQUOT, EIO, EROFS) is the platform's
 * (507 `insufficient_storage`, with the failure kept as its `cause`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BadRequestError, InsufficientStorageError, PayloadTooLargeError } from '../../services/errors/app-error';
import { isStorageFailure } from '../../services/storage/is-storage-failure';

export type ReceivedUpload = { file: string; bytes: number; sha256: string };

export async function receiveUpload(body: Readable, file: string, limitBytes: number): Promise<ReceivedUpload> {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  let tooLarge = false;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limitBytes) {
        tooLarge = true;
        done(new PayloadTooLargeError(limitBytes));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, fs.createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    removePartial(file);
    if (tooLarge) throw new PayloadTooLargeError(limitBytes);
    if (isStorageFailure(error)) throw new InsufficientStorageError(undefined, { cause: error });
    throw new BadRequestError('the upload was interrupted', undefined, 'upload_interrupted');
  }
  if (bytes === 0) {
    removePartial(file);
    throw new BadRequestError('the upload is empty', [{ message: 'empty body' }], 'empty_upload');
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
