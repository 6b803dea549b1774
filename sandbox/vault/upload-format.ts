/**
 * The file formats the vault takes, and the character sets of CSV. GBK is a subset of GB18030,
 * so both are read as GB18030; every CSV reaches DuckDB as UTF-8.
 */
export const uploadFormats = ['csv', 'parquet', 'arrow', 'xlsx'] as const;
export type UploadFormat = (typeof uploadFormats)[number];

export const csvCharsets = ['utf-8', 'gb18030'] as const;
export type CsvCharset = (typeof csvCharsets)[number];

/**
 * What the request said about its body. `format: 'sniff'` means the content type does not
 * settle it (application/octet-stream, application/vnd.ms-excel): the first bytes decide.
 * `charset` is the declared one, if any; `sheet` the worksheet of a workbook, by name.
 */
export type UploadDeclaration = { format: UploadFormat | 'sniff'; charset?: CsvCharset; sheet?: string };

/** What was read in the end: the format, and the charset of a CSV or the sheet of a workbook. */
export type UploadReading = { format: UploadFormat; charset?: CsvCharset; sheet?: string };
