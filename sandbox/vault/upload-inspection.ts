/**
 * Looks at an upload's bytes while they are received (receive-upload.ts hands it every chunk):
 * keeps the first bytes, for the magic numbers, and checks whether the body is valid UTF-8,
 * noting the offset of the first invalid sequence. `buffer.isUtf8` does the work at memory
 * speed; a sequence cut by a chunk boundary is completed from the next chunk. No second pass
 * over the file is needed to tell UTF-8 from anything else.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { completeLength, firstInvalidUtf8, trailingBytes } from './utf8-sequences';

const HEAD_BYTES = 8;

export class UploadInspection {
  private headBytes = Buffer.alloc(0);
  /** The start of a sequence cut by the last chunk's end (at most 3 bytes). */
  private carry = Buffer.alloc(0);
  /** Bytes checked so far (the carry excluded). */
  private checked = 0;
  private invalidAt: number | null = null;

  push(chunk: Buffer): void {
    if (this.headBytes.length < HEAD_BYTES) this.headBytes = Buffer.concat([this.headBytes, chunk.subarray(0, HEAD_BYTES - this.headBytes.length)]);
    if (this.invalidAt !== null) return;
    let start = 0;
    if (this.carry.length > 0) {
      const needed = Math.max(1, trailingBytes(this.carry[0]) + 1 - this.carry.length);
      if (chunk.length < needed) {
        this.carry = Buffer.concat([this.carry, chunk]);
        return;
      }
      const sequence = Buffer.concat([this.carry, chunk.subarray(0, needed)]);
      this.carry = Buffer.alloc(0);
      if (!this.check(sequence)) return;
      start = needed;
    }
    const rest = chunk.subarray(start);
    const end = completeLength(rest);
    if (!this.check(rest.subarray(0, end))) return;
    this.carry = Buffer.from(rest.subarray(end));
  }

  /** The first bytes of the body (up to 8). */
  get head(): Buffer {
    return this.headBytes;
  }

  /** The offset of the first byte that is not valid UTF-8 (a sequence cut off by the end counts), or null when the body is UTF-8. */
  get firstInvalidUtf8(): number | null {
    if (this.invalidAt === null && this.carry.length > 0) return this.checked;
    return this.invalidAt;
  }

  private check(bytes: Buffer): boolean {
    if (isUtf8(bytes)) {
      this.checked += bytes.length;
      return true;
    }
    this.invalidAt = this.checked + firstInvalidUtf8(bytes);
    return false;
  }
}

/** The inspection of a file already on disk (tools and tests that build versions without HTTP). */
export async function inspectFile(file: string): Promise<UploadInspection> {
  const inspection = new UploadInspection();
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) inspection.push(chunk);
  return inspection;
}
