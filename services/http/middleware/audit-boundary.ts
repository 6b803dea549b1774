/**
 * The audit boundary of a protected route. `openAuditBoundary` runs first on every protected
 * route; `settleAudit` appends the request's one entry, from either the success path or the
 * error handler, and is a no-op the second time. `settleAuditWith` appends it in the same
 * transaction as the request's state change (see AuditSink.recordWith); if that commit fails,
 * the boundary stays open so the error handler records the failure.
 */
import { redactText, redactTokensIn } from '../../logging/redact-secrets';
import type { NextFunction, Request, Response } from 'express';
import type { AuditEvent } from '../../audit/audit-entry';
import type { AuditSink, StateChange } from '../../audit/audit-sink';
import { outcomeForStatus } from '../audit-outcome';
import { locals } from '../request-locals';

export function openAuditBoundary(action: string, template?: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const l = locals(res);
    l.routeTemplate = template;
    l.audit = { action, resource: req.path, note: { details: {} }, settled: false };
    next();
  };
}

export async function settleAudit(sink: AuditSink, res: Response, status: number, extra: Record<string, unknown> = {}): Promise<void> {
  const boundary = locals(res).audit;
  if (!boundary || boundary.settled) return;
  boundary.settled = true;
  await sink.record(boundaryEvent(res, status, extra));
}

export async function settleAuditWith(sink: AuditSink, res: Response, status: number, change: StateChange): Promise<void> {
  const boundary = locals(res).audit;
  if (!boundary || boundary.settled) throw new Error('the audit boundary is already settled');
  await sink.recordWith(boundaryEvent(res, status, {}), change);
  boundary.settled = true;
}

function boundaryEvent(res: Response, status: number, extra: Record<string, unknown>): AuditEvent {
  const l = locals(res);
  const boundary = l.audit!;
  return {
    actorId: l.principal?.id ?? (l.metricsScraper ? 'metrics-token' : null),
    role: l.principal?.role ?? (l.metricsScraper ? 'metrics' : null),
    action: boundary.action,
    // A caller can put anything in a URL, a token included: the audit log, read and exported by
    // auditors, must never hand one out.
    resource: redactText(boundary.note.resource ?? boundary.resource),
    outcome: boundary.note.outcome ?? outcomeForStatus(status),
    requestId: l.requestId,
    agreementId: boundary.note.agreementId ?? null,
    details: redactTokensIn({ status, ...boundary.note.details, ...extra }),
  };
}
