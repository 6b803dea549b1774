/** Principals: creation, bad input that must change nothing, and revocation rules. */
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

describe('principals', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ env: { SHUYU_JSON_BODY_LIMIT: '2kb' } });
  });
  afterAll(() => t.destroy());

  const count = async () => (await t.platform.principals.list()).length;
  const post = (body: string | object, type = 'application/json') =>
    t.http.post('/api/v1/principals').set(...bearer(t.authorityToken)).set('Content-Type', type).send(typeof body === 'string' ? body : JSON.stringify(body));

  it('creates a principal and shows its token once', async () => {
    const res = await post({ name: '光明区人力资源局', role: 'source', unit: '光明区人力资源局' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '光明区人力资源局', role: 'source', unit: '光明区人力资源局' });
    expect(res.body.token).toMatch(/^shy_[A-Za-z0-9_-]{43}$/);
    const read = await t.http.get(`/api/v1/principals/${res.body.id}`).set(...bearer(t.authorityToken));
    expect(read.status).toBe(200);
    expect(read.body.token).toBeUndefined();
    const me = await t.http.get('/api/v1/me').set(...bearer(res.body.token));
    expect(me.body).toEqual({ id: res.body.id, name: '光明区人力资源局', role: 'source', unit: '光明区人力资源局' });
  });

  it.each([
    ['invalid JSON', '{"name": "x", ', 400, 'invalid_json'],
    ['a wrong type', { name: 42, role: 'operator', unit: 'u' }, 400, 'invalid_request'],
    ['an unknown field', { name: 'n1', role: 'operator', unit: 'u', admin: true }, 400, 'invalid_request'],
    ['an unknown role', { name: 'n2', role: 'superuser', unit: 'u' }, 400, 'invalid_request'],
    ['a missing field', { name: 'n3', role: 'operator' }, 400, 'invalid_request'],
    ['an empty name', { name: '   ', role: 'operator', unit: 'u' }, 400, 'invalid_request'],
    ['a name with SQL', { name: "x'); DROP TABLE principals; --", role: 'operator', unit: 'u' }, 400, 'invalid_request'],
    ['a body over the limit', { name: 'n4', role: 'operator', unit: 'u'.repeat(4096) }, 413, 'payload_too_large'],
    ['a JSON array', [1, 2], 400, 'invalid_request'],
  ])('refuses %s and creates nothing', async (_label, body, status, code) => {
    const before = await count();
    const res = await post(body as object);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
    expect(await count()).toBe(before);
  });

  it('refuses a non-JSON content type', async () => {
    const before = await count();
    const res = await post('name=x&role=operator&unit=u', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses a duplicate name with 409 and keeps the first', async () => {
    const first = await post({ name: 'dup', role: 'operator', unit: 'a' });
    expect(first.status).toBe(201);
    const before = await count();
    const second = await post({ name: 'dup', role: 'auditor', unit: 'b' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('duplicate_name');
    expect(await count()).toBe(before);
    expect((await t.http.get('/api/v1/me').set(...bearer(first.body.token))).body.role).toBe('operator');
  });

  it('answers 404 for an unknown principal and 409 for a second revocation', async () => {
    expect((await t.http.delete('/api/v1/principals/prn_nope').set(...bearer(t.authorityToken))).status).toBe(404);
    const op = await t.principal('operator');
    expect((await t.http.delete(`/api/v1/principals/${op.id}`).set(...bearer(t.authorityToken))).status).toBe(200);
    const again = await t.http.delete(`/api/v1/principals/${op.id}`).set(...bearer(t.authorityToken));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_revoked');
  });

  it('never revokes the last active authority', async () => {
    const me = await t.http.get('/api/v1/me').set(...bearer(t.authorityToken));
    const res = await t.http.delete(`/api/v1/principals/${me.body.id}`).set(...bearer(t.authorityToken));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('last_authority');
    expect((await t.http.get('/api/v1/me').set(...bearer(t.authorityToken))).status).toBe(200);
  });

  it('lists principals without tokens or hashes', async () => {
    const res = await t.http.get('/api/v1/principals').set(...bearer(t.authorityToken));
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/shy_|token|hash/i);
  });
});
