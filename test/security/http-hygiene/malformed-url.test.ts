/**
 * Attack: URLs whose percent-encoding does not decode (`%`, `%ZZ`, the cut UTF-8 sequence
 * `%E0%A4%A`, the overlong `%C0%AF`), in path parameters, in static segments and in query
 * strings. Each must answer the usual 400 JSON error (`malformed_url`), never a 500, never a
 * leniently decoded filter, and leave exactly one audit entry naming the caller.
 */
import express from 'express';
import request, { type Response } from 'supertest';
import type { AuditEvent } from '../../../services/audit/audit-entry';
import { createLogger } from '../../../services/logging/create-logger';
import { errorHandler } from '../../../services/http/middleware/error-handler';
import { malformedUrlPart } from '../../../services/http/middleware/refuse-malformed-url';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

type Method = 'get' | 'post' | 'put' | 'delete';

describe('malformed URLs', () => {
  let t: TestPlatform;
  let operator: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestPlatform();
    operator = await t.principal('operator');
  });
  afterAll(() => t.destroy());

  /** Sends one request and returns its response and the audit entries it appended. */
  async function send(method: Method, url: string, token: string | null) {
    await t.platform.audit.verify(); // flushes the writer
    const before = t.platform.audit.head().seq;
    let req = t.http[method](url);
    if (token) req = req.set(...bearer(token));
    const res: Response = method === 'post' || method === 'put' ? await req.send({ sql: 'SELECT 1' }) : await req;
    await t.platform.audit.verify();
    return { res, added: await t.platform.audit.find({ afterSeq: before, limit: 10 }) };
  }

  it.each<[string, Method, string, 'path' | 'query']>([
    ['a cut UTF-8 sequence in a path parameter', 'post', '/api/v1/sandboxes/%E0%A4%A/query', 'path'],
    ['a lone percent sign in a path parameter', 'post', '/api/v1/sandboxes/%/query', 'path'],
    ['non-hex digits in a path parameter', 'get', '/api/v1/principals/%ZZ', 'path'],
    ['an overlong encoding of "/" in a path parameter', 'get', '/api/v1/datasets/%C0%AF/versions', 'path'],
    ['a cut sequence in the parameter of a DELETE', 'delete', '/api/v1/principals/%E0%A4%A', 'path'],
    ['a bad escape in a static segment of an unknown API path', 'get', '/api/v1/nope/%ZZ', 'path'],
    ['a bad escape outside the API', 'get', '/%ZZ', 'path'],
    ['a cut UTF-8 sequence in a query filter', 'get', '/api/v1/audit?action=%E0%A4%A', 'query'],
    ['non-hex digits in a query filter', 'get', '/api/v1/audit?action=%ZZ', 'query'],
    ['a lone percent sign in a query key', 'get', '/api/v1/principals?%=1', 'query'],
    ['a bad escape in the query of the health check', 'get', '/healthz?x=%E0%A4%A', 'query'],
  ])('%s: 400 malformed_url, audited once with the caller', async (_label, method, url, where) => {
    const { res, added } = await send(method, url, operator.token);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ error: { code: 'malformed_url', message: expect.any(String), requestId: res.headers['x-request-id'] } });
    expect(res.body.error.message).not.toContain('%'); // the URL is not echoed
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      action: 'route.malformed_url',
      outcome: 'failed',
      actorId: operator.id,
      role: 'operator',
      requestId: res.headers['x-request-id'],
      resource: url.split('?')[0],
      details: { status: 400, error: 'malformed_url', where },
    });
  });

  it('without a token the answer is the same 400, audited with no actor', async () => {
    const { res, added } = await send('get', '/api/v1/principals/%E0%A4%A', null);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_url');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ action: 'route.malformed_url', outcome: 'failed', actorId: null });
  });

  it('a query with a bad escape is refused, not decoded into a different filter', async () => {
    // Lenient decoding would have searched for "\uFFFD%A" and answered 200 with an empty page.
    const { res } = await send('get', '/api/v1/audit?action=%E0%A4%A', t.authorityToken);
    expect(res.status).toBe(400);
  });

  it('well-formed escapes still reach their route (no over-refusal)', async () => {
    const param = await send('get', '/api/v1/principals/%E4%B8%AD', t.authorityToken);
    expect(param.res.status).toBe(404);
    expect(param.added[0]).toMatchObject({ action: 'principal.read', resource: 'principal:中' });
    const query = await send('get', '/api/v1/audit?action=%E4%B8%AD%20x&limit=1', t.authorityToken);
    expect(query.res.status).toBe(200);
    expect(query.added[0]).toMatchObject({ action: 'audit.query', details: { filters: { action: '中 x' } } });
  });

  it('classifies only the part that does not decode', () => {
    expect(malformedUrlPart('/a/%E4%B8%AD?b=%20')).toBeNull();
    expect(malformedUrlPart('/a/b?c=1%2B1+2')).toBeNull();
    expect(malformedUrlPart('/a/%E4%B8?b=1')).toBe('path');
    expect(malformedUrlPart('/a?b=%E4%B8')).toBe('query');
    expect(malformedUrlPart('/a?b=%')).toBe('query');
  });
});

describe('the error handler, when a bad path parameter slips past the URL check', () => {
  it("turns the router's decode failure into an audited 400, not a 500", async () => {
    const events: AuditEvent[] = [];
    const app = express();
    app.use((_req, res, next) => {
      res.locals.requestId = 'req-1';
      next();
    });
    app.get('/things/:id', (_req, res) => {
      res.json({ reached: true });
    });
    app.use(errorHandler({ sink: { record: async (e) => void events.push(e), recordWith: async () => undefined }, logger: createLogger('silent'), bodyLimit: 1024 }));

    const res = await request(app).get('/things/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'malformed_url', message: expect.any(String), requestId: 'req-1' } });
    expect(events).toEqual([
      expect.objectContaining({ action: 'route.malformed_url', outcome: 'failed', resource: '/things/%E0%A4%A', details: { status: 400, error: 'malformed_url', where: 'path' } }),
    ]);
  });

  it('any other URIError (a fault of ours, thrown by a handler) stays a 500 that says nothing', async () => {
    const app = express();
    app.use((_req, res, next) => {
      res.locals.requestId = 'req-2';
      next();
    });
    app.get('/boom', () => {
      decodeURIComponent('%');
    });
    app.use(errorHandler({ sink: { record: async () => undefined, recordWith: async () => undefined }, logger: createLogger('silent'), bodyLimit: 1024 }));
    const res = await request(app).get('/boom');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal_error');
  });
});
