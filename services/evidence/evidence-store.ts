/**
 * Stores evidence files by content under `<dataDir>/evidence/<sha256>`: written to a temporary
 * file, flushed, renamed into place and the directory flushed, so a file the platform has
 * acknowledged survives a crash. The same bytes are stored once. The platform never
 * interprets a file; it serves it back only as an attachment.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncPath } from '../../sandbox/vault/fsync-path';
import { UnprocessableError } from '../errors/app-error';
import { EVIDENCE_MAX_BYTES, type EvidenceFile, type EvidenceUpload } from './evidence-file';

const SHA256 = /^[0-9a-f]{64}$/;

export class EvidenceStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'evidence');
  }

  /** Decodes and checks every upload first, then stores them; returns what the record keeps. */
  async putAll(uploads: EvidenceUpload[], field = 'files'): Promise<EvidenceFile[]> {
    const decoded = uploads.map((u, i) => {
      const bytes = Buffer.from(u.base64, 'base64');
      if (bytes.length === 0 || bytes.toString('base64').replace(/=+$/, '') !== u.base64.replace(/=+$/, '')) {
        throw new UnprocessableError('a file is not valid base64', [{ path: `${field}.${i}.base64`, message: 'not valid base64' }], 'invalid_file');
      }
      if (bytes.length > EVIDENCE_MAX_BYTES) {
        throw new UnprocessableError('a file is too large', [{ path: `${field}.${i}`, message: 'at most 5 MiB' }], 'file_too_large');
      }
      return { upload: u, bytes };
    });
    return decoded.map(({ upload, bytes }) => ({ name: upload.name, contentType: upload.contentType, size: bytes.length, sha256: this.put(bytes) }));
  }

  /** The bytes stored under a hash, or undefined. */
  read(sha256: string): Buffer | undefined {
    if (!SHA256.test(sha256)) return undefined;
    const file = path.join(this.dir, sha256);
    return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  }

  private put(bytes: Buffer): string {
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const final = path.join(this.dir, sha256);
    if (fs.existsSync(final)) return sha256;
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const temp = path.join(this.dir, `.${sha256}.${process.pid}.${crypto.randomUUID()}.tmp`);
    fs.writeFileSync(temp, bytes, { mode: 0o600, flush: true });
    fs.renameSync(temp, final);
    fsyncPath(this.dir);
    return sha256;
  }
}
