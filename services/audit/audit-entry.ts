/**
 * An audit entry and its hash. The hash is SHA-256 over the RFC 8785 (JCS) serialisation of every
 * field of the entry together with the previous entry's hash (see `hashInput`), so that altering, removing or
 * reordering any stored entry breaks the chain from that point on.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, toJsonValue, wellFormed } from './canonical-json';

export const auditOutcomes = ['allowed', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

export const GENESIS_HASH = '0'.repeat(64);

/** Appended by the writer when it finds, on start, that the chain no longer matches its anchor. */
export const ANCHOR_BREAK_ACTION = 'audit.anchor_break';

/** What a caller records: everything but the chain fields. */
export type AuditEvent = {
  actorId: string | null;
  role: string | null;
  action: string;
  resource: string;
  outcome: AuditOutcome;
  requestId: string;
  agreementId?: string | null;
  details?: Record<string, unknown>;
};

export type AuditEntry = {
  seq: number;
  at: string;
  actorId: string | null;
  role: string | null;
  action: string;
  resource: string;
  outcome: AuditOutcome;
  requestId: string;
  agreementId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type UnsealedEntry = Omit<AuditEntry, 'hash'>;

/**
 * The bytes an entry's hash is taken over: the JCS (RFC 8785) serialisation of the array
 * `[seq, at, actorId, role, action, resource, outcome, requestId, agreementId, details, prevHash]`.
 * JCS writes an array as its elements' own serialisations joined by commas, and the stored
 * `details` column holds exactly `canonicalJson(details)`, so `detailsText` (the stored column)
 * is spliced in as it is: the hash covers the stored bytes. Entries written before the form was
 * declared JCS kept their details in the earlier form (the same bytes except for an object whose
 * keys include array indexes such as "9" and "10"); splicing their stored text verifies them too.
 */
export function hashInput(entry: UnsealedEntry, detailsText: string = canonicalJson(entry.details)): string {
  const { seq, at, actorId, role, action, resource, outcome, requestId, agreementId, prevHash } = entry;
  const before = [seq, at, actorId, role, action, resource, outcome, requestId, agreementId].map(canonicalJson);
  return `[${[...before, detailsText, canonicalJson(prevHash)].join(',')}]`;
}

/** The entry's hash: SHA-256, or SM3 under the gm profile (`algorithm`), over `hashInput`. */
export function hashEntry(entry: UnsealedEntry, detailsText?: string, algorithm: ChainHash = 'sha256'): string {
  return createHash(algorithm).update(hashInput(entry, detailsText)).digest('hex');
}

export type ChainHash = 'sha256' | 'sm3';

/**
 * Seals an entry: its strings made well-formed and its details mapped onto the JSON data model
 * (see `toJsonValue`), so that what is stored is what was hashed, then its hash.
 */
export function sealEntry(entry: UnsealedEntry, algorithm: ChainHash = 'sha256'): AuditEntry {
  const text = (value: string | null) => (value === null ? null : wellFormed(value));
  const clean: UnsealedEntry = {
    seq: entry.seq, at: wellFormed(entry.at), actorId: text(entry.actorId), role: text(entry.role), action: wellFormed(entry.action),
    resource: wellFormed(entry.resource), outcome: entry.outcome, requestId: wellFormed(entry.requestId), agreementId: text(entry.agreementId),
    details: toJsonValue(entry.details) as Record<string, unknown>, prevHash: entry.prevHash,
  };
  return { ...clean, hash: hashEntry(clean, undefined, algorithm) };
}
