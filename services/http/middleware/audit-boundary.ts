/**
 * The audit boundary of a protected route. `openAuditBoundary` runs first on every protected
 * route; `settleAudit` appends the request's one entry, from either the success path or the
 * error handler, and is a no-op the second time.
 */
import type { NextFunction, Request, Response } from 'express';
import type { AuditSink } from '../../audit/audit-sink';
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
  const l = locals(res);
  const boundary = l.audit;
  if (!boundary || boundary.settled) return;
  boundary.settled = true;
  await sink.record({
    actorId: l.principal?.id ?? (l.metricsScraper ? 'metrics-token' : null),
    role: l.principal?.role ?? (l.metricsScraper ? 'metrics' : null),
    action: boundary.action,
    resource: boundary.note.resource ?? boundary.resource,
    outcome: boundary.note.outcome ?? outcomeForStatus(status),
    requestId: l.requestId,
    agreementId: boundary.note.agreementId ?? null,
    details: { status, ...boundary.note.details, ...extra },
  });
}
