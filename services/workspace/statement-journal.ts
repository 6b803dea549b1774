/**
 * Write-ahead audit of operator statements. Before a statement goes to a sandbox worker, a
 * `statement.start` entry (actor, sandbox, tier, SQL hash, request id) is committed to the
 * chain; `statement.end` follows with the outcome. If the platform dies in between (the worst
 * case: a statement that killed it), the start stays, and on the next start `recoverLost`
 * appends `statement.lost` for each start without an end, so the authority sees it.
 */
import crypto from 'node:crypto';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditOutcome } from '../audit/audit-entry';
import type { AuditService } from '../audit/audit-service';
import { AppError } from '../errors/app-error';

export type StatementActor = { actorId: string | null; role: string | null; requestId: string };
export type StatementTarget = { sandboxId: string; agreementId: string; tier: 'dev' | 'live'; sql: string };

export class StatementJournal {
  constructor(private readonly deps: { audit: AuditService; db: SqlRunner }) {}

  async around<T>(actor: StatementActor, target: StatementTarget, work: () => Promise<T>): Promise<T> {
    const entry = await this.begin(actor, target);
    try {
      const result = await work();
      entry.end();
      return result;
    } catch (error) {
      entry.end(error);
      throw error;
    }
  }

  /**
   * Commits `statement.start` and returns the statement's `end`, for a statement whose outcome is
   * known only later (a result streamed to the client). Until `end` is called, a crash leaves
   * the start alone in the chain, and the next start reports the statement as lost.
   */
  async begin(actor: StatementActor, target: StatementTarget): Promise<{ end(error?: unknown, facts?: Record<string, unknown>): void }> {
    const statementId = `stmt_${crypto.randomUUID()}`;
    const base = { actorId: actor.actorId, role: actor.role, resource: `sandbox:${target.sandboxId}`, requestId: actor.requestId, agreementId: target.agreementId };
    const sqlSha256 = crypto.createHash('sha256').update(target.sql).digest('hex');
    await this.deps.audit.append({ ...base, action: 'statement.start', outcome: 'allowed', details: { statementId, tier: target.tier, sqlSha256 } });
    let ended = false;
    return {
      // Queued, not awaited: the writer commits in order, so the end is durable no later than
      // anything recorded after it (the request's own entry, for an answer that is not streamed).
      end: (error?: unknown, facts: Record<string, unknown> = {}) => {
        if (ended) return;
        ended = true;
        const outcome: AuditOutcome = error === undefined ? 'allowed' : error instanceof AppError && error.status < 500 ? 'denied' : 'failed';
        const details = error === undefined ? { statementId, ...facts } : { statementId, ...facts, error: error instanceof AppError ? error.code : 'internal' };
        void this.deps.audit.append({ ...base, action: 'statement.end', outcome, details }).catch(() => undefined);
      },
    };
  }

  /** After a restart: a `statement.lost` entry for every statement that started and never ended. */
  async recoverLost(): Promise<number> {
    const lost = await this.deps.db.all<{ actor_id: string | null; role: string | null; resource: string; request_id: string; agreement_id: string | null; statement_id: string; tier: string; at: string }>(
      `SELECT s.actor_id, s.role, s.resource, s.request_id, s.agreement_id, CAST(s.occurred_at AS VARCHAR) AS at,
              json_extract_string(s.details, '$.statementId') AS statement_id, json_extract_string(s.details, '$.tier') AS tier
         FROM audit_log s
        WHERE s.action = 'statement.start'
          AND NOT EXISTS (SELECT 1 FROM audit_log e WHERE e.action IN ('statement.end', 'statement.lost')
                AND json_extract_string(e.details, '$.statementId') = json_extract_string(s.details, '$.statementId'))
        ORDER BY s.seq`,
    );
    for (const s of lost) {
      await this.deps.audit.append({
        actorId: s.actor_id, role: s.role, action: 'statement.lost', resource: s.resource, outcome: 'failed', requestId: s.request_id, agreementId: s.agreement_id,
        details: { statementId: s.statement_id, tier: s.tier, startedAt: s.at, reason: 'the platform stopped while the statement ran' },
      });
    }
    return lost.length;
  }
}
