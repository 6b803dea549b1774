/**
 * The API steps the data benchmarks share: register a dataset, store its rules, take an
 * application through consent and approval, and follow a sandbox's provisioning progress by
 * polling `GET /sandboxes/:id` (bounded by a deadline).
 */
import { expectStatus, type BenchPlatform, type Party } from './bench-platform';

export const TERM = { startsAt: '2026-01-01T00:00:00Z', endsAt: '2030-12-31T00:00:00Z' };

export async function registerDataset(bp: BenchPlatform, source: Party, schema: object): Promise<string> {
  const created = expectStatus(await bp.call<{ id: string }>('POST', '/datasets', source.token, schema), 201, 'register dataset');
  return created.id;
}

/** Stores a rule set: an object is sent as JSON, a string as YAML. */
export async function putRules(bp: BenchPlatform, source: Party, datasetId: string, rules: object | string): Promise<number> {
  const text = typeof rules === 'string' ? rules : JSON.stringify(rules);
  const stored = await bp.call<{ version: number }>('PUT', `/datasets/${datasetId}/masking-rules`, source.token, text, typeof rules === 'string' ? 'application/yaml' : 'application/json');
  return expectStatus(stored, 201, 'store masking rules').version;
}

/** Applies (operator), consents (source) and sends the authority's approval; returns as soon as approval answers. */
export async function approve(
  bp: BenchPlatform, operator: Party, source: Party, datasetId: string, columns: string[],
): Promise<{ agreementId: string; sandboxId: string; approvedAt: number }> {
  const applied = expectStatus(await bp.call<{ id: string }>('POST', '/applications', operator.token, {
    scenario: '基准测试', purpose: '测量沙箱供给与销毁的耗时', datasets: [{ datasetId, columns }], ...TERM,
  }), 201, 'apply');
  expectStatus(await bp.call('POST', `/applications/${applied.id}/consents`, source.token, { datasetId, decision: 'approve', comment: '同意' }), 201, 'consent');
  const approvedAt = performance.now();
  const decided = expectStatus(await bp.call<{ agreementId: string; sandboxId: string }>('POST', `/applications/${applied.id}/decision`, bp.authority, { decision: 'approve', comment: '批准' }), 201, 'approve');
  return { agreementId: decided.agreementId, sandboxId: decided.sandboxId, approvedAt };
}

export type ProgressStep = { done: number; total: number; atSeconds: number };
export type Provisioned = { seconds: number; steps: ProgressStep[]; polls: number; tables: { name: string; rows: number }[] };

/**
 * Polls the sandbox every `intervalMs` until it is ready; records when progress `done` changed,
 * in seconds since `since`. Fails on `failed` or after `timeoutMs`. With `settled` (the
 * provisioner's run), the poll after it resolves is sent at once, so the time measured does not
 * depend on where the interval happened to fall.
 */
export async function waitUntilReady(
  bp: BenchPlatform, token: string, sandboxId: string, since: number, intervalMs = 25, timeoutMs = 600_000, settled?: Promise<unknown>,
): Promise<Provisioned> {
  const steps: ProgressStep[] = [];
  let polls = 0;
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    polls += 1;
    const view = expectStatus(await bp.call<{ state: string; progress: { done: number; total: number }; tables: { name: string; rows: number }[]; error: string | null }>(
      'GET', `/sandboxes/${sandboxId}`, token), 200, 'read sandbox');
    const atSeconds = (performance.now() - since) / 1000;
    const last = steps.at(-1);
    if (!last || last.done !== view.progress.done || last.total !== view.progress.total) steps.push({ done: view.progress.done, total: view.progress.total, atSeconds });
    if (view.state === 'ready') return { seconds: atSeconds, steps, polls, tables: view.tables.map((t) => ({ name: t.name, rows: t.rows })) };
    if (view.state === 'failed') throw new Error(`provisioning failed: ${view.error}`);
    let timer: NodeJS.Timeout | undefined;
    const interval = new Promise((resolve) => { timer = setTimeout(resolve, intervalMs); });
    await (settled ? Promise.race([interval, settled]) : interval);
    clearTimeout(timer);
  }
  throw new Error(`sandbox ${sandboxId} was not ready within ${timeoutMs} ms`);
}

/** Progress as text, e.g. "0/2@0.01s 1/2@3.2s 2/2@3.9s". */
export function progressText(steps: readonly ProgressStep[]): string {
  return steps.map((s) => `${s.done}/${s.total}@${s.atSeconds.toFixed(2)}s`).join(' ');
}
