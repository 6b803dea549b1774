/**
 * Fault: the platform is killed (SIGKILL) after a mutating route's handler has returned and
 * before its response (`route.handled`). Were a state change committed apart from its audit
 * entry, this is where the change would survive without its entry. For every mutating route,
 * after the restart the change is there, the chain holds exactly one entry for the request (the
 * route's action, allowed), and the chain verifies.
 *
 * One world is built once and copied for each route; each copy is served by a child server
 * that pauses at `route.handled` for the request under test.
 */
import fs from 'node:fs';
import { residentsRules, residentsWorld } from '../fixtures/demo-world';
import { residentsSchema } from '../fixtures/residents-dataset';
import { bearer, makeTempDir, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import type { AuditEntry } from '../../services/audit/audit-entry';
import { startCrashChild, type CrashChild } from './crash-child';

type Party = { id: string; token: string };
type Base = {
  authority: string; source: Party; operator: Party; auditor: Party;
  datasetId: string; pendingRulesDatasetId: string; agreementId: string; sandboxId: string;
  approvedModelId: string; submittedModelId: string; submittedProductId: string;
  openApplicationId: string; consentedApplicationId: string;
};
type Send = { method: 'POST' | 'PUT' | 'DELETE'; path: string; token: string; json?: unknown; yaml?: string };
type Case = {
  action: string;
  /** Requests the child answers before the one under test (which pauses at `route.handled@N`). */
  first?: (b: Base) => Send[];
  send: (b: Base) => Send;
  /** Asserts the change after the restart; `entry` is the request's one entry. */
  changed: (t: TestPlatform, b: Base, entry: AuditEntry) => Promise<void>;
};

const REQUEST_ID = '00000000-0000-4000-8000-00000000c4a5';
/** The child server runs on the real clock: the agreements' term must cover today. */
const TERM = { startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-06-30T00:00:00Z' };
const COLUMNS = ['id_number', 'street', 'income'];
const STATEMENT_ACTIONS = ['statement.start', 'statement.end'];
const KEEPS_NAME = residentsRules.replace(
  "name:       { strategy: fake, kind: cn_name }", "name:       { strategy: keep, justification: '姓名仅用于数源单位内部核对身份，已获主管部门书面授权' }");

function body<T = Record<string, unknown>>(res: { status: number; body: unknown }, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** The world every case starts from, built in-process and closed. */
async function buildBase(dataDir: string): Promise<Base> {
  const t = await startTestPlatform({ dataDir });
  try {
    const w = await residentsWorld(t, 60);
    const auditor = await t.principal('auditor');
    const authority = t.authorityToken;
    const apply = async () => body<{ id: string }>(await t.http.post('/api/v1/applications').set(...bearer(w.operator.token))
      .send({ scenario: '就业帮扶', purpose: '统计各街道就业情况', datasets: [{ datasetId: w.datasetId, columns: COLUMNS }], ...TERM }), 201, 'apply').id;
    const consent = async (id: string) => body(await t.http.post(`/api/v1/applications/${id}/consents`).set(...bearer(w.source.token)).send({ datasetId: w.datasetId, decision: 'approve' }), 201, 'consent');
    const submitModel = async (name: string) => body<{ id: string }>(await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token))
      .send({ name, sql: 'SELECT street, count(*) AS people FROM residents GROUP BY street', purpose: '按街道统计' }), 201, 'model').id;

    const agreed = await apply();
    await consent(agreed);
    const decided = body<{ agreementId: string; sandboxId: string }>(await t.http.post(`/api/v1/applications/${agreed}/decision`).set(...bearer(authority)).send({ decision: 'approve' }), 201, 'decide');
    await t.platform.provisioner.idle();
    const { agreementId, sandboxId } = decided;
    const approvedModelId = await submitModel('by_street');
    body(await t.http.post(`/api/v1/models/${approvedModelId}/review`).set(...bearer(authority)).send({ decision: 'approve' }), 200, 'review');
    const submittedModelId = await submitModel('by_street_again');
    const submittedProductId = body<{ id: string }>(await t.http.post('/api/v1/products').set(...bearer(w.operator.token))
      .send({ name: '街道人数', kind: 'api', modelId: approvedModelId, description: '按街道人数', grantees: [] }), 201, 'product').id;
    const openApplicationId = await apply();
    const consentedApplicationId = await apply();
    await consent(consentedApplicationId);
    // A second dataset whose only rule set keeps names in clear: pending the authority's approval.
    const pending = body<{ id: string }>(await t.http.post('/api/v1/datasets').set(...bearer(w.source.token)).send({ ...residentsSchema, name: 'residents_pending' }), 201, 'dataset');
    body(await t.http.put(`/api/v1/datasets/${pending.id}/masking-rules`).set(...bearer(w.source.token)).set('Content-Type', 'application/yaml').send(KEEPS_NAME), 201, 'rules');
    return {
      authority, source: w.source, operator: w.operator, auditor, datasetId: w.datasetId, pendingRulesDatasetId: pending.id, agreementId, sandboxId,
      approvedModelId, submittedModelId, submittedProductId, openApplicationId, consentedApplicationId,
    };
  } finally {
    await t.close();
  }
}

async function read<T = Record<string, unknown>>(t: TestPlatform, token: string, path: string): Promise<T> {
  return body<T>(await t.http.get(`/api/v1${path}`).set(...bearer(token)), 200, `GET ${path}`);
}

/** The id in an entry's resource, e.g. `principal:prn_…` → `prn_…`. */
function idIn(entry: AuditEntry, kind: string): string {
  const [prefix, id] = entry.resource.split(':');
  expect(prefix).toBe(kind);
  return id;
}

const transition = (name: 'suspend' | 'resume' | 'terminate') => (b: Base): Send => ({ method: 'POST', path: `/agreements/${b.agreementId}/${name}`, token: b.authority, json: { reason: '风险处置' } });

/** The quarter the real clock is in, in Asia/Shanghai (the child runs on the real clock). */
function currentQuarter(): string {
  const shanghai = new Date(Date.now() + 8 * 3_600_000);
  return `${shanghai.getUTCFullYear()}-Q${Math.floor(shanghai.getUTCMonth() / 3) + 1}`;
}
const REPORT = Buffer.from('本季度运营情况报告');

const cases: Case[] = [
  {
    action: 'dataset.create',
    send: (b) => ({ method: 'POST', path: '/datasets', token: b.source.token, json: { ...residentsSchema, name: 'residents_new' } }),
    changed: async (t, b, entry) => expect(await read(t, b.source.token, `/datasets/${idIn(entry, 'dataset')}`)).toMatchObject({ name: 'residents_new' }),
  },
  {
    action: 'masking_rules.put',
    send: (b) => ({ method: 'PUT', path: `/datasets/${b.datasetId}/masking-rules`, token: b.source.token, yaml: residentsRules }),
    changed: async (t, b, entry) => {
      expect(entry.details).toMatchObject({ rulesVersion: 2 });
      expect((await read<{ versions: unknown[] }>(t, b.source.token, `/datasets/${b.datasetId}/masking-rules`)).versions).toHaveLength(2);
    },
  },
  {
    action: 'masking_rules.approve',
    send: (b) => ({ method: 'POST', path: `/datasets/${b.pendingRulesDatasetId}/masking-rules/1/approval`, token: b.authority, json: { decision: 'approve' } }),
    changed: async (t, b) => expect(await read(t, b.authority, `/datasets/${b.pendingRulesDatasetId}/masking-rules`)).toMatchObject({ current: { approval: { status: 'approved' } } }),
  },
  {
    action: 'agreement.suspend',
    send: transition('suspend'),
    changed: async (t, b) => {
      expect(await read(t, b.authority, `/agreements/${b.agreementId}`)).toMatchObject({ status: 'suspended' });
      expect(await read(t, b.operator.token, `/sandboxes/${b.sandboxId}`)).toMatchObject({ state: 'suspended' });
    },
  },
  {
    action: 'agreement.resume',
    first: (b) => [transition('suspend')(b)],
    send: transition('resume'),
    changed: async (t, b) => {
      expect(await read(t, b.authority, `/agreements/${b.agreementId}`)).toMatchObject({ status: 'active' });
      expect(await read(t, b.operator.token, `/sandboxes/${b.sandboxId}`)).toMatchObject({ state: 'ready' });
    },
  },
  {
    action: 'agreement.terminate',
    send: transition('terminate'),
    changed: async (t, b) => {
      // The child may have gone on to seal (and destroy) before it was killed.
      const { status } = await read<{ status: string }>(t, b.authority, `/agreements/${b.agreementId}`);
      expect(['terminated', 'sealed', 'destroyed']).toContain(status);
    },
  },
  {
    action: 'agreement.settings.update',
    send: (b) => ({ method: 'PUT', path: `/agreements/${b.agreementId}/settings`, token: b.authority, json: { kMin: 25 } }),
    changed: async (t, b) => expect(await read(t, b.authority, `/agreements/${b.agreementId}/settings`)).toMatchObject({ kMin: 25 }),
  },
  {
    action: 'feedback.raise',
    send: (b) => ({
      method: 'POST', path: '/feedback', token: b.operator.token,
      json: { agreementId: b.agreementId, datasetId: b.datasetId, column: 'street', category: 'accuracy', description: '街道名称存在旧称' },
    }),
    changed: async (t, b, entry) => expect(await read(t, b.source.token, `/feedback/${idIn(entry, 'feedback')}`)).toMatchObject({ status: 'open', column: 'street' }),
  },
  {
    action: 'filing.submit',
    send: (b) => ({
      method: 'POST', path: '/filings', token: b.operator.token,
      json: { agreementId: b.agreementId, period: currentQuarter(), text: '本季度运营情况', attachments: [{ name: '报告.txt', contentType: 'text/plain', base64: REPORT.toString('base64') }] },
    }),
    changed: async (t, b, entry) => {
      const filing = await read<{ id: string; period: string; current: { attachments: { sha256: string }[] } }>(t, b.authority, `/filings/${idIn(entry, 'filing')}`);
      expect(filing.period).toBe(currentQuarter());
      // The file written before the commit is served after the restart.
      const file = await t.http.get(`/api/v1/filings/${filing.id}/attachments/${filing.current.attachments[0].sha256}`).set(...bearer(b.authority)).buffer(true);
      expect(Buffer.compare(file.body as Buffer, REPORT)).toBe(0);
    },
  },
  {
    action: 'model.submit',
    send: (b) => ({ method: 'POST', path: `/sandboxes/${b.sandboxId}/models`, token: b.operator.token, json: { name: 'crash_model', sql: 'SELECT street, count(*) AS n FROM residents GROUP BY street', purpose: '统计' } }),
    changed: async (t, b, entry) => expect(await read(t, b.operator.token, `/models/${idIn(entry, 'model')}`)).toMatchObject({ name: 'crash_model', status: 'submitted' }),
  },
  {
    action: 'model.review',
    send: (b) => ({ method: 'POST', path: `/models/${b.submittedModelId}/review`, token: b.authority, json: { decision: 'approve' } }),
    changed: async (t, b) => expect(await read(t, b.authority, `/models/${b.submittedModelId}`)).toMatchObject({ status: 'approved', reviewedBy: expect.any(String) }),
  },
  {
    action: 'product.create',
    send: (b) => ({ method: 'POST', path: '/products', token: b.operator.token, json: { name: '崩溃产品', kind: 'api', modelId: b.approvedModelId, description: 'd' } }),
    changed: async (t, b, entry) => expect(await read(t, b.operator.token, `/products/${idIn(entry, 'product')}`)).toMatchObject({ name: '崩溃产品', status: 'submitted' }),
  },
  {
    action: 'product.review',
    send: (b) => ({ method: 'POST', path: `/products/${b.submittedProductId}/review`, token: b.authority, json: { decision: 'approve' } }),
    changed: async (t, b) => expect(await read(t, b.authority, `/products/${b.submittedProductId}`)).toMatchObject({ status: 'registered' }),
  },
  {
    action: 'principal.create',
    send: (b) => ({ method: 'POST', path: '/principals', token: b.authority, json: { name: 'crash-principal', role: 'auditor', unit: 'audit-unit' } }),
    changed: async (t, b, entry) => expect(await read(t, b.authority, `/principals/${idIn(entry, 'principal')}`)).toMatchObject({ name: 'crash-principal', revokedAt: null }),
  },
  {
    action: 'principal.revoke',
    send: (b) => ({ method: 'DELETE', path: `/principals/${b.auditor.id}`, token: b.authority }),
    changed: async (t, b) => {
      expect(await read(t, b.authority, `/principals/${b.auditor.id}`)).toMatchObject({ revokedAt: expect.any(String) });
      expect((await t.http.get('/api/v1/me').set(...bearer(b.auditor.token))).status).toBe(401);
    },
  },
  {
    action: 'run.create',
    send: (b) => ({ method: 'POST', path: `/models/${b.approvedModelId}/runs`, token: b.operator.token, json: { params: {} } }),
    changed: async (t, b, entry) => expect(await read(t, b.authority, `/runs/${idIn(entry, 'run')}`)).toMatchObject({ modelId: b.approvedModelId }),
  },
  {
    action: 'application.create',
    send: (b) => ({ method: 'POST', path: '/applications', token: b.operator.token, json: { scenario: '崩溃场景', purpose: 'p', datasets: [{ datasetId: b.datasetId, columns: COLUMNS }], ...TERM } }),
    changed: async (t, b, entry) => expect(await read(t, b.operator.token, `/applications/${idIn(entry, 'application')}`)).toMatchObject({ scenario: '崩溃场景', status: 'submitted' }),
  },
  {
    action: 'application.consent',
    send: (b) => ({ method: 'POST', path: `/applications/${b.openApplicationId}/consents`, token: b.source.token, json: { datasetId: b.datasetId, decision: 'approve' } }),
    changed: async (t, b) => expect(await read(t, b.source.token, `/applications/${b.openApplicationId}`)).toMatchObject({ consents: [expect.objectContaining({ datasetId: b.datasetId, decision: 'approve' })] }),
  },
  {
    action: 'application.decide',
    send: (b) => ({ method: 'POST', path: `/applications/${b.consentedApplicationId}/decision`, token: b.authority, json: { decision: 'approve' } }),
    changed: async (t, b, entry) => {
      expect(await read(t, b.authority, `/applications/${b.consentedApplicationId}`)).toMatchObject({ status: 'approved' });
      const agreement = await read<{ sandboxId: string }>(t, b.authority, `/agreements/${entry.agreementId}`);
      expect(entry.details).toMatchObject({ agreementId: entry.agreementId, sandboxId: agreement.sandboxId });
      // Provisioning, started after the commit and cut short by the kill, is finished on restart.
      await t.platform.provisioner.idle();
      expect(await read(t, b.operator.token, `/sandboxes/${agreement.sandboxId}`)).toMatchObject({ state: 'ready' });
    },
  },
];

function call(child: CrashChild, s: Send, requestId: string): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${s.token}`, 'X-Request-Id': requestId };
  if (s.json !== undefined) headers['Content-Type'] = 'application/json';
  if (s.yaml !== undefined) headers['Content-Type'] = 'application/yaml';
  return fetch(child.url(`/api/v1${s.path}`), { method: s.method, headers, body: s.yaml ?? (s.json === undefined ? undefined : JSON.stringify(s.json)) });
}

describe('a mutating request killed after its handler, before its answer', () => {
  const baseDir = makeTempDir('shuyu-fault-routes-');
  let base: Base;
  beforeAll(async () => {
    base = await buildBase(baseDir);
  }, 120_000);
  afterAll(() => fs.rmSync(baseDir, { recursive: true, force: true }));

  it.each(cases)('$action: the change is there with exactly one allowed entry', async (c) => {
    const dataDir = makeTempDir('shuyu-fault-route-');
    fs.cpSync(baseDir, dataDir, { recursive: true, preserveTimestamps: true });
    let t: TestPlatform | null = null;
    try {
      const prior = c.first?.(base) ?? [];
      const child = await startCrashChild(dataDir, { pauseAt: `route.handled@${prior.length + 1}` });
      // A server that neither pauses nor answers is killed, so the case fails instead of hanging.
      const guard = setTimeout(() => void child.kill(), 40_000);
      try {
        for (const [i, s] of prior.entries()) {
          const res = await call(child, s, `00000000-0000-4000-8000-00000000000${i}`);
          expect(res.status).toBeLessThan(300);
          await res.arrayBuffer();
        }
        const answer = call(child, c.send(base), REQUEST_ID).then(async (r) => `${r.status} ${await r.text()}`, () => 'connection lost');
        // An answer before the pause is a failure (the request went wrong): say what it was.
        expect(await Promise.race([child.paused, answer])).toBe('route.handled');
        await child.kill();
        expect(await answer).toBe('connection lost');
      } finally {
        clearTimeout(guard);
        await child.kill();
      }

      t = await startTestPlatform({ dataDir });
      const entries = (await t.platform.audit.find({ limit: 10_000 })).filter((e) => e.requestId === REQUEST_ID);
      // Statements the request ran on a sandbox (a model's trial on the dev twin) keep their own entries.
      expect(entries.filter((e) => !STATEMENT_ACTIONS.includes(e.action))).toEqual([expect.objectContaining({ action: c.action, outcome: 'allowed' })]);
      await c.changed(t, base, entries.find((e) => e.action === c.action) as AuditEntry);
      expect((await t.platform.audit.verify()).valid).toBe(true);
    } finally {
      await t?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
