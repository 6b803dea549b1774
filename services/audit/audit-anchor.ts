/**
 * The chain's head anchored outside the database. A hash chain cannot show that its newest
 * entries were cut off, so after each group commit the head (seq, hash) is written, with an
 * HMAC signature, to `<dataDir>/audit-anchor.json`. Verification compares the chain with it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canonicalJson } from './canonical-json';

export type AuditHead = { seq: number; hash: string };
export type SignedAnchor = AuditHead & { at: string; mac: string };
export type AnchorReading = { anchor: SignedAnchor | null; signatureValid: boolean };

export const ANCHOR_FILE = 'audit-anchor.json';
const KEY_FILE = 'audit-anchor.key';

export class AuditAnchor {
  private readonly file: string;
  private pending: SignedAnchor | null = null;
  private writing: Promise<void> | null = null;

  constructor(private readonly deps: { dataDir: string; key: string }) {
    this.file = path.join(deps.dataDir, ANCHOR_FILE);
  }

  /** Writes the head atomically (write to a temporary file, then rename). */
  write(head: AuditHead, at: Date): SignedAnchor {
    const anchor: SignedAnchor = { ...head, at: at.toISOString(), mac: this.sign(head, at.toISOString()) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(anchor), { mode: 0o600 });
    fs.renameSync(temporary, this.file);
    return anchor;
  }

  /**
   * Writes the head without blocking the event loop. Writes are coalesced: while one is in
   * progress, only the newest head is kept and written after it; `settled()` awaits the last.
   */
  writeSoon(head: AuditHead, at: Date): SignedAnchor {
    const anchor: SignedAnchor = { ...head, at: at.toISOString(), mac: this.sign(head, at.toISOString()) };
    this.pending = anchor;
    this.writing ??= this.drain().finally(() => {
      this.writing = null;
    });
    return anchor;
  }

  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const anchor = this.pending;
      this.pending = null;
      const temporary = `${this.file}.${process.pid}.tmp`;
      await fs.promises.writeFile(temporary, JSON.stringify(anchor), { mode: 0o600 });
      await fs.promises.rename(temporary, this.file);
    }
  }

  read(): AnchorReading {
    if (!fs.existsSync(this.file)) return { anchor: null, signatureValid: true };
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as SignedAnchor;
      const expected = this.sign({ seq: parsed.seq, hash: parsed.hash }, parsed.at);
      const valid =
        typeof parsed.mac === 'string' &&
        parsed.mac.length === expected.length &&
        crypto.timingSafeEqual(Buffer.from(parsed.mac), Buffer.from(expected));
      return { anchor: parsed, signatureValid: valid };
    } catch {
      return { anchor: null, signatureValid: false };
    }
  }

  private sign(head: AuditHead, at: string): string {
    return crypto
      .createHmac('sha256', this.deps.key)
      .update(canonicalJson({ seq: head.seq, hash: head.hash, at }))
      .digest('hex');
  }
}

/** The HMAC key: from config if given, else a generated key file (0600) in the data directory. */
export function resolveAnchorKey(dataDir: string, configured: string | undefined): string {
  if (configured) return configured;
  const file = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const key = crypto.randomBytes(32).toString('hex');
  fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  return key;
}
