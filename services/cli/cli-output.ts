/**
 * What the `shuyu` CLI prints, as pure functions of what it prints about. Every field that
 * could carry what someone sent (ids, resources, actions, messages) goes through
 * `terminalSafe`, so no printed value can move the cursor, clear the screen or forge a line.
 */
import type { AuditEntry } from '../audit/audit-entry';
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
