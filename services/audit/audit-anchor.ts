/**
 * The chain's head anchored outside the database. A hash chain cannot show that its newest
 * entries were cut off, so after each group commit the head (seq, hash) is written, with an
 * HMAC signature, to `<dataDir>/audit-anchor.json`, and fsync'd before any entry of that
 * commit is acknowledged. Verification compares the chain with it.
 *
 * Contract:
 * - `write()` resolves only once the anchor is durable. The writer acknowledges a commit's
 *   entries after that, so every acknowledged entry is at or below the anchored seq, and a cut
 *   of any acknowledged entry shows as a chain shorter than its anchor.
 * - The file is one fixed-size record (512 bytes: the JSON object padded with spaces)
 *   rewritten in place with one positioned write, then `fdatasync`. One small write at offset 0
 *   is not torn by a killed process, there is no temporary file to leave behind, and the file
 *   keeps no history: an attacker who cuts the chain finds no older signed anchor to put back.
 * - `read()` never writes, and readers never create the key (see `readAnchorKey`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canonicalJson } from './canonical-json';
import { fsyncPath } from '../../sandbox/vault/fsync-path';
import { dataDirCryptoProfile, hashAlgorithm, type CryptoProfile } from '../../sandbox/crypto/crypto-profile';
import type { ChainHash } from './audit-entry';
import { anchorSigner, type AnchorSigner } from './anchor-signer';

export type AuditHead = { seq: number; hash: string };
export type SignedAnchor = AuditHead & { at: string; mac: string };
export type AnchorReading = { anchor: SignedAnchor | null; signatureValid: boolean };

export const ANCHOR_FILE = 'audit-anchor.json';
export const ANCHOR_KEY_FILE = 'audit-anchor.key';
const RECORD_BYTES = 512;

export class AuditAnchor {
  private readonly file: string;
  private fd: number | null = null;

  private readonly signer: AnchorSigner;
  private readonly profile: CryptoProfile;

  /** `profile` (default: the one recorded in the data directory) chooses the signature and the chain's hash; under gm `publicKey` alone can verify. */
  constructor(private readonly deps: { dataDir: string; key: string; profile?: CryptoProfile; publicKey?: string }) {
    this.file = path.join(deps.dataDir, ANCHOR_FILE);
    this.profile = deps.profile ?? dataDirCryptoProfile(deps.dataDir);
    this.signer = anchorSigner(this.profile, deps.key, deps.publicKey);
  }

  /** The hash of the chain this anchor signs: SHA-256, or SM3 under gm. */
  get chainHash(): ChainHash {
    return hashAlgorithm(this.profile);
  }

  /** The signature's algorithm and, under gm, the public key that verifies it. */
  get verification(): { algorithm: AnchorSigner['algorithm']; publicKey: string | null } {
    return { algorithm: this.signer.algorithm, publicKey: this.signer.publicKey };
  }

  /** Writes the head durably; resolves with the signed anchor once it is on disk. */
  async write(head: AuditHead, at: Date): Promise<SignedAnchor> {
    const iso = at.toISOString();
    const anchor: SignedAnchor = { seq: head.seq, hash: head.hash, at: iso, mac: this.sign(head, iso) };
    const record = Buffer.from(`${JSON.stringify(anchor).padEnd(RECORD_BYTES - 1, ' ')}\n`, 'utf8');
    const fd = this.open();
    const written = await new Promise<number>((resolve, reject) =>
      fs.write(fd, record, 0, record.length, 0, (error, bytes) => (error ? reject(error) : resolve(bytes))),
    );
    if (written !== record.length) throw new Error(`the audit anchor was written short (${written} of ${record.length} bytes)`);
    await new Promise<void>((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));
    return anchor;
  }

  read(): AnchorReading {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { anchor: null, signatureValid: true } : { anchor: null, signatureValid: false };
    }
    try {
      const parsed = JSON.parse(text) as Partial<SignedAnchor>;
      const { seq, hash, at, mac } = parsed;
      if (!Number.isSafeInteger(seq) || typeof hash !== 'string' || typeof at !== 'string' || typeof mac !== 'string') {
        return { anchor: null, signatureValid: false };
      }
      const anchor: SignedAnchor = { seq: seq as number, hash, at, mac };
      return { anchor, signatureValid: this.signer.verify(anchorMessage(anchor, at), mac) };
    } catch {
      return { anchor: null, signatureValid: false };
    }
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  private open(): number {
    if (this.fd !== null) return this.fd;
    const created = !fs.existsSync(this.file);
    this.fd = fs.openSync(this.file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o600);
    if (fs.fstatSync(this.fd).size > RECORD_BYTES) fs.ftruncateSync(this.fd, RECORD_BYTES);
    if (created) fsyncPath(this.deps.dataDir);
    removeLeftovers(this.deps.dataDir);
    return this.fd;
  }

  private sign(head: AuditHead, at: string): string {
    return this.signer.sign(anchorMessage(head, at));
  }
}

/** What the anchor's signature covers: the JCS form of {seq, hash, at}. */
export function anchorMessage(head: AuditHead, at: string): string {
  return canonicalJson({ seq: head.seq, hash: head.hash, at });
}

/** Temporary files of the rename-based anchor that earlier versions wrote. */
function removeLeftovers(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(`${ANCHOR_FILE}.`) && name.endsWith('.tmp')) fs.rmSync(path.join(dataDir, name), { force: true });
  }
}

/** The HMAC key: from config if given, else a generated key file (0600) in the data directory. */
export function resolveAnchorKey(dataDir: string, configured: string | undefined): string {
  const existing = readAnchorKey(dataDir, configured);
  if (existing) return existing;
  const key = crypto.randomBytes(32).toString('hex');
  fs.writeFileSync(path.join(dataDir, ANCHOR_KEY_FILE), key, { mode: 0o600, flag: 'wx' });
  return key;
}

/** The HMAC key if configured or present; null otherwise. Never creates one (for readers). */
export function readAnchorKey(dataDir: string, configured: string | undefined): string | null {
  if (configured) return configured;
  const file = path.join(dataDir, ANCHOR_KEY_FILE);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null;
}
