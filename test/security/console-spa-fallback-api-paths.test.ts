/**
 * Attack: get the console's single-page-app fallback (`index.html`, 200) to answer for a path a
 * client, a probe or a proxy takes for the API or the health check, so that a missing API route
 * looks like a success and goes unaudited: `/api`, `/API/…` in any case (express mounts the API
 * case-insensitively, so `/API/v1/x` is the API), `/api/v1/../x`, an encoded slash after `api`,
 * paths under `/healthz`. Each must answer a JSON 404 like any unknown API path. And other
 * methods: HEAD answers like GET without a body; OPTIONS lists GET and HEAD and grants no
 * cross-origin access; POST, PUT, PATCH, DELETE and TRACE to console paths are JSON 404s, never
 * the HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { consoleDist } from '../../services/console/console-bundle';
import { startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

const API_LIKE = [
  '/api', '/api/', '/api/v1', '/api/v1/', '/api/v1/x', '/api/v2/x', '/api/v1/../x', '/api/v1/%2e%2e/x', '/api/v1/../../workspace',
  '/API/v1/x', '/API', '/API/', '/Api/v2/x', '/API/V2/models', '/aPi/docs2',
  '/api%2Fv1%2Fmodels', '/api%2fv1/runs',
  '/healthz/x', '/healthz/ready', '/healthz/live/deeper', '/HEALTHZ/x',
];

describe('attack: the console’s fallback answering for API and health paths', () => {
  let t: TestPlatform;
  let indexHtml: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    indexHtml = fs.readFileSync(path.join(consoleDist, 'index.html'), 'utf8');
  });
  afterAll(() => t.destroy());

  it('still answers deep links of the console with index.html (the fallback works)', async () => {
    for (const url of ['/', '/workspace/abc', '/catalog', '/authority/runs/run_x']) {
      const res = await t.http.get(url);
      expect({ url, status: res.status, html: res.text === indexHtml }).toEqual({ url, status: 200, html: true });
    }
  });

  it.each(API_LIKE.map((u) => [u] as const))('GET %s is a JSON 404, never the console', async (url) => {
    const res = await t.http.get(url);
    expect({ url, status: res.status, type: String(res.headers['content-type']).split(';')[0], code: res.body?.error?.code, html: /<html/i.test(res.text ?? '') })
      .toEqual({ url, status: 404, type: 'application/json', code: 'not_found', html: false });
  });

  it('HEAD answers like GET, without a body', async () => {
    const head = await t.http.head('/workspace/abc');
    expect({ status: head.status, type: String(head.headers['content-type']).split(';')[0], body: head.text ?? '' }).toEqual({ status: 200, type: 'text/html', body: '' });
    const api = await t.http.head('/api/v1/no-such-route');
    expect({ status: api.status, type: String(api.headers['content-type']).split(';')[0] }).toEqual({ status: 404, type: 'application/json' });
  });

  it('OPTIONS lists GET and HEAD and grants no cross-origin access', async () => {
    for (const url of ['/', '/workspace/abc', '/api/v1/models', '/api/v1/me']) {
      const res = await t.http.options(url).set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'authorization');
      expect({ url, allowOrigin: res.headers['access-control-allow-origin'] ?? null, allowCredentials: res.headers['access-control-allow-credentials'] ?? null, html: /<html/i.test(res.text ?? '') })
        .toEqual({ url, allowOrigin: null, allowCredentials: null, html: false });
    }
    const root = await t.http.options('/');
    expect(String(root.headers.allow ?? '').split(/,\s*/).sort()).toEqual(['GET', 'HEAD']);
  });

  it.each(['post', 'put', 'patch', 'delete'] as const)('%s to console paths is a JSON 404, never the HTML', async (method) => {
    for (const url of ['/', '/workspace/abc', '/index.html', '/favicon.svg', '/assets/x.js']) {
      const res = await t.http[method](url).send({ x: 1 });
      expect({ url, status: res.status, type: String(res.headers['content-type']).split(';')[0], html: /<html/i.test(res.text ?? '') })
        .toEqual({ url, status: 404, type: 'application/json', html: false });
    }
  });

  it('TRACE echoes nothing back (no request headers, no token)', async () => {
    const res = await t.http.trace('/').set('Authorization', `Bearer ${t.authorityToken}`).set('X-Probe', 'trace-probe-7f3a');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.text ?? '').not.toContain(t.authorityToken);
    expect(res.text ?? '').not.toContain('trace-probe-7f3a');
  });
});
