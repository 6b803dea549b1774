/**
 * The workbook as the streaming reader (exceljs) is given it: a new ZIP stream holding only
 * the parts needed to read one sheet, each inflated here (with the hard stop of inflateEntry)
 * and passed on stored. The relationships, the workbook, the styles and the shared strings
 * come first, so exceljs never parks a sheet in a temporary file outside the vault while it
 * waits for them (it does when a sheet comes first, as in files Excel writes); other sheets are
 * never inflated at all. The chosen sheet goes under a name exceljs recognises.
 *
 * A failure is not thrown into the stream: exceljs pipes it without forwarding errors, and the
 * entry it is reading would never end. The stream ends short instead, and `failed` rejects, so
 * that the caller stops waiting on the reader (its race) and throws the failure.
 */
import { Readable } from 'node:stream';
import { inflateEntry } from './inflate-entry';
import type { ZipEntry } from './zip-directory';

export const SHEET_ENTRY = 'xl/worksheets/sheet1.xml';

const EMPTY_SHARED_STRINGS = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');

/** An end-of-central-directory record with no directory: the reader ends there (a stream that just stops is a cut file to it). */
const END_RECORD = (() => {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  return record;
})();

export type StreamPart = { name: string; entry: ZipEntry } | { name: string; data: Buffer };

export type WorkbookStream = { stream: Readable; failed: Promise<never> };

export function workbookStream(file: string, parts: StreamPart[]): WorkbookStream {
  let stop: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  failed.catch(() => undefined);
  async function* zip(): AsyncGenerator<Buffer> {
    try {
      for (const part of parts) {
        if ('data' in part) {
          yield localHeader(part.name, part.data.length);
          yield part.data;
        } else {
          yield localHeader(part.name, part.entry.size);
          yield* inflateEntry(file, part.entry);
        }
      }
      yield END_RECORD;
    } catch (error) {
      stop(error);
    }
  }
  return { stream: Readable.from(zip(), { objectMode: false }), failed };
}

/** The parts in the order the reader wants them; an absent shared-strings table is given as an empty one. */
export function orderedParts(entries: Map<string, ZipEntry>, sheet: ZipEntry): StreamPart[] {
  const named = (name: string) => entries.get(name);
  const parts: StreamPart[] = [];
  for (const name of ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml']) {
    const entry = named(name);
    if (entry) parts.push({ name, entry });
  }
  const shared = named('xl/sharedStrings.xml');
  parts.push(shared ? { name: 'xl/sharedStrings.xml', entry: shared } : { name: 'xl/sharedStrings.xml', data: EMPTY_SHARED_STRINGS });
  parts.push({ name: SHEET_ENTRY, entry: sheet });
  return parts;
}

/** A ZIP local file header for a stored (uncompressed) entry of `size` bytes, with a UTF-8 name. */
function localHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt16LE(0, 8);
  header.writeUInt32LE(0, 10);
  header.writeUInt32LE(0, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, nameBytes]);
}
