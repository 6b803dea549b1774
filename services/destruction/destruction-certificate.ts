/** The destruction certificate (销毁证明): what was destroyed, when, and the audit head it is chained to. */
import crypto from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json';
import type { WipedFile } from '../../sandbox/wipe/secure-wipe';
import { verifyDocumentSignature, type DocumentSignature } from '../keys/document-signer';

export type KeyDestruction = { keyId: string; sealedKeySha256: string; destroyedAt: string; method: string };

export type DestructionCertificate = {
  certificateId: string;
  agreementId: string;
  sandboxId: string;
  operatorId: string;
  operatorUnit: string;
  files: WipedFile[];
  sealedAt: string;
  destroyedAt: string;
  keyDestruction: KeyDestruction;
  nothingRemains: boolean;
  auditHead: { seq: number; hash: string };
  /** SHA-256 over the canonical JSON of every other field (the signature aside). */
  hash: string;
  /** The platform's signature over `hash` (SM2 under gm, Ed25519 under intl); absent on certificates issued before signatures. */
  signature?: DocumentSignature;
};

export function certificateHash(certificate: Omit<DestructionCertificate, 'hash' | 'signature'>): string {
  return crypto.createHash('sha256').update(canonicalJson(certificate)).digest('hex');
}

/** True when the certificate's own hash matches its content. */
export function verifyCertificate(certificate: DestructionCertificate): boolean {
  const { hash, signature, ...rest } = certificate;
  return certificateHash(rest) === hash && (signature === undefined || verifyDocumentSignature(hash, signature));
}
