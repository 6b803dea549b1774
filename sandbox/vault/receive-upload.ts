/**
 * Streams a request body to a file without holding it in memory, hashing it on the way and
 * stopping at the size limit. On any failure the partial file is removed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BadRequestError, PayloadTooLargeError } from '../../services/errors/app-error';

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
    fs.rmSync(file, { force: true });
    if (tooLarge) throw new PayloadTooLargeError(limitBytes);
    throw new BadRequestError('the upload was interrupted', undefined, 'upload_interrupted');
  }
  if (bytes === 0) {
    fs.rmSync(file, { force: true });
    throw new BadRequestError('the upload is empty', [{ message: 'empty body' }], 'empty_upload');
  }
  return { file, bytes, sha256: hash.digest('hex') };
}
