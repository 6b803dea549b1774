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

/** How to call each route: the path to use (given a target principal id) and a body. */
type Call = { path: (targetId: string) => string; body?: () => object };
const calls: Record<string, Call> = {
  'POST /principals': { path: () => '/principals', body: () => ({ name: `p-${Math.random().toString(36).slice(2)}`, role: 'operator', unit: 'u' }) },
  'GET /principals': { path: () => '/principals' },
  'GET /principals/:id': { path: (id) => `/principals/${id}` },
  'DELETE /principals/:id': { path: (id) => `/principals/${id}` },
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

  beforeAll(async () => {
    t = await startTestPlatform();
    for (const role of roles) tokens[role] = role === 'authority' ? await t.principal('authority') : await t.principal(role);
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
        const send = async (targetId: string) => {
          const url = `/api/v1${call.path(targetId)}`;
          const req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](url).set(...bearer(tokens[role].token));
          return call.body ? req.send(call.body()) : req;
        };
        // A fresh victim per call, so that revocation tests never revoke a caller.
        const other = await t.principal('operator');
        const expected = expectations[role];
        if (expected === 'own') {
          expect((await send(tokens[role].id)).status).toBeLessThan(300);
          expect((await send(other.id)).status).toBe(404);
          return;
        }
        const res = await send(other.id);
        if (expected === '2xx') expect(res.status).toBeLessThan(300);
        else expect(res.status).toBe(Number(expected));
        if (res.status >= 400) expect(res.body.error.code).toBeDefined();
        expect(template).toBeDefined();
      });
    }
  }
});
