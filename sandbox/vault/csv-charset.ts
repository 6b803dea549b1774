/**
 * The charset a CSV upload is read in. A declared charset wins. Without one, a body that is
 * valid UTF-8 (checked while it was received) is UTF-8; otherwise it is GB18030 when chardet,
 * on the bytes from the first one that is not UTF-8, names GB18030 first. Anything else is
 * refused, naming the charsets the platform takes: Big5, Latin-1 and files that mix UTF-8 with
 * GBK decode as GB18030 without a single replacement character, so the decoder alone cannot
 * tell them apart; chardet's statistics can. Whether all of a GB18030 file decodes is checked
 * while it is converted (transcode-csv.ts).
 */
import fs from 'node:fs';
import { analyse } from 'chardet';
import type { CsvCharset } from './upload-format';
import { UploadRejectedError } from './upload-rejected';
import { lineAt } from './line-at';

const SAMPLE_BYTES = 256 * 1024;
const CONTEXT_BEFORE = 4 * 1024;

export async function csvCharset(file: string, declared: CsvCharset | undefined, firstInvalidUtf8: number | null): Promise<CsvCharset> {
  if (declared === 'gb18030') return 'gb18030';
  if (firstInvalidUtf8 === null) return 'utf-8';
  if (declared === 'utf-8') {
    const line = await lineAt(file, firstInvalidUtf8);
    throw new UploadRejectedError('the CSV is not valid UTF-8', [{ message: `invalid UTF-8 byte sequence at byte offset ${firstInvalidUtf8} (line ${line})` }], 'invalid_encoding');
  }
  if (looksLikeGb18030(file, firstInvalidUtf8)) return 'gb18030';
  throw new UploadRejectedError(
    'the charset of the CSV could not be told: save it as UTF-8, GB18030 or GBK and declare it (text/csv; charset=gbk)',
    [{ message: 'neither UTF-8 nor GB18030 (GBK)' }],
    'invalid_encoding',
  );
}

function looksLikeGb18030(file: string, from: number): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const sample = Buffer.alloc(SAMPLE_BYTES);
    const read = fs.readSync(fd, sample, 0, SAMPLE_BYTES, Math.max(0, from - CONTEXT_BEFORE));
    return analyse(sample.subarray(0, read))[0]?.name === 'GB18030';
  } finally {
    fs.closeSync(fd);
  }
}
