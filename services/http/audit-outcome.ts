/** Which audit outcome an HTTP status stands for. */
import type { AuditOutcome } from '../audit/audit-entry';

export function outcomeForStatus(status: number): AuditOutcome {
  if (status < 400) return 'allowed';
  if (status === 401 || status === 403 || status === 404 || status === 410 || status === 429) return 'denied';
  return 'failed';
}
