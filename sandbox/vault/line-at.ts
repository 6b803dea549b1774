/**
 * The line (1 = the first) on which a byte offset of a file lies, for error messages that point
 * at a byte. Counts LF bytes, which in UTF-8 and GB18030 never occur inside a multi-byte
 * character. Read in chunks: only error paths call it.
 */
import fs from 'node:fs';

export async function lineAt(file: string, offset: number): Promise<number> {
  let line = 1;
  let position = 0;
  for await (const chunk of fs.createReadStream(file, { start: 0, end: Math.max(0, offset - 1), highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    const end = Math.min(chunk.length, offset - position);
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < end; i = chunk.indexOf(0x0a, i + 1)) line += 1;
    position += chunk.length;
    if (position >= offset) break;
  }
  return line;
}
