/** Registering datasets: classification, schema checks, ownership, and bad input. */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentsSchema } from '../../fixtures/residents-dataset';

describe('dataset registration', () => {
  let t: TestPlatform;
  let source: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestPlatform();
    source = await t.principal('source', 'gm-pop', '光明区公安分局');
  });
  afterAll(() => t.destroy());

  const register = (body: object, token = source.token) => t.http.post('/api/v1/datasets').set(...bearer(token)).send(body);
  const count = async () => (await t.platform.catalog.list()).length;

  it('registers a dataset owned by the caller’s unit, visible to every role', async () => {
    const res = await register(residentsSchema);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'residents', level: 'important', openness: 'conditional', subjectKey: 'id_number', ownerUnit: '光明区公安分局', currentVersion: null, currentRulesVersion: null });
    for (const role of ['authority', 'operator', 'auditor'] as const) {
      const p = await t.principal(role);
      const read = await t.http.get(`/api/v1/datasets/${res.body.id}`).set(...bearer(p.token));
      expect(read.status).toBe(200);
      expect(read.body.columns).toHaveLength(6);
    }
  });

  it.each([
    ['an unknown column type', { columns: [{ name: 'a', type: 'BLOB', personal: 'none', identifier: 'none' }] }, 400],
    ['an unknown level', { level: 'secret' }, 400],
    ['an unknown semantic', { columns: [{ name: 'a', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'ssn' }] }, 400],
    ['a quoted column name', { columns: [{ name: 'a"; drop table x; --', type: 'VARCHAR', personal: 'none', identifier: 'none' }] }, 400],
    ['an upper-case column name', { columns: [{ name: 'Name', type: 'VARCHAR', personal: 'none', identifier: 'none' }] }, 400],
    ['no columns', { columns: [] }, 400],
    ['a column named rowid (DuckDB\'s row number)', { columns: [{ name: 'rowid', type: 'BIGINT', personal: 'none', identifier: 'none' }] }, 400],
    ['an unknown field', { owner: 'me' }, 400],
    ['a duplicate column', { columns: [{ name: 'a', type: 'VARCHAR', personal: 'none', identifier: 'none' }, { name: 'a', type: 'INTEGER', personal: 'none', identifier: 'none' }] }, 422],
    ['a subject key that is not a column', { subjectKey: 'nobody' }, 422],
  ])('refuses %s and registers nothing', async (_label, change, status) => {
    const before = await count();
    const res = await register({ ...residentsSchema, name: `x_${Math.random().toString(36).slice(2, 8)}`, ...change });
    expect(res.status).toBe(status);
    expect(res.body.error.requestId).toBeDefined();
    expect(await count()).toBe(before);
  });

  it('refuses a duplicate dataset name with 409', async () => {
    await register({ ...residentsSchema, name: 'dup_ds' });
    const res = await register({ ...residentsSchema, name: 'dup_ds' });
    expect(res.status).toBe(409);
  });

  it('accepts Chinese column names', async () => {
    const res = await register({
      name: '企业名录',
      title: '企业名录',
      level: 'general',
      openness: 'unconditional',
      columns: [{ name: '统一社会信用代码', type: 'VARCHAR', personal: 'none', identifier: 'direct', semantic: 'uscc' }],
    });
    expect(res.status).toBe(201);
  });

  it('lets only source units register', async () => {
    for (const role of ['authority', 'operator', 'auditor'] as const) {
      const p = await t.principal(role);
      expect((await register({ ...residentsSchema, name: `r_${role}` }, p.token)).status).toBe(403);
    }
  });

  it('answers 404 for an unknown dataset', async () => {
    expect((await t.http.get('/api/v1/datasets/ds_nope').set(...bearer(source.token))).status).toBe(404);
  });
});
