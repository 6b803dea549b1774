/** Token attacks: every way of not holding a valid token gets the same 401 and error shape. */
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

describe('authentication', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.destroy());

  const expect401 = (res: { status: number; body: { error: Record<string, unknown> }; headers: Record<string, string> }) => {
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'unauthenticated', message: 'authentication required', requestId: res.headers['x-request-id'] });
  };

  it('refuses a request with no Authorization header', async () => {
    expect401(await t.http.get('/api/v1/me'));
  });

  it.each([
    ['a non-bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty bearer', 'Bearer '],
    ['a bearer with spaces', 'Bearer a b c'],
    ['a lower-case scheme with no token', 'bearer'],
  ])('refuses a malformed header: %s', async (_label, header) => {
    expect401(await t.http.get('/api/v1/me').set('Authorization', header));
  });

  it('refuses an unknown but well-formed token', async () => {
    expect401(await t.http.get('/api/v1/me').set(...bearer('shy_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')));
  });

  it('refuses a revoked token on the very next request', async () => {
    const op = await t.principal('operator');
    expect((await t.http.get('/api/v1/me').set(...bearer(op.token))).status).toBe(200);
    const revoked = await t.http.delete(`/api/v1/principals/${op.id}`).set(...bearer(t.authorityToken));
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect401(await t.http.get('/api/v1/me').set(...bearer(op.token)));
  });

  it('does not accept the authority token with a suffix or a prefix (no prefix matching)', async () => {
    expect401(await t.http.get('/api/v1/me').set(...bearer(`${t.authorityToken}x`)));
    expect401(await t.http.get('/api/v1/me').set(...bearer(t.authorityToken.slice(1))));
  });

  it('stores tokens only as hashes', async () => {
    const op = await t.principal('operator');
    const rows = await t.platform.store.main.all<{ token_hash: string }>('SELECT token_hash FROM principals');
    expect(rows.some((r) => r.token_hash === op.token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('echoes a well-formed caller request id and replaces a hostile one', async () => {
    const ok = await t.http.get('/api/v1/me').set('X-Request-Id', '0b5e2c1e-8f7a-4d3b-9c2d-1a2b3c4d5e6f');
    expect(ok.headers['x-request-id']).toBe('0b5e2c1e-8f7a-4d3b-9c2d-1a2b3c4d5e6f');
    const token = await t.http.get('/api/v1/me').set('X-Request-Id', t.authorityToken);
    expect(token.headers['x-request-id']).not.toBe(t.authorityToken);
    const hostile = await t.http.get('/api/v1/me').set('X-Request-Id', 'x"; DROP TABLE audit_log; --');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
