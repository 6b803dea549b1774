/**
 * The allowed entries of the audit log behind one agreement's history: those that carry the
 * agreement's id, and those of resources recorded before the agreement existed or apart from it
 * (its application, an entrustment for it). Reports cite them by sequence number.
 */
import { listValue } from '@duckdb/node-api';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditEntry } from './audit-entry';
import { rowToEntry } from './audit-store';

type Row = Parameters<typeof rowToEntry>[0];

/**
 * The bulk of an active agreement's entries, which no history line cites: each statement on its
 * sandbox (start and end), dev queries, product calls and downloads of outputs.
 */
const NOT_HISTORY = "action NOT LIKE 'statement.%' AND action NOT IN ('sandbox.query', 'product.invoke', 'product.data', 'run.output')";

export class AuditTrail {
  private readonly byKey = new Map<string, AuditEntry[]>();

  constructor(readonly entries: readonly AuditEntry[]) {
    for (const entry of entries) {
      const key = `${entry.action}|${entry.resource}`;
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), entry]);
    }
  }

  /** Oldest first. `agreementId` null: only the named resources. */
  static async load(db: SqlRunner, scope: { agreementId: string | null; resources: readonly string[] }): Promise<AuditTrail> {
    const rows = await db.all<Row>(
      `SELECT seq, occurred_at, actor_id, role, action, resource, outcome, request_id, agreement_id, details, prev_hash, hash FROM audit_log
        WHERE outcome = 'allowed' AND (agreement_id = $1 OR list_contains($2::VARCHAR[], resource)) AND ${NOT_HISTORY} ORDER BY seq`,
      // An empty list has no item type to bind: the empty string, which names no resource, stands in.
      [scope.agreementId, listValue(scope.resources.length ? [...scope.resources] : [''])],
    );
    return new AuditTrail(rows.map(rowToEntry));
  }

  /** The entries of `action` on `resource`, oldest first; with `details`, only those whose details hold these values. */
  find(action: string, resource: string, details: Record<string, unknown> = {}): AuditEntry[] {
    return (this.byKey.get(`${action}|${resource}`) ?? []).filter((e) => Object.entries(details).every(([k, v]) => e.details[k] === v));
  }

  seqs(action: string, resource: string, details?: Record<string, unknown>): number[] {
    return this.find(action, resource, details).map((e) => e.seq);
  }
}
