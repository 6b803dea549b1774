/**
 * Attack: tamper with the paging and filter parameters of the cross-sandbox lists (`GET /models`,
 * `GET /runs`): limits out of range or not integers, cursors that are not base64url, not JSON,
 * not a pair of short strings, too long, doubled, or crafted to inject SQL; statuses unknown,
 * empty, bracketed, comma-joined or repeated. Each answers a clear 400 (`invalid_request` or
 * `invalid_cursor`) or a 200 page, never a 500; a 200 page of another operator holds nothing of
 * the first operator's sandbox; no answer echoes a token.
 */
import { bearer } from '../fixtures/test-platform';
import { expectNoLeak, reviewModel, runModel, startAttackWorld, submitModel, type AttackWorld } from './attack-fixture';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');

const LIMITS = ['0', '-1', '101', '1.5', 'abc', '', '1e2', '0x10', '%205', 'Infinity', 'NaN', '1e400', '9007199254740993', '1&limit=2', '[]', '%00'];
const CURSORS = [
  '', 'a', '!!!', '%00', b64([]), b64(['a']), b64(['a', 'b', 'c']), b64([1, 2]), b64({ 0: 'a', 1: 'b' }), b64(['', '']), b64('null'), b64('"x"'),
  'A'.repeat(401), b64(['a'.repeat(201), 'b']), `${b64(['a', 'b'])}==`, Buffer.from(JSON.stringify(['2026-01-01', 'x'])).toString('base64'),
  `${b64(['a', 'b'])}&cursor=${b64(['c', 'd'])}`, b64({ __proto__: { polluted: true } }), b64('{"__proto__":{"polluted":true}}'),
  b64(["2026' OR '1'='1", "x' OR '1'='1"]), b64(['2026-01-05T08:00:00.000Z', 'mdl_x) OR (1=1']), b64(['\u0000', '\u0000']), b64(['9'.repeat(200), '9'.repeat(200)]),
];
const STATUSES = ['', 'STATUS=approved', 'status=', 'status[]=approved', 'status=approved,rejected', 'status=approved&status=approved', 'status=APPROVED',
  Array.from({ length: 12 }, () => 'status=submitted').join('&'), 'status=constructor', 'status=__proto__', 'status[__proto__]=x'];

describe('attack: tampered limits, cursors and status filters on the cross-sandbox lists', () => {
  let a: AttackWorld;
  let other: { id: string; token: string };
  let mine: string[];

  beforeAll(async () => {
    a = await startAttackWorld();
    const model = await submitModel(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street');
    expect((await reviewModel(a, model.body.id)).status).toBe(200);
    await runModel(a, model.body.id);
    await a.t.platform.runs.idle();
    other = await a.t.principal('operator', 'other-operator', '另一家运营单位');
    mine = [a.sandboxId, a.agreementId, model.body.id];
  });
  afterAll(() => a.t.destroy());

  const probe = async (list: 'models' | 'runs', query: string, token: string) => {
    const res = await a.t.http.get(`/api/v1/${list}?${query}`).set(...bearer(token));
    expect({ query, status: res.status < 500, json: /^application\/json/.test(String(res.headers['content-type'])) }).toEqual({ query, status: true, json: true });
    if (res.status === 200) expect(Array.isArray(res.body[list])).toBe(true);
    else expect({ query, status: res.status, code: ['invalid_request', 'invalid_cursor'].includes(res.body.error?.code) }).toEqual({ query, status: 400, code: true });
    expectNoLeak(a, res);
    for (const secret of [a.w.operator.token, other.token, a.t.authorityToken]) expect(res.text).not.toContain(secret);
    return res;
  };

  const cases = [
    ...LIMITS.map((l) => `limit=${l}`),
    ...CURSORS.map((c) => `cursor=${c}`),
    ...STATUSES,
  ];

  const label = (q: string) => (q.length > 60 ? `${q.slice(0, 57)}…` : q || '(no query)');
  it.each(cases.map((q) => [label(q), q] as const))('%s: a 400 or a page, never a 500, and nothing of another sandbox', async (_label, query) => {
    for (const list of ['models', 'runs'] as const) {
      for (const token of [a.w.operator.token, other.token, a.t.authorityToken]) {
        const res = await probe(list, query, token);
        if (token === other.token && res.status === 200) {
          expect(res.body[list]).toEqual([]);
          for (const id of mine) expect(res.text).not.toContain(id);
        }
      }
    }
  });

  it('answers a limit out of range or not an integer with 400, and a cursor it never gave with 400 invalid_cursor', async () => {
    for (const limit of ['0', '-1', '101', '1.5', 'abc', 'Infinity', 'NaN', '1e400']) {
      const res = await a.t.http.get(`/api/v1/runs?limit=${limit}`).set(...bearer(a.w.operator.token));
      expect({ limit, status: res.status, code: res.body.error?.code }).toEqual({ limit, status: 400, code: 'invalid_request' });
    }
    for (const cursor of ['!!!', b64([]), b64(['a']), b64([1, 2]), b64(['', '']), b64('null'), b64(['a'.repeat(201), 'b'])]) {
      const res = await a.t.http.get(`/api/v1/models?cursor=${cursor}`).set(...bearer(a.w.operator.token));
      expect({ cursor, status: res.status, code: res.body.error?.code }).toEqual({ cursor, status: 400, code: 'invalid_cursor' });
      expect(res.body.error.message).not.toContain(cursor);
    }
  });

  it('did not pollute any prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
