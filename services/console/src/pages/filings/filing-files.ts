/** Files of a filing: read from a file input as base64 (the API takes JSON), and saved back as downloads. */
import { rawFetch } from '../../api/client';
import { saveBlob } from '../operator/operator-util';

/** The largest file the platform keeps (5 MiB), and how many one filing carries here. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 3;

export type Upload = { name: string; contentType: string; base64: string };

/** A browser file as the API's upload: its name, its type and its bytes in base64. */
export async function toUpload(file: File): Promise<Upload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, contentType: /^[\w.+-]+\/[\w.+-]+$/.test(file.type) ? file.type : 'application/octet-stream', base64: btoa(binary) };
}

/** Downloads one attachment of a filing through an object URL (no navigation, nothing inline). */
export async function downloadAttachment(filingId: string, file: { name: string; sha256: string }): Promise<void> {
  const response = await rawFetch(`/api/v1/filings/${encodeURIComponent(filingId)}/attachments/${file.sha256}`);
  saveBlob(await response.blob(), file.name);
}
