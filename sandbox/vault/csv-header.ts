/** Reads and parses the header line of a CSV file (RFC 4180 quoting, UTF-8, optional BOM). */
import fs from 'node:fs';

const MAX_HEADER_BYTES = 64 * 1024;

export function readCsvHeader(file: string): string[] | null {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(MAX_HEADER_BYTES);
    const read = fs.readSync(fd, buffer, 0, MAX_HEADER_BYTES, 0);
    let text = buffer.subarray(0, read).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const end = findLineEnd(text);
    if (end < 0) return null;
    return parseCsvLine(text.slice(0, end));
  } finally {
    fs.closeSync(fd);
  }
}

function findLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return i;
  }
  return -1;
}

export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields.map((f) => f.trim());
}
