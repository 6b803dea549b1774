/**
 * Converts one sheet of an .xlsx workbook into a UTF-8 CSV for the typed read, streamed: the
 * ZIP directory is read and the parts' sizes checked against the limits before anything is
 * inflated (a zip bomb is refused, 413 or 422, without being unpacked); the sheet is read row
 * by row with exceljs's streaming reader from a stream of just the parts it needs
 * (workbook-stream.ts), and written as CSV (sheet-rows.ts). Returns the sheet's name, how CSV
 * rows map to the sheet's rows, and the problems the conversion found.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnSpec } from '../../../masking-rules/dataset-schema';
import { isStorageFailure } from '../../storage/is-storage-failure';
import { UploadNotReadableError, UploadRejectedError, type UploadProblem } from '../upload-rejected';
import { CsvWriter } from './csv-writer';
import { readEntry } from './inflate-entry';
import { SheetRows } from './sheet-rows';
import { chooseSheet, workbookParts } from './workbook-parts';
import { orderedParts, workbookStream, type StreamPart } from './workbook-stream';
import { XLSX_LIMITS } from './xlsx-limits';
import { readZipDirectory, type ZipEntry } from './zip-directory';

export type ConvertedSheet = { sheet: string; rowOf: (csvRow: number) => number; problems: UploadProblem[] };

const MiB = 1024 * 1024;

export async function xlsxToCsv(file: string, target: string, columns: ColumnSpec[], wanted: string | undefined): Promise<ConvertedSheet> {
  const entries = new Map(readZipDirectory(file).map((e) => [e.name, e]));
  const workbookEntry = entries.get('xl/workbook.xml');
  const relationships = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relationships) {
    throw new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: no xl/workbook.xml' }], 'invalid_xlsx');
  }
  checkPart(workbookEntry, XLSX_LIMITS.maxSmallPartBytes);
  checkPart(relationships, XLSX_LIMITS.maxSmallPartBytes);
  const parts = workbookParts((await readEntry(file, workbookEntry)).toString('utf8'), (await readEntry(file, relationships)).toString('utf8'));
  const sheet = chooseSheet(parts, wanted);
  const sheetEntry = entries.get(sheet.entry);
  if (!sheetEntry) throw new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: a sheet part is missing' }], 'invalid_xlsx');
  const streamed = orderedParts(entries, sheetEntry);
  checkLimits(streamed);
  const out = new CsvWriter(target);
  const rows = new SheetRows(columns, parts.date1904, out);
  const { stream, failed } = workbookStream(file, streamed);
  try {
    await Promise.race([readRows(stream, rows), failed]);
    await out.close();
  } catch (error) {
    out.destroy();
    throw readingFailure(error);
  } finally {
    stream.destroy();
  }
  return { sheet: sheet.name, rowOf: rows.finish(), problems: rows.problems };
}

/** Every row of the one sheet in the stream, until the end or until enough problems are known. */
async function readRows(stream: Readable, rows: SheetRows): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      await rows.add(row);
      if (rows.full) return;
    }
  }
}

/** Sizes from the ZIP directory, before anything is inflated: each part, the shared strings, the whole, and how much each expands. */
function checkLimits(parts: StreamPart[]): void {
  let total = 0;
  for (const part of parts) {
    if (!('entry' in part)) continue;
    total += part.entry.size;
    if (part.name === 'xl/sharedStrings.xml') checkPart(part.entry, XLSX_LIMITS.maxSharedStringsBytes);
    else if (part.name !== 'xl/worksheets/sheet1.xml') checkPart(part.entry, XLSX_LIMITS.maxSmallPartBytes);
    else checkPart(part.entry, XLSX_LIMITS.maxInflatedBytes);
  }
  if (total > XLSX_LIMITS.maxInflatedBytes) throw tooLarge(XLSX_LIMITS.maxInflatedBytes);
}

function checkPart(entry: ZipEntry, limit: number): void {
  if (entry.size > limit) throw tooLarge(limit);
  if (entry.size > XLSX_LIMITS.ratioFloorBytes && entry.size > XLSX_LIMITS.maxRatio * entry.compressedSize) {
    throw new UploadNotReadableError(`a part of the workbook expands more than ${XLSX_LIMITS.maxRatio} times: refused as a possible zip bomb (save the sheet as CSV if it is genuine)`, 413, 'zip_bomb');
  }
}

function tooLarge(limit: number): UploadNotReadableError {
  return new UploadNotReadableError(`the workbook expands to more than ${Math.round(limit / MiB)} MiB: save the sheet as CSV and upload that`, 413, 'workbook_too_large');
}

/** exceljs's own errors (bad XML, a cut entry) are the workbook's fault; ours, and a full disk, pass as they are. */
function readingFailure(error: unknown): unknown {
  if (error instanceof UploadRejectedError || error instanceof UploadNotReadableError || isStorageFailure(error)) return error;
  return new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: its XML could not be read' }], 'invalid_xlsx');
}
