/**
 * Reads the audit writer's own figures from a platform's Prometheus registry: the
 * `shuyu_audit_append_duration_seconds` histogram (one observation per group commit: its
 * count is the number of commits, its sum the time spent committing) and the
 * `shuyu_audit_entries_total` counter (entries committed).
 */
import type { Registry } from 'prom-client';

export const COMMIT_HISTOGRAM = 'shuyu_audit_append_duration_seconds';
export const ENTRIES_COUNTER = 'shuyu_audit_entries_total';

export type AuditCommitStats = { commits: number; commitSeconds: number; entries: number };

export async function readAuditCommitStats(registry: Registry): Promise<AuditCommitStats> {
  const histogram = await registry.getSingleMetric(COMMIT_HISTOGRAM)?.get();
  const counter = await registry.getSingleMetric(ENTRIES_COUNTER)?.get();
  if (!histogram || !counter) throw new Error(`metrics ${COMMIT_HISTOGRAM} / ${ENTRIES_COUNTER} are not registered`);
  const valueOf = (suffix: string) =>
    histogram.values.find((v) => 'metricName' in v && v.metricName === `${COMMIT_HISTOGRAM}${suffix}`)?.value ?? 0;
  const entries = counter.values.reduce((sum, v) => sum + v.value, 0);
  return { commits: valueOf('_count'), commitSeconds: valueOf('_sum'), entries };
}

export function commitStatsBetween(before: AuditCommitStats, after: AuditCommitStats): AuditCommitStats {
  return {
    commits: after.commits - before.commits,
    commitSeconds: after.commitSeconds - before.commitSeconds,
    entries: after.entries - before.entries,
  };
}

/** Entries per commit; NaN when nothing was committed. */
export function averageGroupSize(stats: AuditCommitStats): number {
  return stats.commits > 0 ? stats.entries / stats.commits : Number.NaN;
}

/** Mean time per group commit in milliseconds; NaN when nothing was committed. */
export function meanCommitMs(stats: AuditCommitStats): number {
  return stats.commits > 0 ? (stats.commitSeconds / stats.commits) * 1000 : Number.NaN;
}
