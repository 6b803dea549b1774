/**
 * Shared fixture of the security tests: one real platform per file with the residents world and
 * an approved agreement, helpers to send an attack down both operator SQL paths (a dev query and
 * a model submission), to find a request's audit entry by its X-Request-Id (as the authority),
 * and to check that a response carries nothing of files, settings or the server's layout.
 */
import os from 'node:os';
import type request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../fixtures/demo-world';

export type Res = request.Response;

export type AttackWorld = {
  t: TestPlatform;
  w: World;
  sandboxId: string;
  agreementId: string;
};

export type AuditRow = {
  seq: number;
  action: string;
  resource: string;
  outcome: 'allowed' | 'denied' | 'failed';
  requestId: string;
  agreementId: string | null;
  actorId: string | null;
  details: Record<string, unknown>;
};

export type ModelParam = { name: string; type: string };

export async function startAttackWorld(options: { env?: Record<string, string>; rows?: number } = {}): Promise<AttackWorld> {
  const t = await startTestPlatform({ env: options.env });
  const w = await residentsWorld(t, options.rows ?? 300);
  const { sandboxId, agreementId } = await approvedAgreement(t, w);
  return { t, w, sandboxId, agreementId };
}

/** POST /sandboxes/:id/query on the dev tier. */
export function devQuery(a: AttackWorld, sql: string, options: { token?: string; sandboxId?: string; tier?: string } = {}) {
  return a.t.http.post(`/api/v1/sandboxes/${options.sandboxId ?? a.sandboxId}/query`)
    .set(...bearer(options.token ?? a.w.operator.token))
    .send({ sql, tier: options.tier ?? 'dev' });
}

/** POST /sandboxes/:id/query on the dev tier, asking for Arrow IPC (errors still come as JSON). */
export function arrowQuery(a: AttackWorld, sql: string) {
  return a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/query`)
    .set(...bearer(a.w.operator.token))
    .set('Accept', 'application/vnd.apache.arrow.stream')
    .send({ sql, tier: 'dev' });
}

let modelCounter = 0;

/** POST /sandboxes/:id/models: a model submission with its own name. */
export function submitModel(a: AttackWorld, sql: string, parameters: ModelParam[] = [], options: { token?: string; sandboxId?: string } = {}) {
  modelCounter += 1;
  return a.t.http.post(`/api/v1/sandboxes/${options.sandboxId ?? a.sandboxId}/models`)
    .set(...bearer(options.token ?? a.w.operator.token))
    .send({ name: `attack_${modelCounter}`, sql, parameters, purpose: '安全测试' });
}

/** The authority reviews a model. */
export function reviewModel(a: AttackWorld, modelId: string, decision: 'approve' | 'reject' = 'approve') {
  return a.t.http.post(`/api/v1/models/${modelId}/review`).set(...bearer(a.t.authorityToken)).send({ decision });
}

/** The operator runs a model with parameters. */
export function runModel(a: AttackWorld, modelId: string, params: Record<string, unknown> = {}, token?: string) {
  return a.t.http.post(`/api/v1/models/${modelId}/runs`).set(...bearer(token ?? a.w.operator.token)).send({ params });
}

/** The request id the server gave (and echoed) for a response. */
export function requestIdOf(res: Res): string {
  const id = res.headers['x-request-id'];
  if (typeof id !== 'string' || id.length === 0) throw new Error('response carries no X-Request-Id');
  return id;
}

/**
 * The one audit entry of a request, found through GET /api/v1/audit as the authority (newest
 * first, filtered by action, paging back until the request id turns up).
 */
export async function auditEntryOf(t: TestPlatform, res: Res, action: string): Promise<AuditRow> {
  const requestId = requestIdOf(res);
  let cursor: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const url = `/api/v1/audit?action=${encodeURIComponent(action)}&order=desc&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const found = await t.http.get(url).set(...bearer(t.authorityToken));
    if (found.status !== 200) throw new Error(`audit query failed: ${found.status} ${JSON.stringify(found.body)}`);
    const entries = found.body.entries as AuditRow[];
    const matches = entries.filter((e) => e.requestId === requestId);
    if (matches.length > 1) throw new Error(`request ${requestId} has ${matches.length} audit entries for ${action}`);
    if (matches.length === 1) return matches[0];
    cursor = found.body.nextCursor as string | null;
    if (!cursor) break;
  }
  throw new Error(`no audit entry of ${action} for request ${requestId}`);
}

/** Things a response to an operator must never carry, unless the operator's own SQL holds them. */
export function leakSentinels(a: AttackWorld): { label: string; pattern: RegExp | string }[] {
  return [
    { label: '/etc/passwd contents', pattern: /root:[^:\n]*:0:0:/ },
    { label: '/etc/passwd contents', pattern: /\/usr\/sbin\/nologin/ },
    { label: 'the data directory', pattern: a.t.dataDir },
    { label: 'the home directory', pattern: `${os.homedir()}/` },
    { label: 'a DuckDB memory setting', pattern: /\d(\.\d+)? ?(MiB|GiB|KiB)\b/ },
    { label: 'the DuckDB version', pattern: /v1\.\d+\.\d+/ },
    { label: 'the DuckDB codename', pattern: 'Variegata' },
    { label: 'a profiling dump', pattern: 'Query Profiling' },
    { label: 'a settings dump', pattern: 'lock_configuration' },
    { label: 'a settings dump', pattern: 'temp_directory' },
    { label: 'an audit key', pattern: 'test-hmac-key' },
    { label: 'the authority token', pattern: a.t.authorityToken },
  ];
}

/** Fails with the sentinel's label when the response body leaks something the SQL did not hold. */
export function expectNoLeak(a: AttackWorld, res: Res, sql = ''): void {
  const text = res.text ?? JSON.stringify(res.body ?? null);
  const leaked: string[] = [];
  for (const { label, pattern } of leakSentinels(a)) {
    const inSql = typeof pattern === 'string' ? sql.includes(pattern) : pattern.test(sql);
    if (inSql) continue;
    if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) leaked.push(label);
  }
  expect({ leaked, status: res.status }).toEqual({ leaked: [], status: res.status });
}

/** A 422 statement refusal whose audit entry (found by request id) says `denied`. */
export async function expectRefusedAndAudited(a: AttackWorld, res: Res, action: 'sandbox.query' | 'model.submit', sql: string): Promise<AuditRow> {
  // The leak check first: when an attack gets through, the failure says what it exposed.
  expectNoLeak(a, res, sql);
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 422, code: 'statement_refused' });
  expect(res.body.rows).toBeUndefined();
  const entry = await auditEntryOf(a.t, res, action);
  expect(entry).toMatchObject({ outcome: 'denied', action, actorId: a.w.operator.id, agreementId: a.agreementId });
  expect(entry.details.status).toBe(422);
  return entry;
}

/** Sends `sql` as a dev query and as a model submission; both must be refused and audited as denied. */
export async function expectRefusedOnBothPaths(a: AttackWorld, sql: string): Promise<void> {
  const queried = await devQuery(a, sql);
  const entry = await expectRefusedAndAudited(a, queried, 'sandbox.query', sql);
  expect(entry.details.refused).toEqual(expect.any(String));
  const submitted = await submitModel(a, sql);
  await expectRefusedAndAudited(a, submitted, 'model.submit', sql);
}

/** A dev query that must succeed: 200, audited as allowed. */
export async function expectAnswered(a: AttackWorld, sql: string): Promise<Res> {
  const res = await devQuery(a, sql);
  expect({ status: res.status, error: res.body?.error }).toEqual({ status: 200, error: undefined });
  expectNoLeak(a, res, sql);
  const entry = await auditEntryOf(a.t, res, 'sandbox.query');
  expect(entry.outcome).toBe('allowed');
  return res;
}
