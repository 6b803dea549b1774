/**
 * Walks every route × every role and holds the code to policies/permissions-matrix.md.
 * A route that is declared but missing from the table (or the reverse) fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { roles, type Role } from '../../policies/roles';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { MatrixWorld, smallDataset, type Target } from '../fixtures/matrix-world';

type Expectation = '2xx' | '403' | '404' | 'own';

function readMatrix(): Map<string, Record<Role, Expectation>> {
  const text = fs.readFileSync(path.join(__dirname, '../../policies/permissions-matrix.md'), 'utf8');
  const rows = new Map<string, Record<Role, Expectation>>();
  const lines = text.split('\n').filter((l) => /^\| (GET|POST|PUT|DELETE) /.test(l));
  for (const line of lines) {
    const [route, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim());
    rows.set(route, Object.fromEntries(roles.map((r, i) => [r, cells[i] as Expectation])) as Record<Role, Expectation>);
  }
  return rows;
}

/** How to call each route: the path to use and a body (JSON, or [content type, text]). */
type Call = { path: (target: Target) => string; body?: (target: Target) => object | [string, string] };
const calls: Record<string, Call> = {
  'POST /principals': { path: () => '/principals', body: () => ({ name: `p-${Math.random().toString(36).slice(2)}`, role: 'operator', unit: 'u' }) },
  'GET /principals': { path: () => '/principals' },
  'GET /principals/:id': { path: (t) => `/principals/${t.principalId}` },
  'DELETE /principals/:id': { path: (t) => `/principals/${t.principalId}` },
  'POST /datasets': { path: () => '/datasets', body: () => smallDataset() },
  'GET /datasets': { path: () => '/datasets' },
  'GET /datasets/:id': { path: (t) => `/datasets/${t.datasetId}` },
  'GET /datasets/:id/versions': { path: (t) => `/datasets/${t.datasetId}/versions` },
  'PUT /datasets/:id/data': { path: (t) => `/datasets/${t.datasetId}/data`, body: () => ['text/csv', 'street\n光明街道\n'] },
  'PUT /datasets/:id/masking-rules': { path: (t) => `/datasets/${t.datasetId}/masking-rules`, body: () => ['application/yaml', 'columns: {}\n'] },
  'GET /datasets/:id/masking-rules': { path: (t) => `/datasets/${t.datasetId}/masking-rules` },
  'POST /datasets/:id/masking-rules/preview': { path: (t) => `/datasets/${t.datasetId}/masking-rules/preview`, body: () => ({ limit: 5 }) },
  'POST /datasets/:id/detect': { path: (t) => `/datasets/${t.datasetId}/detect` },
  'POST /applications': {
    path: () => '/applications',
    body: (t) => ({ scenario: 's', purpose: 'p', datasets: [{ datasetId: t.datasetId, columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' }),
  },
  'GET /applications': { path: () => '/applications' },
  'GET /applications/:id': { path: (t) => `/applications/${t.applicationId}` },
  'POST /applications/:id/consents': { path: (t) => `/applications/${t.applicationId}/consents`, body: (t) => ({ datasetId: t.datasetId, decision: 'approve', comment: 'ok' }) },
  'POST /applications/:id/decision': { path: (t) => `/applications/${t.consentedApplicationId}/decision`, body: () => ({ decision: 'approve' }) },
  'GET /agreements': { path: () => '/agreements' },
  'GET /agreements/:id': { path: (t) => `/agreements/${t.agreementId}` },
  'POST /agreements/:id/suspend': { path: (t) => `/agreements/${t.agreementId}/suspend`, body: () => ({ reason: 'risk stop' }) },
  'POST /agreements/:id/resume': { path: (t) => `/agreements/${t.suspendedAgreementId}/resume`, body: () => ({ reason: 'resolved' }) },
  'POST /agreements/:id/terminate': { path: (t) => `/agreements/${t.agreementId}/terminate`, body: () => ({ reason: 'breach' }) },
  'GET /sandboxes/:id': { path: (t) => `/sandboxes/${t.sandboxId}` },
  'GET /me': { path: () => '/me' },
  'GET /audit': { path: () => '/audit' },
  'GET /audit/verify': { path: () => '/audit/verify' },
  'GET /audit/export': { path: () => '/audit/export?format=csv' },
  'GET /metrics': { path: () => '/metrics' },
};

describe('permissions matrix', () => {
  let t: TestPlatform;
  const matrix = readMatrix();
  const tokens = {} as Record<Role, { id: string; token: string }>;
  let world: MatrixWorld;

  beforeAll(async () => {
    t = await startTestPlatform();
    for (const role of roles) tokens[role] = await t.principal(role);
    world = await MatrixWorld.create(t, tokens);
  });
  afterAll(() => t.destroy());

  it('lists exactly the declared routes', () => {
    const declared = t.platform.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect([...matrix.keys()].sort()).toEqual(declared);
    expect(Object.keys(calls).sort()).toEqual(declared);
  });

  for (const [route, expectations] of readMatrix()) {
    for (const role of roles) {
      it(`${route} as ${role} → ${expectations[role]}`, async () => {
        const [method, template] = route.split(' ');
        const call = calls[route];
        const send = async (target: Target) => {
          const url = `/api/v1${call.path(target)}`;
          const req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](url).set(...bearer(tokens[role].token));
          const body = call.body?.(target);
          if (Array.isArray(body)) return req.set('Content-Type', body[0]).send(body[1]);
          return body ? req.send(body) : req;
        };
        // Fresh resources per call, so that one call's change (a revocation, a decision) never affects another.
        const fresh = method !== 'GET';
        const other = await world.target('other', tokens[role].id, fresh);
        const expected = expectations[role];
        if (expected === 'own') {
          const own = await world.target('own', tokens[role].id, fresh);
          const res = await send(own);
          expect({ status: res.status, body: res.status < 300 ? 'ok' : res.body }).toEqual({ status: expect.any(Number), body: 'ok' });
          expect((await send(other)).status).toBe(404);
          return;
        }
        const res = await send(expected === '2xx' && role !== 'authority' ? await world.target('own', tokens[role].id, fresh) : other);
        if (expected === '2xx') expect(res.status < 300 ? res.status : res.body).toBe(res.status);
        else expect(res.status).toBe(Number(expected));
        if (res.status >= 400) expect(res.body.error.code).toBeDefined();
        expect(template).toBeDefined();
      });
    }
  }
});
