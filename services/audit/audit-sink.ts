/** Where the HTTP layer records audit events. The writer is one; a disabled sink serves benchmarks. */
import type { AuditEvent } from './audit-entry';

export interface AuditSink {
  record(event: AuditEvent): Promise<void>;
}
