/**
 * Reads how an upload declares itself: the media type and charset of its Content-Type, and the
 * file name of its Content-Disposition. Answers 415 before the body is read when the platform
 * does not take it. A CSV's charset is UTF-8, GB18030 or GBK (read as GB18030, its superset);
 * without one the vault detects it. `application/vnd.ms-excel` (what Windows calls any .csv or
 * .xls file) and `application/octet-stream` are told apart by their first bytes.
 */
import { legacyWorkbook } from '../../sandbox/vault/sniff-upload';
import type { CsvCharset, UploadDeclaration } from '../../sandbox/vault/upload-format';
import { AppError } from '../errors/app-error';
import { uploadAppError } from './upload-app-error';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FORMATS: Readonly<Record<string, UploadDeclaration['format']>> = {
  'text/csv': 'csv',
  [XLSX_CONTENT_TYPE]: 'xlsx',
  'application/vnd.apache.parquet': 'parquet',
  'application/vnd.apache.arrow.stream': 'arrow',
  'application/vnd.ms-excel': 'sniff',
  'application/octet-stream': 'sniff',
};

const CHARSETS: Readonly<Record<string, CsvCharset>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', 'x-gbk': 'gb18030',
};

/** The media types an upload may have (the route's OpenAPI request body). */
export const uploadContentTypes: readonly string[] = Object.keys(FORMATS);

export function uploadDeclaration(contentType: string | undefined, contentDisposition: string | undefined, sheet: string | undefined): UploadDeclaration {
  const [mediaType, ...parameters] = (contentType ?? '').split(';').map((part) => part.trim());
  const fileName = fileNameOf(contentDisposition);
  if (/\.xls$/i.test(fileName)) throw uploadAppError(legacyWorkbook());
  let format = FORMATS[mediaType.toLowerCase()];
  if (!format) {
    throw new AppError(415, 'unsupported_media_type', 'send text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.apache.parquet or application/vnd.apache.arrow.stream');
  }
  if (format === 'sniff' && /\.xlsx$/i.test(fileName)) format = 'xlsx';
  const declared = parameters.map((p) => /^charset\s*=\s*"?([^";\s]*)"?$/i.exec(p)?.[1]).find((c) => c !== undefined);
  if (declared === undefined || format !== 'csv') return { format, ...(sheet ? { sheet } : {}) };
  const charset = CHARSETS[declared.toLowerCase()];
  if (!charset) throw new AppError(415, 'unsupported_charset', 'the charset is not accepted: send utf-8, gb18030 or gbk, or none and let the platform detect it');
  return { format, charset };
}

/** `attachment; filename="人口.xlsx"` → `人口.xlsx`; `filename*=UTF-8''…` is decoded. */
function fileNameOf(disposition: string | undefined): string {
  if (!disposition) return '';
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      return '';
    }
  }
  return /filename\s*=\s*"?([^";]*)"?/i.exec(disposition)?.[1]?.trim() ?? '';
}
