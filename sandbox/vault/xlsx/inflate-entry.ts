/**
 * The data of one ZIP entry, inflated as a stream, with a hard stop at the size the directory
 * declares: a part that inflates to more (or less) than it says is a corrupt or hostile
 * workbook, refused before the extra bytes are read on.
 */
import fs from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { UploadRejectedError } from '../upload-rejected';
import { dataOffset, type ZipEntry } from './zip-directory';

export async function* inflateEntry(file: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw sizeMismatch();
    return;
  }
  const start = dataOffset(file, entry);
  const raw = fs.createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  const data: Readable = entry.method === 8 ? pipeline(raw, zlib.createInflateRaw({ chunkSize: 256 * 1024 }), () => undefined) : raw;
  let total = 0;
  try {
    for await (const chunk of data as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.size) throw sizeMismatch();
      yield chunk;
    }
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: corrupt ZIP data' }], 'invalid_xlsx');
  } finally {
    data.destroy();
    raw.destroy();
  }
  if (total !== entry.size) throw sizeMismatch();
}

/** An entry read whole (the workbook, its relationships: small parts, their sizes checked by the caller). */
export async function readEntry(file: string, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of inflateEntry(file, entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function sizeMismatch(): UploadRejectedError {
  return new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: a part inflates to another size than its ZIP directory says' }], 'invalid_xlsx');
}
