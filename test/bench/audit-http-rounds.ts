/**
 * Authenticated `GET /api/v1/me` load against several servers: a warm-up each, then measured
 * rounds that alternate which server goes first, so that drift in the machine (CPU frequency,
 * other work, DuckDB file growth) falls on all of them alike.
 */
import type { LoadOptions, LoadResult } from './http-load';
import { runLoad, type ClientMode } from './http-load-thread';
import type { BenchServer } from './bench-server';
import { commitStatsBetween, readAuditCommitStats, type AuditCommitStats } from './audit-commit-stats';

export const ME_PATH = '/api/v1/me';

export type RoundPlan = { rounds: number; concurrency: number; durationMs: number; maxRequests: number; mode: ClientMode };

export type RoundResult = { round: number; server: string; load: LoadResult; commits: AuditCommitStats };

export function meLoad(server: BenchServer, plan: { concurrency: number; durationMs?: number; requests?: number }): LoadOptions {
  return {
    port: server.port,
    path: ME_PATH,
    headers: { authorization: `Bearer ${server.token}`, accept: 'application/json' },
    concurrency: plan.concurrency,
    durationMs: plan.durationMs,
    requests: plan.requests,
  };
}

/** Fails unless the server answers `GET /me` with 200 for the bench token. */
export async function checkServerAnswers(server: BenchServer, mode: ClientMode): Promise<void> {
  const probe = await runLoad(meLoad(server, { concurrency: 1, requests: 3 }), mode);
  if (probe.ok !== 3) throw new Error(`${server.label} server did not answer GET ${ME_PATH} with 200: ${JSON.stringify(probe.statusCounts)} errors=${probe.errors}`);
}

export async function warmUp(servers: readonly BenchServer[], plan: RoundPlan, requests: number): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const server of servers) {
    results.push(await runLoad(meLoad(server, { concurrency: plan.concurrency, requests, durationMs: plan.durationMs }), plan.mode));
  }
  return results;
}

export async function runAlternatingRounds(servers: readonly BenchServer[], plan: RoundPlan): Promise<RoundResult[]> {
  const results: RoundResult[] = [];
  for (let round = 1; round <= plan.rounds; round += 1) {
    const order = round % 2 === 1 ? servers : [...servers].reverse();
    for (const server of order) {
      const registry = server.running.platform.metrics.registry;
      const before = await readAuditCommitStats(registry);
      const load = await runLoad(
        meLoad(server, { concurrency: plan.concurrency, durationMs: plan.durationMs, requests: plan.maxRequests }),
        plan.mode,
      );
      const after = await readAuditCommitStats(registry);
      results.push({ round, server: server.label, load, commits: commitStatsBetween(before, after) });
    }
  }
  return results;
}
