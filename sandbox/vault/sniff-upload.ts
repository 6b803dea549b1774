/**
 * The format of an upload, from what the request declared and the body's first bytes. A ZIP
 * is read as an .xlsx workbook; an OLE2 compound file (a legacy .xls workbook, or a
 * password-protected one) is refused with a 415 that says how to save it. Parquet and Arrow
 * are taken as declared.
 */
import type { UploadDeclaration, UploadFormat } from './upload-format';
import { UploadNotReadableError, UploadRejectedError } from './upload-rejected';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function uploadFormatOf(declared: UploadDeclaration, head: Buffer): UploadFormat {
  if (declared.format === 'parquet' || declared.format === 'arrow') return declared.format;
  if (head.subarray(0, OLE2.length).equals(OLE2)) throw legacyWorkbook();
  if (head.subarray(0, ZIP.length).equals(ZIP)) return 'xlsx';
  if (declared.format === 'xlsx') throw new UploadRejectedError('the body is not an .xlsx workbook', [{ message: 'no ZIP signature' }], 'invalid_xlsx');
  return 'csv';
}

/** The refusal of a legacy binary workbook (.xls), known by its name or its first bytes. */
export function legacyWorkbook(): UploadNotReadableError {
  return new UploadNotReadableError(
    'legacy .xls workbooks and password-protected workbooks are not read: open the file in Excel or WPS and save it as .xlsx (or as CSV)',
    415,
    'xls_not_supported',
  );
}
