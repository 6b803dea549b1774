/** The OpenAPI document comes from the route declarations; health and metrics behave. */
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

describe('OpenAPI, health and metrics', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_METRICS_TOKEN: 'metrics-token-0123456789abcdefghijklmnopqrstuv' } });
  });
  afterAll(() => t.destroy());

  it('documents every declared route with its operation id', async () => {
    const res = await t.http.get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of t.platform.routes) {
      const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(res.body.paths[path]?.[route.method]?.operationId).toBe(route.id);
    }
  });

  it('documents request schemas that refuse unknown fields, as validation does', async () => {
    const res = await t.http.get('/api/v1/openapi.json');
    const schema = res.body.paths['/api/v1/principals'].post.requestBody.content['application/json'].schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.role.enum).toEqual(['authority', 'source', 'operator', 'auditor', 'examiner', 'partner']);
    const query = res.body.paths['/api/v1/audit'].get.parameters.map((p: { name: string }) => p.name);
    expect(query).toEqual(expect.arrayContaining(['actor', 'agreement', 'action', 'outcome', 'from', 'to', 'limit', 'cursor']));
  });

  it('serves the docs UI', async () => {
    const res = await t.http.get('/api/docs/').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });

  it('answers /healthz without a token, with security headers and a request id', async () => {
    const res = await t.http.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: expect.any(String) });
    expect(res.headers['x-request-id']).toBeDefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves Prometheus metrics to the authority and to the metrics token only', async () => {
    await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    const res = await t.http.get('/api/v1/metrics').set(...bearer(t.authorityToken));
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/shuyu_http_requests_total\{method="GET",route="\/me",status="200"\} \d+/);
    expect(res.text).toMatch(/shuyu_audit_entries_total \d+/);
    expect(res.text).toMatch(/shuyu_audit_append_duration_seconds_count \d+/);
    const scraper = await t.http.get('/api/v1/metrics').set(...bearer('metrics-token-0123456789abcdefghijklmnopqrstuv'));
    expect(scraper.status).toBe(200);
    const elsewhere = await t.http.get('/api/v1/me').set(...bearer('metrics-token-0123456789abcdefghijklmnopqrstuv'));
    expect(elsewhere.status).toBe(401);
    const operator = await t.principal('operator');
    expect((await t.http.get('/api/v1/metrics').set(...bearer(operator.token))).status).toBe(403);
  });

  it('answers unknown API paths, unknown files and non-GET requests with the JSON error shape', async () => {
    for (const res of [await t.http.get('/api/v1/nowhere'), await t.http.post('/nowhere'), await t.http.get('/nowhere.txt'), await t.http.get('/assets/nowhere.js')]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'not_found', requestId: res.headers['x-request-id'] });
    }
  });

  it('answers any other GET with the console, so that its deep links open', async () => {
    const res = await t.http.get('/nowhere');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
