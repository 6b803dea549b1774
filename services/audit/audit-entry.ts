/**
 * An audit entry and its hash. The hash is SHA-256 over a canonical serialisation of every
 * field of the entry together with the previous entry's hash, so that altering, removing or
 * reordering any stored entry breaks the chain from that point on.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

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

export function hashEntry(entry: UnsealedEntry): string {
  const canonical = canonicalJson([
    entry.seq,
    entry.at,
    entry.actorId,
    entry.role,
    entry.action,
    entry.resource,
    entry.outcome,
    entry.requestId,
    entry.agreementId,
    entry.details,
    entry.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function sealEntry(entry: UnsealedEntry): AuditEntry {
  return { ...entry, hash: hashEntry(entry) };
}
