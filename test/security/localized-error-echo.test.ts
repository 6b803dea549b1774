/**
 * Attack: make a Chinese (zh-CN) error message say more than the English one. The same failing
 * request is sent with `Accept-Language: en` and `zh-CN`; the Chinese message is built from the
 * English one by the catalogue, so it may carry less, never more. Each request is crafted to get
 * a value into the message: SQL errors quoting a cell of the twin, identifiers and column aliases
 * that hold a mobile number or a name, another dataset's table name, an unparsable statement with
 * a literal, a forged cursor, a stored status the operator may not filter by, an unknown
 * parameter name, a body too large. For each pair: the same status and code, and details that
 * differ at most in their messages; no ASCII token in the Chinese message (or a detail's) that
 * is in neither the English one nor the catalogue's own text; and neither message carries a secret (a token, the data directory, another tenant's ids).
 * Another tenant's model, run, sandbox or agreement answers in Chinese exactly like one that
 * does not exist. Every error answer, from every layer (routes, the unknown-route 404, a
 * malformed URL, a JSON parse error, a body too large, the console's 404), says its language in
 * `Content-Language` and varies on `Accept-Language`; no Accept-Language header, however
 * malformed, makes an answer fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bearer } from '../fixtures/test-platform';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';
import { expectNoLeak, reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld, type Res } from './attack-fixture';

const HAN = /\p{Script=Han}/u;
const CATALOGUE = fs.readdirSync(path.resolve(__dirname, '../../services/http/error-language'))
  .map((f) => fs.readFileSync(path.resolve(__dirname, '../../services/http/error-language', f), 'utf8')).join('\n');
const MISSING = {
  model: 'mdl_00000000-0000-4000-8000-000000000000',
  run: 'run_00000000-0000-4000-8000-000000000000',
  sandbox: 'sbx_00000000-0000-4000-8000-000000000000',
  agreement: 'agr_00000000-0000-4000-8000-000000000000',
};

/** ASCII tokens of the Chinese message that neither the English message nor the catalogue's text holds. */
function extraTokens(zh: string, en: string): string[] {
  return [...zh.matchAll(/[A-Za-z0-9_$.:/+-]{2,}/g)].map((m) => m[0].replace(/^[.:/+-]+|[.:/+-]+$/g, ''))
    .filter((token) => token.length >= 2 && !en.includes(token) && !CATALOGUE.includes(token));
}

describe('attack: a Chinese error message that says more than the English one', () => {
  let a: AttackWorld;
  let other: { id: string; token: string };
  let modelId: string;
  let runId: string;

  beforeAll(async () => {
    a = await startAttackWorld();
    const { t, w } = a;
    // Another dataset in the catalog (not in the operator's sandbox).
    const households = await t.http.post('/api/v1/datasets').set(...bearer(w.source.token)).send({ ...residentsSchema, name: 'households', title: '光明区住户' });
    expect(households.status).toBe(201);
    await t.http.put(`/api/v1/datasets/${households.body.id}/data`).set(...bearer(w.source.token)).set('Content-Type', 'text/csv').send(residentsCsv(20)).expect(200);
    other = await t.principal('operator', 'intruder', '另一家运营单位');
    const model = await submitModel(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street');
    modelId = model.body.id;
    expect((await reviewModel(a, modelId)).status).toBe(200);
    runId = (await runModel(a, modelId)).body.id;
    await t.platform.runs.idle();
  });
  afterAll(() => a.t.destroy());

  const query = (sql: string) => (language: string) => a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/query`)
    .set(...bearer(a.w.operator.token)).set('Accept-Language', language).send({ sql, tier: 'dev' });
  const get = (url: string, token: () => string) => (language: string) => a.t.http.get(url).set(...bearer(token())).set('Accept-Language', language);
  const operator = () => a.w.operator.token;

  const requests: [string, (language: string) => Promise<Res>][] = [
    ['a cast error quoting a twin string', query('SELECT CAST(name AS INTEGER) FROM residents')],
    ['a cast error writing a twin number unquoted', query('SELECT CAST(income AS TINYINT) FROM residents')],
    ['a table named like a mobile number', query('SELECT * FROM "13800138000"')],
    ['a table named like a person', query('SELECT * FROM "王伟"')],
    ['a column alias holding a mobile number, then a missing column', query('SELECT nope AS "13800138000" FROM residents')],
    ['another dataset’s table', query('SELECT count(*) FROM households')],
    ['an unparsable statement with a literal', query("SELECT '13800138000' FROM WHERE")],
    ['a file-reading function', query("SELECT * FROM read_csv('/etc/passwd')")],
    ['a multi-statement batch', query('SELECT 1; SELECT 2')],
    ['a forged cursor', get(`/api/v1/runs?cursor=${Buffer.from('["13800138000"]').toString('base64url')}`, operator)],
    ['a stored status the operator may not filter by', get('/api/v1/runs?status=blocked', operator)],
    ['an out-of-range limit', get('/api/v1/models?limit=13800138000', operator)],
    ['an unknown query key', get('/api/v1/models?x13800138000=1', operator)],
    ['a model with an undeclared parameter', (language) => a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(operator())).set('Accept-Language', language)
      .send({ name: `p_${language}`, sql: 'SELECT street, count(*) AS n FROM residents WHERE income > $x13800138000 GROUP BY street', purpose: 'x' })],
    ['a model that fails on the twin', (language) => a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(operator())).set('Accept-Language', language)
      .send({ name: `f_${language}`, sql: 'SELECT street, count(*) FILTER (WHERE CAST(name AS INTEGER) = 1) AS n FROM residents GROUP BY street', purpose: 'x' })],
    ['a body too large', (language) => a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/query`).set(...bearer(operator())).set('Accept-Language', language)
      .send({ sql: `SELECT '${'x'.repeat(2 * 1024 * 1024)}'`, tier: 'dev' })],
    ['a wrong token that extends the authority’s', get('/api/v1/me', () => `${a.t.authorityToken}x`)],
    ['another tenant’s model', get(`/api/v1/models/${MISSING.model}`, () => other.token)],
  ];

  it.each(requests.map(([label], i) => [label, i] as const))('%s: the zh-CN message carries nothing the en one does not', async (_label, i) => {
    const send = requests[i][1];
    const en = await send('en');
    const zh = await send('zh-CN');
    expect(en.status).toBeGreaterThanOrEqual(400);
    type Detail = { message?: unknown } & Record<string, unknown>;
    const withoutMessages = (details?: Detail[]) => details?.map(({ message: _message, ...rest }) => rest);
    expect({ status: zh.status, code: zh.body.error?.code, details: withoutMessages(zh.body.error?.details) })
      .toEqual({ status: en.status, code: en.body.error?.code, details: withoutMessages(en.body.error?.details) });
    // A detail's message may follow the language too, but may not say more than the English one.
    ((zh.body.error?.details ?? []) as Detail[]).forEach((detail, d) => {
      const english = String((en.body.error.details as Detail[])[d].message ?? '');
      expect({ detail: d, extra: extraTokens(String(detail.message ?? ''), english) }).toEqual({ detail: d, extra: [] });
    });
    expect(zh.body.error.message).toMatch(HAN);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(en.headers['content-language']).toBe('en');
    expect({ extra: extraTokens(zh.body.error.message, en.body.error.message), zh: zh.body.error.message }).toEqual({ extra: [], zh: zh.body.error.message });
    for (const res of [en, zh]) {
      expectNoLeak(a, res);
      for (const secret of [a.w.operator.token, a.w.source.token, other.token, a.t.authorityToken, a.t.dataDir]) expect(res.text).not.toContain(secret);
    }
  });

  it('answers another unit’s table exactly like a table that exists nowhere, in both languages', async () => {
    for (const language of ['en', 'zh-CN']) {
      const foreign = await query('SELECT count(*) FROM households')(language);
      const missing = await query('SELECT count(*) FROM zzzzzzzzzz')(language);
      expect(foreign.status).toBe(missing.status);
      expect(foreign.body.error.code).toBe(missing.body.error.code);
      expect(foreign.body.error.message.replace('households', 'X')).toBe(missing.body.error.message.replace('zzzzzzzzzz', 'X'));
    }
  });

  it('answers another tenant’s model, run, sandbox and agreement in Chinese exactly like missing ones', async () => {
    const pairs: [string, string][] = [
      [`/api/v1/models/${modelId}`, `/api/v1/models/${MISSING.model}`],
      [`/api/v1/runs/${runId}`, `/api/v1/runs/${MISSING.run}`],
      [`/api/v1/runs/${runId}/output`, `/api/v1/runs/${MISSING.run}/output`],
      [`/api/v1/sandboxes/${a.sandboxId}`, `/api/v1/sandboxes/${MISSING.sandbox}`],
      [`/api/v1/sandboxes/${a.sandboxId}/models`, `/api/v1/sandboxes/${MISSING.sandbox}/models`],
      [`/api/v1/agreements/${a.agreementId}`, `/api/v1/agreements/${MISSING.agreement}`],
    ];
    for (const [foreignUrl, missingUrl] of pairs) {
      for (const language of ['zh-CN', 'en']) {
        const foreign = await a.t.http.get(foreignUrl).set(...bearer(other.token)).set('Accept-Language', language);
        const missing = await a.t.http.get(missingUrl).set(...bearer(other.token)).set('Accept-Language', language);
        const shape = (r: Res) => ({ status: r.status, code: r.body.error?.code, message: r.body.error?.message, keys: Object.keys(r.body.error ?? {}).sort(), language: r.headers['content-language'] });
        expect({ url: foreignUrl, ...shape(foreign) }).toEqual({ url: foreignUrl, ...shape(missing) });
        expect(foreign.status).toBe(404);
        for (const secret of [modelId, runId, a.sandboxId, a.agreementId, 'residents', '光明']) expect(foreign.body.error.message).not.toContain(secret);
      }
    }
  });

  it('says its language and varies on Accept-Language in every error answer, whichever layer gives it', async () => {
    const http = a.t.http;
    const sends: [string, (language: string) => Promise<Res>][] = [
      ['a route’s 404', get(`/api/v1/models/${MISSING.model}`, operator)],
      ['the unknown API route', get('/api/v1/no-such-route', operator)],
      ['no token', (language) => http.get('/api/v1/me').set('Accept-Language', language)],
      ['a malformed URL', get('/api/v1/principals/%ZZ', operator)],
      ['malformed JSON', (language) => http.post('/api/v1/principals').set(...bearer(a.t.authorityToken)).set('Accept-Language', language).set('Content-Type', 'application/json').send('{"name":')],
      ['a body too large', requests.find(([l]) => l === 'a body too large')![1]],
      ['a console dot-file', (language) => http.get('/.fingerprint').set('Accept-Language', language)],
      ['a missing asset', (language) => http.get('/assets/nope.js').set('Accept-Language', language)],
      ['a POST to the console', (language) => http.post('/workspace').set('Accept-Language', language).send({})],
    ];
    for (const [label, send] of sends) {
      for (const language of ['en', 'zh-CN']) {
        const res = await send(language);
        expect({ label, error: res.status >= 400, json: /^application\/json/.test(String(res.headers['content-type'])) }).toEqual({ label, error: true, json: true });
        expect({ label, language: res.headers['content-language'], vary: /accept-language/i.test(String(res.headers.vary)) }).toEqual({ label, language, vary: true });
        if (language === 'zh-CN') expect(res.body.error.message).toMatch(HAN);
      }
    }
  });

  it.each([
    ['q not a number', 'zh-CN;q=abc'],
    ['q negative', 'zh-CN;q=-1'],
    ['q overflowing', 'zh-CN;q=1e999, en;q=0.5'],
    ['empty ranges', ',,,,,,;,;;'],
    ['parameters only', ';q=1;q=0'],
    ['prototype keys', '__proto__, constructor;q=0.9, hasOwnProperty'],
    ['Latin-1 bytes', 'zh-\u00e9\u00ff;q=0.8'],
    ['a huge single range', `zh-${'x'.repeat(7000)}`],
    ['a thousand ranges', Array.from({ length: 1000 }, (_, i) => `zh;q=0.${i % 10}`).join(',')],
    ['a wildcard refusing everything', '*;q=0, zh;q=0, en;q=0'],
  ])('a malformed Accept-Language (%s) never makes an answer fail', async (_label, header) => {
    const res = await a.t.http.get('/api/v1/me').set('Accept-Language', header);
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 401, code: 'unauthenticated' });
    expect(['en', 'zh-CN']).toContain(res.headers['content-language']);
    expect(res.body.error.message).toEqual(expect.any(String));
    const served = await a.t.http.get('/api/v1/me').set(...bearer(a.w.operator.token)).set('Accept-Language', header);
    expect(served.status).toBe(200);
    const console = await a.t.http.get('/').set('Accept-Language', header);
    expect(console.status).toBe(200);
  });
});
