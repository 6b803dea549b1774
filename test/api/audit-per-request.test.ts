/**
 * Invariant 5: every request that touches a protected resource appends exactly one audit entry,
 * whether it was allowed, denied or failed, and concurrent requests never fork or skip the chain.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request, { type Response } from 'supertest';
import type { AuditEntry } from '../../services/audit/audit-entry';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

describe('one audit entry per request', () => {
  let t: TestPlatform;
  let authorityId: string;
  let operator: { id: string; token: string };
  let other: { id: string; token: string };
  let revoked: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_JSON_BODY_LIMIT: '1kb' } });
    authorityId = (await t.http.get('/api/v1/me').set(...bearer(t.authorityToken))).body.id as string;
    operator = await t.principal('operator');
    other = await t.principal('operator');
    revoked = await t.principal('source');
    expect((await t.http.delete(`/api/v1/principals/${revoked.id}`).set(...bearer(t.authorityToken))).status).toBe(200);
  });
  afterAll(() => t.destroy());

  /** Sends one request and returns its response and the one entry it appended (asserting it is one). */
  async function onlyEntry(send: () => PromiseLike<Response>): Promise<{ res: Response; entry: AuditEntry }> {
    await t.platform.audit.verify(); // flushes the writer
    const before = t.platform.audit.head().seq;
    const res = await send();
    await t.platform.audit.verify();
    expect(t.platform.audit.head().seq).toBe(before + 1);
    const added = await t.platform.audit.find({ afterSeq: before, limit: 10 });
    expect(added).toHaveLength(1);
    expect(added[0].requestId).toBe(res.headers['x-request-id']);
    expect(added[0].details.status).toBe(res.status);
    return { res, entry: added[0] };
  }

  const me = () => t.http.get('/api/v1/me');
  const createPrincipal = () => t.http.post('/api/v1/principals').set(...bearer(t.authorityToken));

  it('GET /me with a valid token: allowed', async () => {
    const { res, entry } = await onlyEntry(() => me().set(...bearer(t.authorityToken)));
    expect(res.status).toBe(200);
    expect(entry).toMatchObject({ action: 'me.read', outcome: 'allowed', actorId: authorityId, role: 'authority', resource: `principal:${authorityId}` });
  });

  it.each([
    ['no token', (): PromiseLike<Response> => me()],
    ['a malformed header with spaces', (): PromiseLike<Response> => me().set('Authorization', 'Bearer  not a token')],
    ['an unknown token', (): PromiseLike<Response> => me().set(...bearer(`shy_${'Q'.repeat(43)}`))],
  ])('GET /me with %s: denied, no actor', async (_label, send) => {
    const { res, entry } = await onlyEntry(send);
    expect(res.status).toBe(401);
    expect(entry).toMatchObject({ action: 'me.read', outcome: 'denied', actorId: null, role: null, details: { status: 401, error: 'unauthenticated' } });
  });

  it('GET /me with a revoked token: denied, no actor', async () => {
    const { res, entry } = await onlyEntry(() => me().set(...bearer(revoked.token)));
    expect(res.status).toBe(401);
    expect(entry).toMatchObject({ action: 'me.read', outcome: 'denied', actorId: null });
  });

  it('an operator calling POST /principals: denied (403), nothing created', async () => {
    const { res, entry } = await onlyEntry(() =>
      t.http.post('/api/v1/principals').set(...bearer(operator.token)).send({ name: 'sneaky', role: 'authority', unit: 'u' }),
    );
    expect(res.status).toBe(403);
    expect(entry).toMatchObject({ action: 'principal.create', outcome: 'denied', actorId: operator.id, role: 'operator', details: { error: 'forbidden' } });
    expect((await t.platform.principals.list()).some((p) => p.name === 'sneaky')).toBe(false);
  });

  it('invalid JSON to POST /principals: failed (400)', async () => {
    const { res, entry } = await onlyEntry(() => createPrincipal().set('Content-Type', 'application/json').send('{"name": "x",'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
    expect(entry).toMatchObject({ action: 'principal.create', outcome: 'failed', actorId: authorityId, details: { status: 400, error: 'invalid_json' } });
  });

  it('an unknown field in the body of POST /principals: failed (400), nothing created', async () => {
    const count = (await t.platform.principals.list()).length;
    const { res, entry } = await onlyEntry(() => createPrincipal().send({ name: 'extra-field', role: 'operator', unit: 'u', admin: true }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(entry).toMatchObject({ action: 'principal.create', outcome: 'failed', details: { error: 'invalid_request' } });
    expect(await t.platform.principals.list()).toHaveLength(count);
  });

  it('a body over the 1kb limit: failed (413)', async () => {
    const { res, entry } = await onlyEntry(() => createPrincipal().send({ name: 'big', role: 'operator', unit: 'u'.repeat(2048) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(entry).toMatchObject({ action: 'principal.create', outcome: 'failed', details: { status: 413, error: 'payload_too_large' } });
  });

  it('an unknown route: denied (404) as route.unknown, with the caller identified', async () => {
    const { res, entry } = await onlyEntry(() => t.http.get('/api/v1/nope').set(...bearer(operator.token)));
    expect(res.status).toBe(404);
    expect(entry).toMatchObject({ action: 'route.unknown', outcome: 'denied', resource: '/nope', actorId: operator.id });
  });

  it("another principal's record as an operator: denied (404)", async () => {
    const { res, entry } = await onlyEntry(() => t.http.get(`/api/v1/principals/${other.id}`).set(...bearer(operator.token)));
    expect(res.status).toBe(404);
    expect(entry).toMatchObject({ action: 'principal.read', outcome: 'denied', actorId: operator.id, resource: `principal:${other.id}` });
  });

  it('500 concurrent requests append exactly 500 contiguous entries, one per request id', async () => {
    const server = http.createServer(t.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await t.platform.audit.verify();
      const before = t.platform.audit.head().seq;
      const tokens = [t.authorityToken, operator.token, `shy_${'Z'.repeat(43)}`, revoked.token];
      const responses = await Promise.all(
        Array.from({ length: 500 }, (_, i) => request(url).get('/api/v1/me').set(...bearer(tokens[i % tokens.length]))),
      );
      expect(responses.filter((r) => r.status === 200)).toHaveLength(250);
      expect(responses.filter((r) => r.status === 401)).toHaveLength(250);

      const verify = await t.http.get('/api/v1/audit/verify').set(...bearer(t.authorityToken));
      expect(verify.body).toMatchObject({ valid: true });
      const added = await t.platform.audit.find({ afterSeq: before, limit: 1000 });
      expect(added).toHaveLength(501); // the 500, then the verify request
      const batch = added.filter((e) => e.action === 'me.read');
      expect(batch).toHaveLength(500);
      expect(batch.map((e) => e.seq)).toEqual(Array.from({ length: 500 }, (_, i) => before + 1 + i));

      const counts = new Map<string, number>();
      for (const e of batch) counts.set(e.requestId, (counts.get(e.requestId) ?? 0) + 1);
      for (const r of responses) expect(counts.get(String(r.headers['x-request-id']))).toBe(1);
      const byRequest = new Map(batch.map((e) => [e.requestId, e]));
      for (const r of responses) {
        expect(byRequest.get(String(r.headers['x-request-id']))?.outcome).toBe(r.status === 200 ? 'allowed' : 'denied');
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
