/**
 * Converts a GB18030 (or GBK) CSV into a UTF-8 file, streamed: never the whole file in memory.
 * A byte sequence that is not GB18030 stops the conversion with a 422 that says where it is
 * (byte offset and line), never what it holds: no garbage rows reach the vault. iconv-lite
 * marks such a sequence with U+FFFD, or, for a four-byte code past U+10FFFF, with unpaired
 * surrogates; either is caught in each decoded chunk.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { lineAt } from './line-at';
import { UploadRejectedError } from './upload-rejected';

const CHUNK_BYTES = 64 * 1024;

export async function transcodeGb18030(file: string, target: string): Promise<void> {
  const decoder = iconv.getDecoder('gb18030');
  const out = fs.createWriteStream(target, { mode: 0o600, highWaterMark: CHUNK_BYTES });
  let consumed = 0;
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      if (!decodedCleanly(text)) throw await notGb18030(file, consumed);
      consumed += chunk.length;
      if (!out.write(text)) await once(out, 'drain');
    }
    const rest = decoder.end() ?? '';
    if (!decodedCleanly(rest)) throw await notGb18030(file, consumed);
    out.end(rest);
    await finished(out);
  } catch (error) {
    out.destroy();
    throw error;
  }
}

function decodedCleanly(text: string): boolean {
  return !text.includes('\uFFFD') && (text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Finds the first bad sequence at or after `from` (the start of the chunk that held it) by feeding that chunk byte by byte. */
async function notGb18030(file: string, from: number): Promise<UploadRejectedError> {
  const decoder = iconv.getDecoder('gb18030');
  let offset = 0;
  let sequenceStart = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    const whole = Math.max(0, Math.min(chunk.length, from - offset));
    if (whole > 0) decoder.write(chunk.subarray(0, whole));
    sequenceStart = offset + whole;
    for (let i = whole; i < chunk.length; i += 1) {
      const text = decoder.write(chunk.subarray(i, i + 1));
      if (text === '') continue;
      if (!decodedCleanly(text)) return invalidAt(file, sequenceStart);
      sequenceStart = offset + i + 1;
    }
    offset += chunk.length;
  }
  return invalidAt(file, from);
}

async function invalidAt(file: string, offset: number): Promise<UploadRejectedError> {
  const line = await lineAt(file, offset);
  return new UploadRejectedError('the CSV is not valid GB18030 (GBK)', [{ message: `invalid GB18030 byte sequence at byte offset ${offset} (line ${line})` }], 'invalid_encoding');
}
