/**
 * Walks every route × every role and holds the code to policies/permissions-matrix.md.
 * A route that is declared but missing from the table (or the reverse) fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { roles, type Role } from '../../policies/roles';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

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

/** The resources a call is aimed at: the caller's own, or another tenant's. */
type Target = { principalId: string; datasetId: string };
/** How to call each route: the path to use and a body (JSON, or [content type, text]). */
type Call = { path: (target: Target) => string; body?: () => object | [string, string] };
const smallDataset = () => ({
  name: `m_${Math.random().toString(36).slice(2, 10)}`,
  title: 'matrix',
  level: 'general',
  openness: 'unconditional',
  columns: [{ name: 'street', type: 'VARCHAR', personal: 'none', identifier: 'none' }],
});
const calls: Record<string, Call> = {
  'POST /principals': { path: () => '/principals', body: () => ({ name: `p-${Math.random().toString(36).slice(2)}`, role: 'operator', unit: 'u' }) },
  'GET /principals': { path: () => '/principals' },
  'GET /principals/:id': { path: (t) => `/principals/${t.principalId}` },
  'DELETE /principals/:id': { path: (t) => `/principals/${t.principalId}` },
  'POST /datasets': { path: () => '/datasets', body: smallDataset },
  'GET /datasets': { path: () => '/datasets' },
  'GET /datasets/:id': { path: (t) => `/datasets/${t.datasetId}` },
  'GET /datasets/:id/versions': { path: (t) => `/datasets/${t.datasetId}/versions` },
  'PUT /datasets/:id/data': { path: (t) => `/datasets/${t.datasetId}/data`, body: () => ['text/csv', 'street\n光明街道\n'] },
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
  const ownDatasets: Partial<Record<Role, string>> = {};
  let otherDataset = '';

  beforeAll(async () => {
    t = await startTestPlatform();
    for (const role of roles) tokens[role] = await t.principal(role);
    const register = async (token: string) => (await t.http.post('/api/v1/datasets').set(...bearer(token)).send(smallDataset())).body.id as string;
    ownDatasets.source = await register(tokens.source.token);
    otherDataset = await register((await t.principal('source', 'another-source', '另一数源单位')).token);
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
          const body = call.body?.();
          if (Array.isArray(body)) return req.set('Content-Type', body[0]).send(body[1]);
          return body ? req.send(body) : req;
        };
        // A fresh victim per call, so that revocation tests never revoke a caller.
        const other: Target = { principalId: (await t.principal('operator')).id, datasetId: otherDataset };
        const expected = expectations[role];
        if (expected === 'own') {
          const own: Target = { principalId: tokens[role].id, datasetId: ownDatasets[role] ?? '' };
          expect((await send(own)).status).toBeLessThan(300);
          expect((await send(other)).status).toBe(404);
          return;
        }
        const res = await send(other);
        if (expected === '2xx') expect(res.status).toBeLessThan(300);
        else expect(res.status).toBe(Number(expected));
        if (res.status >= 400) expect(res.body.error.code).toBeDefined();
        expect(template).toBeDefined();
      });
    }
  }
});
