/** Dev queries: the twin answers, live is refused, the guard refuses hostile SQL, all audited. */
import { tableFromIPC } from 'apache-arrow';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

describe('dev queries', () => {
  let t: TestPlatform;
  let w: World;
  let sandboxId: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t);
    ({ sandboxId } = await approvedAgreement(t, w));
  });
  afterAll(() => t.destroy());

  const query = (sql: string, tier = 'dev', token = w.operator.token) =>
    t.http.post(`/api/v1/sandboxes/${sandboxId}/query`).set(...bearer(token)).send({ sql, tier });

  it('answers an aggregate on the dev twin as JSON', async () => {
    const res = await query('SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY street');
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual([{ name: 'street', type: 'VARCHAR' }, { name: 'n', type: 'BIGINT' }]);
    expect(res.body.rows.reduce((s: number, r: [string, number]) => s + r[1], 0)).toBe(200);
    expect(res.body.truncated).toBe(false);
  });

  it('answers Arrow IPC when asked', async () => {
    const res = await t.http.post(`/api/v1/sandboxes/${sandboxId}/query`).set(...bearer(w.operator.token))
      .set('Accept', 'application/vnd.apache.arrow.stream').send({ sql: 'SELECT id_number, income FROM residents', tier: 'dev' })
      .buffer(true).parse((r, cb) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => cb(null, Buffer.concat(chunks))); });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/vnd.apache.arrow.stream');
    const table = tableFromIPC(res.body as Buffer);
    expect(table.numRows).toBe(200);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['id_number', 'income']);
  });

  it('refuses tier live with 403', async () => {
    const res = await query('SELECT count(*) FROM residents', 'live');
    expect(res.status).toBe(403);
  });

  it.each([
    ["SELECT * FROM read_csv('/etc/passwd')"],
    ['SELECT 1; SELECT 2'],
    ['PRAGMA version'],
    ["SELECT current_setting('memory_limit')"],
    ["SELECT * FROM query('SELECT 1')"],
    ['SELECT * FROM information_schema.tables'],
    ['CREATE TABLE x AS SELECT 1'],
    ["COPY residents TO '/tmp/x.csv'"],
  ])('refuses %s with 422 and audits it as denied', async (sql) => {
    const res = await query(sql);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('statement_refused');
    const entries = await t.http.get('/api/v1/audit?action=sandbox.query&order=desc&limit=1').set(...bearer(t.authorityToken));
    expect(entries.body.entries[0]).toMatchObject({ outcome: 'denied', requestId: res.headers['x-request-id'] });
  });
});
