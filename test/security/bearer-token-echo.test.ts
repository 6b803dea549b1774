/**
 * Attack: find a bearer token in any answer other than the one that issues it. The demo is
 * loaded through the real API (its tokens go only to `demo-tokens.json`), and callers put tokens
 * where a careless server might echo them: a wrong token that extends a real one, a token in the
 * query string (`access_token`, `token`), in `X-Api-Key`, in a TRACE request, in model names and
 * SQL comments, in an API product's parameters. Then every GET route of the OpenAPI document
 * is read by each role with every id the demo has (lists, audit pages, the audit export as CSV,
 * metrics, the OpenAPI document, the docs UI), and the console's HTML and every asset it ships.
 * No answer may carry a token of anyone (`shy_…`, the authority's configured token) or a token's
 * SHA-256 (what the platform stores), except the token of `POST /principals` to the authority
 * that asked for it. Last, a token a caller put in a URL path must not be written verbatim into
 * the audit log (which auditors read and export), as the operations log already redacts it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { consoleDist } from '../../services/console/console-bundle';
import { seedDemo, type DemoSummary } from '../../services/demo/seed-demo';
import { AUTHORITY_TOKEN, bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import type { Res } from './attack-fixture';

type Principal = { token: string; role: string; unit: string };

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

describe('attack: a bearer token echoed in an answer', () => {
  let t: TestPlatform;
  let demo: DemoSummary;
  let principals: Principal[];
  let created: { id: string; token: string };
  const secrets: { label: string; text: string }[] = [];
  const checked: string[] = [];

  /** Fails with what leaked where. */
  const expectNoToken = (where: string, res: Res) => {
    const body = Buffer.isBuffer(res.body) ? res.body.toString('latin1') : (res.text ?? JSON.stringify(res.body ?? null));
    const text = `${body}\n${JSON.stringify(res.headers)}`;
    const leaked = secrets.filter((s) => text.includes(s.text)).map((s) => s.label);
    if (/shy_[A-Za-z0-9_-]{43}/.test(text)) leaked.push('a token of the shy_ form');
    expect({ where, leaked }).toEqual({ where, leaked: [] });
    checked.push(where);
  };

  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_DEMO: '1' } });
    demo = await seedDemo(t.platform, AUTHORITY_TOKEN);
    principals = Object.values((JSON.parse(fs.readFileSync(demo.tokensFile, 'utf8')) as { principals: Record<string, Principal> }).principals);
    const issued = await t.http.post('/api/v1/principals').set(...bearer(t.authorityToken)).send({ name: 'token-echo-operator', role: 'operator', unit: '深圳示例数据科技有限公司' });
    expect(issued.status).toBe(201);
    created = { id: issued.body.id, token: issued.body.token };
    for (const [label, token] of [['the authority token', AUTHORITY_TOKEN], ['a newly issued token', created.token], ...principals.map((p, i) => [`the demo ${p.role} token #${i}`, p.token])] as [string, string][]) {
      secrets.push({ label, text: token }, { label: `${label} (its SHA-256)`, text: sha256(token) }, { label: `${label} (its secret part)`, text: token.replace(/^shy_/, '').slice(0, 24) });
    }
  }, 180_000);
  afterAll(() => t.destroy());

  const operatorToken = () => principals.find((p) => p.role === 'operator')!.token;

  it('the token of POST /principals goes only to the authority that asked, once', async () => {
    expect(created.token).toMatch(/^shy_/);
    const again = await t.http.get(`/api/v1/principals/${created.id}`).set(...bearer(t.authorityToken));
    expect(again.status).toBe(200);
    expectNoToken('GET /principals/:id', again);
  });

  it('no GET route of the OpenAPI document, for any role and any id, answers a token or its hash', async () => {
    const doc = (await t.http.get('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    expectNoToken('GET /api/v1/openapi.json', await t.http.get('/api/v1/openapi.json'));
    const ids = new Set<string>([demo.agreementId, demo.sandboxId, ...Object.values(demo.datasets), created.id]);
    const authority = bearer(AUTHORITY_TOKEN);
    for (const list of ['/principals', '/applications', '/agreements', '/models', '/runs', '/products']) {
      const res = await t.http.get(`/api/v1${list}`).set(...authority);
      for (const item of (Object.values(res.body ?? {}).find(Array.isArray) ?? []) as { id?: string }[]) if (item.id) ids.add(item.id);
    }
    const callers: [string, string][] = [['authority', AUTHORITY_TOKEN], ...principals.filter((p, i, all) => all.findIndex((q) => q.role === p.role) === i).map((p) => [p.role, p.token] as [string, string])];
    for (const [route, methods] of Object.entries(doc.paths)) {
      if (!methods.get) continue;
      const urls = route.includes('{') ? [...ids].map((id) => route.replace(/\{\w+\}/g, id)) : [route];
      for (const url of urls) {
        for (const [role, token] of callers) {
          const res = await t.http.get(url).set(...bearer(token)).buffer(true).parse((r, done) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => done(null, Buffer.concat(chunks)));
          });
          expectNoToken(`GET ${url} as ${role}`, res);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(200);
  }, 240_000);

  it('the whole audit log, as the authority and the auditor reads or exports it, holds no token', async () => {
    const auditor = principals.find((p) => p.role === 'auditor')!.token;
    for (const token of [AUTHORITY_TOKEN, auditor]) {
      let cursor: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const res: Res = await t.http.get(`/api/v1/audit?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`).set(...bearer(token));
        expect(res.status).toBe(200);
        expectNoToken(`GET /audit page ${page}`, res);
        cursor = res.body.nextCursor;
        if (!cursor) break;
      }
      for (const format of ['csv', 'parquet']) {
        const res = await t.http.get(`/api/v1/audit/export?format=${format}`).set(...bearer(token)).buffer(true).parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
        expect(res.status).toBe(200);
        expectNoToken(`GET /audit/export?format=${format}`, res);
      }
    }
    expectNoToken('GET /metrics', await t.http.get('/api/v1/metrics').set(...bearer(AUTHORITY_TOKEN)));
  });

  it('the console’s HTML, every asset it ships and the docs UI hold no token', async () => {
    const files = ['/', '/index.html', '/favicon.svg', '/workspace/x', ...fs.readdirSync(path.join(consoleDist, 'assets')).map((f) => `/assets/${f}`)];
    for (const url of files) {
      const res = await t.http.get(url).set(...bearer(AUTHORITY_TOKEN));
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expectNoToken(`GET ${url}`, res);
    }
    for (const url of ['/api/docs/', '/api/docs/swagger-ui-init.js', '/healthz']) expectNoToken(`GET ${url}`, await t.http.get(url).set(...bearer(AUTHORITY_TOKEN)));
  });
  it('echoes no token a caller sends where it does not belong', async () => {
    const op = operatorToken();
    const sends: [string, () => Promise<Res>][] = [
      ['a wrong token extending the authority’s', () => t.http.get('/api/v1/me').set('Authorization', `Bearer ${AUTHORITY_TOKEN}x`)],
      ['a wrong token extending an operator’s', () => t.http.get('/api/v1/me').set('Authorization', `Bearer ${op}x`)],
      ['a token without its scheme', () => t.http.get('/api/v1/me').set('Authorization', op)],
      ['a token in a Basic header', () => t.http.get('/api/v1/me').set('Authorization', `Basic ${Buffer.from(`x:${op}`).toString('base64')}`)],
      ['a token in the query string', () => t.http.get(`/api/v1/me?access_token=${op}&token=${op}`)],
      ['a token in the query string of an authenticated list', () => t.http.get(`/api/v1/models?access_token=${op}`).set(...bearer(op))],
      ['a token in X-Api-Key', () => t.http.get('/api/v1/me').set('X-Api-Key', op)],
      ['a token as the request id', () => t.http.get('/api/v1/me').set('X-Request-Id', `req-${sha256(op)}`)],
      ['a token in a TRACE', () => t.http.trace('/api/v1/me').set(...bearer(op))],
      ['a token in a console path', () => t.http.get(`/workspace/${op}`)],
      ['a token in an unknown API path', () => t.http.get(`/api/v1/${op}`).set(...bearer(op))],
      ['a token in a malformed URL', () => t.http.get(`/api/v1/principals/%ZZ${op}`).set(...bearer(op))],
      ['a token in a JSON body that does not parse', () => t.http.post('/api/v1/principals').set(...bearer(AUTHORITY_TOKEN)).set('Content-Type', 'application/json').send(`{"name":"${op}`)],
      ['a token in a body field that fails validation', () => t.http.post('/api/v1/principals').set(...bearer(AUTHORITY_TOKEN)).send({ name: op, role: op, unit: op })],
      ['a token in a dev query', () => t.http.post(`/api/v1/sandboxes/${demo.sandboxId}/query`).set(...bearer(op)).send({ sql: `SELECT 1 FROM nope_table -- ${op}`, tier: 'dev' })],
      ['a token in a cursor', () => t.http.get(`/api/v1/runs?cursor=${Buffer.from(JSON.stringify([op, op])).toString('base64url')}`).set(...bearer(op))],
    ];
    for (const language of ['en', 'zh-CN']) {
      for (const [label, send] of sends) {
        const res = await send().then((r) => r).catch((error: unknown) => { throw new Error(`${label}: ${String(error)}`); });
        // The request's own wrong value must not come back either.
        expectNoToken(`${label} (${language})`, res);
        expect(res.text ?? '').not.toContain(`${AUTHORITY_TOKEN}x`);
      }
    }
  });

  it('a token a caller sent in a URL path is not written verbatim into the audit log that auditors read', async () => {
    const op = operatorToken();
    const auditor = principals.find((p) => p.role === 'auditor')!.token;
    const found: Record<string, string> = {};
    for (const [label, url] of [
      ['an unknown API path', `/api/v1/${op}`],
      ['a malformed URL', `/api/v1/principals/%ZZ${op}`],
      ['a route parameter', `/api/v1/principals/${op}`],
      ['a route parameter of a sandbox', `/api/v1/sandboxes/${op}`],
    ] as [string, string][]) {
      const res = await t.http.get(url).set(...bearer(AUTHORITY_TOKEN));
      expectNoToken(`GET ${label}`, res);
      const entries = await t.http.get('/api/v1/audit?limit=5&order=desc').set(...bearer(auditor));
      const entry = (entries.body.entries as { requestId: string; action: string; resource: string }[]).find((e) => e.requestId === res.headers['x-request-id']);
      found[label] = !entry ? 'not audited' : JSON.stringify(entry).includes(op.slice(4, 28)) ? `token in ${entry.action} entry: resource ${entry.resource}` : 'no token';
    }
    expect(found).toEqual({ 'an unknown API path': 'no token', 'a malformed URL': 'no token', 'a route parameter': 'no token', 'a route parameter of a sandbox': 'no token' });
  });
});
