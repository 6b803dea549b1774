/**
 * The UTF-8 CSV the typed read takes, from a CSV or a workbook upload: a UTF-8 CSV as it is,
 * a GB18030 (GBK) one converted, one sheet of an .xlsx converted. Conversions write
 * `converted`, a dotted scratch file beside the version being built.
 */
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { csvCharset } from './csv-charset';
import type { TypedCsvOptions } from './load-typed-csv';
import { transcodeGb18030 } from './transcode-csv';
import type { UploadDeclaration, UploadReading } from './upload-format';
import { xlsxToCsv } from './xlsx/xlsx-to-csv';

export type CsvSource = TypedCsvOptions & { file: string; reading: UploadReading };

export async function csvSource(
  upload: string, format: 'csv' | 'xlsx', declared: UploadDeclaration, firstInvalidUtf8: number | null, columns: ColumnSpec[], converted: string,
): Promise<CsvSource> {
  if (format === 'xlsx') {
    const sheet = await xlsxToCsv(upload, converted, columns, declared.sheet);
    return { file: converted, reading: { format, sheet: sheet.sheet }, rowOf: sheet.rowOf, problems: sheet.problems };
  }
  const charset = await csvCharset(upload, declared.charset, firstInvalidUtf8);
  if (charset === 'utf-8') return { file: upload, reading: { format, charset } };
  await transcodeGb18030(upload, converted);
  return { file: converted, reading: { format, charset } };
}
