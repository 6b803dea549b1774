/**
 * The audit log's filters and their translation into `GET /audit`'s query: dates are picked as
 * wall-clock times in Asia/Shanghai (UTC+8 all year, no daylight saving) and sent as ISO instants.
 */
import type { AuditOutcome, AuditQuery } from './auditor-types';

export type AuditFilters = {
  actor: string;
  agreement: string;
  action: string;
  outcome: AuditOutcome | '';
  /** `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai, or empty. */
  from: string;
  to: string;
};

export function emptyFilters(): AuditFilters {
  return { actor: '', agreement: '', action: '', outcome: '', from: '', to: '' };
}

/** `2026-01-05 08:00:00` (Asia/Shanghai) → `2026-01-05T00:00:00.000Z`; empty or unreadable → undefined. */
export function shanghaiToIso(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(value.trim());
  if (!match) return undefined;
  const time = match[2].length === 5 ? `${match[2]}:00` : match[2];
  const date = new Date(`${match[1]}T${time}+08:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function toQuery(filters: AuditFilters, limit: number, cursor: string | null): AuditQuery {
  const query: AuditQuery = { order: 'desc', limit };
  if (filters.actor.trim()) query.actor = filters.actor.trim();
  if (filters.agreement.trim()) query.agreement = filters.agreement.trim();
  if (filters.action.trim()) query.action = filters.action.trim();
  if (filters.outcome) query.outcome = filters.outcome;
  const from = shanghaiToIso(filters.from);
  const to = shanghaiToIso(filters.to);
  if (from) query.from = from;
  if (to) query.to = to;
  if (cursor) query.cursor = cursor;
  return query;
}

/** Filters given in the page's address (`?agreement=…&action=…`), e.g. from a certificate. */
export function filtersFromQuery(query: Record<string, unknown>): AuditFilters {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const outcome = text(query.outcome);
  return {
    ...emptyFilters(),
    actor: text(query.actor),
    agreement: text(query.agreement),
    action: text(query.action),
    outcome: (['allowed', 'denied', 'failed'] as const).find((o) => o === outcome) ?? '',
  };
}

/** `shuyu-audit-20260105-160000.csv`: the export's name, stamped in Asia/Shanghai. */
export function exportFileName(format: 'csv' | 'parquet', now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `shuyu-audit-${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}.${format}`;
}

/** Action codes an auditor commonly looks for (the filter also accepts any other code). */
export const commonActions = [
  'principal.bootstrap', 'principal.create', 'principal.revoke', 'principal.list',
  'dataset.create', 'dataset.upload', 'masking_rules.put', 'masking_rules.approve',
  'application.create', 'application.consent', 'application.decide',
  'agreement.suspend', 'agreement.resume', 'agreement.terminate', 'agreement.certificate', 'sandbox.destroyed',
  'sandbox.query', 'model.submit', 'model.review', 'run.create', 'run.release', 'run.output',
  'product.create', 'product.review', 'product.invoke', 'subject.request',
  'audit.query', 'audit.verify', 'audit.export', 'audit.reanchor',
] as const;
