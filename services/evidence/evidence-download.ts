/**
 * Serves one evidence file of a record the caller may read: always as a download
 * (`application/octet-stream`, `attachment`, `nosniff`), so a browser never renders or runs it.
 */
import type { RouteResult } from '../http/route';
import { NotFoundError } from '../errors/app-error';
import type { EvidenceFile } from './evidence-file';
import type { EvidenceStore } from './evidence-store';

export function evidenceDownload(store: EvidenceStore, files: EvidenceFile[], sha256: string): RouteResult {
  const file = files.find((f) => f.sha256 === sha256);
  const bytes = file && store.read(file.sha256);
  if (!file || !bytes) throw new NotFoundError('file');
  const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Digest': `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
    },
    stream: async (out) => void out.write(bytes),
  };
}
