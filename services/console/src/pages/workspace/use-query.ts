/**
 * Runs SQL on the sandbox's dev twin and keeps the outcome: the result with its round-trip time,
 * or the refusal (statement guard, limits, the operator's SQL errors) to show inline.
 */
import { ref, shallowRef } from 'vue';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type { ShownResult } from './workspace-types';

export type QueryProblem = { status: number; code: string; message: string; details: string[] };

export function problemOf(error: unknown): QueryProblem {
  if (error instanceof ApiError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details.map((d) => d.message) };
  }
  return { status: 0, code: 'network', message: error instanceof Error ? error.message : String(error), details: [] };
}

export function useQuery(sandboxId: () => string) {
  const result = shallowRef<ShownResult | null>(null);
  const problem = ref<QueryProblem | null>(null);
  const running = ref(false);

  async function run(sql: string): Promise<void> {
    if (running.value || !sql.trim()) return;
    running.value = true;
    problem.value = null;
    const started = performance.now();
    try {
      const body = await unwrap(api.POST('/api/v1/sandboxes/{id}/query', { params: { path: { id: sandboxId() } }, body: { sql, tier: 'dev' } }));
      result.value = { ...body, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      problem.value = problemOf(error);
      result.value = null;
    } finally {
      running.value = false;
    }
  }

  return { result, problem, running, run };
}
