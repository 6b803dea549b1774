/**
 * Caller-side audit append latency: `workers` concurrent callers, each awaiting
 * `audit.record(...)` back to back until `calls` have been made. Each call's latency is the
 * time from the call to its promise resolving, which includes waiting for the group commit
 * that carries it. The writer's own commit figures for the same span come from the registry.
 */
import type { Registry } from 'prom-client';
import type { AuditEvent } from '../../services/audit/audit-entry';
import { summarize, type LatencySummary } from './bench-report';
import { commitStatsBetween, readAuditCommitStats, type AuditCommitStats } from './audit-commit-stats';

export type AuditRecorder = { record(event: AuditEvent): Promise<void> };

export type AppendLatencyResult = {
  concurrency: number;
  calls: number;
  seconds: number;
  callsPerSecond: number;
  latencyMs: LatencySummary;
  commits: AuditCommitStats;
};

export async function measureAppendLatency(
  audit: AuditRecorder,
  registry: Registry,
  options: { concurrency: number; calls: number; label: string },
): Promise<AppendLatencyResult> {
  const latencies: number[] = [];
  let issued = 0;
  const before = await readAuditCommitStats(registry);
  const started = performance.now();
  const worker = async (id: number): Promise<void> => {
    while (issued < options.calls) {
      issued += 1;
      const event = benchEvent(options.label, id, issued);
      const t0 = performance.now();
      await audit.record(event);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, id) => worker(id)));
  const seconds = (performance.now() - started) / 1000;
  const after = await readAuditCommitStats(registry);
  return {
    concurrency: options.concurrency,
    calls: latencies.length,
    seconds,
    callsPerSecond: latencies.length / seconds,
    latencyMs: summarize(latencies),
    commits: commitStatsBetween(before, after),
  };
}

/** An event shaped like the one a protected route appends for `GET /me`. */
function benchEvent(label: string, worker: number, n: number): AuditEvent {
  return {
    actorId: `prn_bench-${worker}`,
    role: 'authority',
    action: 'me.read',
    resource: `principal:prn_bench-${worker}`,
    outcome: 'allowed',
    requestId: `bench-${label}-${n}`,
    agreementId: null,
    details: { status: 200 },
  };
}
