/** Where the HTTP layer records audit events. The writer is one; a disabled sink serves benchmarks. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditEvent } from './audit-entry';

/** A state change that must commit in the same control-store transaction as its audit entry. */
export type StateChange = (tx: SqlRunner) => Promise<void>;

/**
 * How a service commits a request's state change together with that request's audit entry.
 * `note` adds to the entry (the agreement it concerns, details) before it is sealed.
 */
export type AuditedCommit = (change: StateChange, note?: { agreementId?: string; details?: Record<string, unknown> }) => Promise<void>;

export interface AuditSink {
  record(event: AuditEvent): Promise<void>;
  /**
   * Commits `change` and the entry for `event` in one transaction: both or neither. Resolves
   * once the entry is anchored, like `record`.
   */
  recordWith(event: AuditEvent, change: StateChange): Promise<void>;
}
