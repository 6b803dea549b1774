/**
 * The directory of a ZIP file on disk (its central directory, found through the end record):
 * each entry's name, compression, sizes and where its data starts. Workbooks need no more of
 * ZIP than this: stored or deflated entries, ZIP64 sizes in the extra field, no encryption.
 */
import fs from 'node:fs';
import { XLSX_LIMITS } from './xlsx-limits';
import { UploadRejectedError } from '../upload-rejected';

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; headerOffset: number };

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(file: string): ZipEntry[] {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tail = readAt(fd, Math.max(0, size - 22 - MAX_COMMENT), Math.min(size, 22 + MAX_COMMENT));
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === END_SIGNATURE) {
        end = i;
        break;
      }
    }
    if (end < 0) throw notAWorkbook('no ZIP directory');
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count > XLSX_LIMITS.maxEntries || count === 0xffff || directoryOffset === 0xffffffff) throw notAWorkbook('too many ZIP entries');
    if (directoryOffset + directorySize > size) throw notAWorkbook('truncated ZIP directory');
    return parseEntries(readAt(fd, directoryOffset, directorySize), count);
  } finally {
    fs.closeSync(fd);
  }
}

/** Where an entry's compressed data starts: after its local header, whose name and extra field lengths may differ from the directory's. */
export function dataOffset(file: string, entry: ZipEntry): number {
  const fd = fs.openSync(file, 'r');
  try {
    const header = readAt(fd, entry.headerOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw notAWorkbook('bad ZIP entry header');
    return entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    fs.closeSync(fd);
  }
}

function parseEntries(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== ENTRY_SIGNATURE) throw notAWorkbook('bad ZIP directory');
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const sizes = zip64Sizes(extra, directory.readUInt32LE(at + 24), directory.readUInt32LE(at + 20), directory.readUInt32LE(at + 42));
    if (flags & 0x1) throw notAWorkbook('encrypted ZIP entries');
    if (method !== 0 && method !== 8) throw notAWorkbook('an unknown ZIP compression method');
    entries.push({ name, method, ...sizes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 32-bit fields, or their 64-bit values from the ZIP64 extra field (0x0001) where they read 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, size: number, compressedSize: number, headerOffset: number): Pick<ZipEntry, 'size' | 'compressedSize' | 'headerOffset'> {
  const values = { size, compressedSize, headerOffset };
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ['size', 'compressedSize', 'headerOffset'] as const) {
      if (values[key] !== 0xffffffff) continue;
      if (field + 8 > extra.length) throw notAWorkbook('bad ZIP64 field');
      values[key] = Number(extra.readBigUInt64LE(field));
      field += 8;
    }
  }
  return values;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

function notAWorkbook(what: string): UploadRejectedError {
  return new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: `not a readable workbook: ${what}` }], 'invalid_xlsx');
}
