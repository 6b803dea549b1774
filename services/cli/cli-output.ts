/**
 * What the `shuyu` CLI prints, as pure functions of what it prints about. Every field that
 * could carry what someone sent (ids, resources, actions, messages) goes through
 * `terminalSafe`, so no printed value can move the cursor, clear the screen or forge a line.
 */
import type { AuditEntry } from '../audit/audit-entry';
import type { ApiError } from '../console/src/api/api-error';
import { terminalSafe } from './terminal-safe';

/** One tab-separated line of `audit tail`: seq, time, outcome, role, actor, action, resource. */
export function auditTailLine(e: AuditEntry): string {
  return [String(e.seq), e.at, e.outcome, e.role ?? '-', e.actorId ?? '-', e.action, e.resource].map(terminalSafe).join('\t');
}

/** One section of `destroy`'s plan: the label and count, then one indented line per agreement. */
export function planSection(label: string, list: { id: string; endsAt: string; status: string }[]): string {
  const lines = list.map((a) => `\n  ${[a.id, a.status, `ends ${a.endsAt}`].map(terminalSafe).join('\t')}`);
  return `${terminalSafe(label)}: ${list.length}${lines.join('')}`;
}

/** The one line a failed command prints on stderr. */
export function errorLine(error: unknown): string {
  return `shuyu: ${terminalSafe(error instanceof Error ? error.message : String(error))}`;
}

/**
 * What a failed HTTP command prints on stderr: the status and the API's error code (which never
 * changes with the language), the message, one line per detail, and the request id to quote.
 */
export function apiErrorText(error: ApiError): string {
  const where = (d: ApiError['details'][number]) => [d.row !== undefined ? `row ${d.row}` : '', d.column ? `column ${d.column}` : '', d.path ?? ''].filter(Boolean).join(', ');
  const details = error.details.map((d) => `  ${terminalSafe(where(d) ? `${where(d)}: ${d.message}` : d.message)}`);
  const request = error.requestId ? [`  (request ${terminalSafe(error.requestId)})`] : [];
  return [`shuyu: ${error.status} ${terminalSafe(error.code)}: ${terminalSafe(error.message)}`, ...details, ...request].join('\n');
}
