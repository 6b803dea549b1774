/** Evidence files of a record (qualification material, partner documents): their checks, and downloads through the record's route. */
import { rawFetch } from '../../api/client';
import { MAX_FILE_BYTES } from '../filings/filing-files';
import { saveBlob } from '../operator/operator-util';

/** How many files one record carries here (the API takes ten). */
export const MAX_EVIDENCE_FILES = 5;

/** Whether the picked files may be sent: at least one, not too many, none too large. */
export function filesAcceptable(files: File[]): boolean {
  return files.length > 0 && files.length <= MAX_EVIDENCE_FILES && files.every((f) => f.size <= MAX_FILE_BYTES);
}

/** Saves one file (`base` is the record's path, e.g. `/api/v1/partners/ptn_1/documents`) without navigating. */
export async function downloadEvidence(base: string, file: { name: string; sha256: string }): Promise<void> {
  const response = await rawFetch(`${base}/${file.sha256}`);
  saveBlob(await response.blob(), file.name);
}
