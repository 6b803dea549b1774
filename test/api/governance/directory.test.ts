/**
 * The directory (授权运营目录) through the API: a source unit proposes the entry of its own
 * dataset, the authority publishes it as a new version (or rejects it) and withdraws entries;
 * an application may only name the datasets, columns and scenarios the current version offers,
 * at submission and again at approval.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentsRules, type World } from '../../fixtures/demo-world';
import { residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';

type Version = { version: number; entries: { datasetId: string; columns: string[]; scenarios: string[]; openness: string; title: string; sourceUnit: string }[] };

describe('the directory', () => {
  let t: TestPlatform;
  let w: World;
  const post = (path: string, body: object, token = t.authorityToken) => t.http.post(`/api/v1${path}`).set(...bearer(token)).send(body);
  const get = (path: string, token = t.authorityToken) => t.http.get(`/api/v1${path}`).set(...bearer(token));
  const apply = (columns: string[], scenario = '就业帮扶') => post('/applications', {
    scenario, purpose: '统计', datasets: [{ datasetId: w.datasetId, columns }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z',
  }, w.operator.token);
  const propose = (body: object, token = w.source.token) => post('/directory/proposals', { datasetId: w.datasetId, columns: ['street', 'income'], scenarios: ['就业帮扶'], openness: 'conditional', ...body }, token);
  const publish = async (proposal: { body: { id: string } }) => post(`/directory/proposals/${proposal.body.id}/decision`, { decision: 'publish', comment: '同意列入' });

  beforeAll(async () => {
    t = await startTestPlatform();
    const source = await t.principal('source', undefined, '光明区人口管理办');
    const operator = await t.principal('operator', undefined, '深圳某数据科技公司');
    const created = await post('/datasets', residentsSchema, source.token);
    await t.http.put(`/api/v1/datasets/${created.body.id}/data`).set(...bearer(source.token)).set('Content-Type', 'text/csv').send(residentsCsv(60));
    await t.http.put(`/api/v1/datasets/${created.body.id}/masking-rules`).set(...bearer(source.token)).set('Content-Type', 'application/yaml').send(residentsRules);
    w = { source, operator, datasetId: created.body.id as string };
  });
  afterAll(() => t.destroy());

  it('before any publication the directory is empty and no application is accepted', async () => {
    expect((await get('/directory', w.operator.token)).body).toMatchObject({ version: 0, entries: [] });
    const res = await apply(['street']);
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'not_in_directory' });
    expect(res.body.error.details).toEqual([{ path: 'datasets.0', message: 'the dataset is not in the directory (授权运营目录)' }]);
  });

  it('a source unit proposes only its own datasets, with real columns and no looser openness', async () => {
    const stranger = await t.principal('source', undefined, '其他数源单位');
    expect((await propose({}, stranger.token)).status).toBe(403);
    const unknown = await propose({ columns: ['street', 'no_such'] });
    expect({ status: unknown.status, code: unknown.body.error.code, details: unknown.body.error.details }).toEqual({ status: 422, code: 'invalid_entry', details: [{ path: 'columns.1', message: 'unknown column' }] });
    const looser = await propose({ openness: 'unconditional' });
    expect(looser.body.error.details).toEqual([{ path: 'openness', message: 'the dataset is open only on conditions' }]);
    expect((await propose({}, t.authorityToken)).status).toBe(403);
    expect((await propose({}, w.operator.token)).status).toBe(403);
  });

  it('a published entry admits exactly its columns and scenarios, at submission and at approval', async () => {
    const waiting = async () => ((await get('/inbox')).body.items as { kind: string; count: number }[]).find((i) => i.kind === 'directory.review')?.count;
    const proposal = await propose({});
    expect(proposal.body).toMatchObject({ status: 'proposed', sourceUnit: '光明区人口管理办' });
    expect(await waiting()).toBe(1);
    expect((await publish(proposal)).body).toMatchObject({ status: 'published', publishedVersion: 1 });
    expect((await publish(proposal)).body.error.code).toBe('already_decided');
    expect(await waiting()).toBe(0);
    const current = (await get('/directory', w.operator.token)).body as Version;
    expect(current.version).toBe(1);
    expect(current.entries).toEqual([expect.objectContaining({ datasetId: w.datasetId, columns: ['street', 'income'], scenarios: ['就业帮扶'], openness: 'conditional', sourceUnit: '光明区人口管理办' })]);

    const column = await apply(['street', 'mobile']);
    expect({ status: column.status, code: column.body.error.code }).toEqual({ status: 422, code: 'not_in_directory' });
    expect(column.body.error.details).toEqual([{ path: 'datasets.0', column: 'mobile', message: 'the directory does not offer this column' }]);
    const scenario = await apply(['street'], '精准营销');
    expect(scenario.body.error.details).toEqual([{ path: 'datasets.0', message: 'the directory does not offer this dataset for this scenario' }]);
    const ok = await apply(['street', 'income']);
    expect(ok.status).toBe(201);

    // Withdrawn before the decision: the authority cannot approve what the directory no longer offers.
    await post(`/applications/${ok.body.id}/consents`, { datasetId: w.datasetId, decision: 'approve' }, w.source.token);
    const withdrawn = await t.http.delete(`/api/v1/directory/entries/${w.datasetId}?reason=${encodeURIComponent('数据质量整改')}`).set(...bearer(t.authorityToken));
    expect(withdrawn.body).toMatchObject({ version: 2, entries: [] });
    const approve = await post(`/applications/${ok.body.id}/decision`, { decision: 'approve' });
    expect({ status: approve.status, code: approve.body.error.code }).toEqual({ status: 422, code: 'not_in_directory' });
    expect((await get(`/applications/${ok.body.id}`)).body.status).toBe('submitted');

    // Past versions stay readable; the list names each.
    expect(((await get('/directory?version=1')).body as Version).entries).toHaveLength(1);
    expect((await get('/directory?version=9')).status).toBe(404);
    const versions = (await get('/directory/versions', w.source.token)).body.versions as { version: number; entryCount: number; note: string }[];
    expect(versions.map((v) => [v.version, v.entryCount, v.note])).toEqual([[2, 0, '数据质量整改'], [1, 1, '同意列入']]);
    expect((await t.http.delete(`/api/v1/directory/entries/${w.datasetId}?reason=x`).set(...bearer(t.authorityToken))).status).toBe(404);
  });

  it('a rejected proposal changes nothing; publications one after another keep each other’s entries', async () => {
    const rejected = await propose({ columns: ['street'] });
    const res = await post(`/directory/proposals/${rejected.body.id}/decision`, { decision: 'reject', comment: '范围过大' });
    expect(res.body).toMatchObject({ status: 'rejected', decisionComment: '范围过大', publishedVersion: null });
    const before = ((await get('/directory')).body as Version).version;

    const other = await t.principal('source', undefined, '光明区企业服务中心');
    const second = await post('/datasets', { ...residentsSchema, name: 'residents_b' }, other.token);
    const [a, b] = [await propose({ columns: ['street'], scenarios: [] }), await post('/directory/proposals', { datasetId: second.body.id, columns: ['street'], scenarios: [], openness: 'conditional' }, other.token)];
    const results = await Promise.all([publish(a), publish(b)]);
    const published = results.filter((r) => r.status === 200);
    expect(published.length + results.filter((r) => r.body.error?.code === 'changed_meanwhile').length).toBe(2);
    for (const r of results.filter((x) => x.status !== 200)) expect((await publish({ body: { id: r === results[0] ? a.body.id : b.body.id } })).status).toBe(200);
    const current = (await get('/directory')).body as Version;
    expect(current.version).toBe(before + 2);
    expect(current.entries.map((e) => e.datasetId).sort()).toEqual([w.datasetId, second.body.id].sort());
    // Proposals: each source unit sees its own; operators none.
    expect(((await get('/directory/proposals', other.token)).body.proposals as { sourceUnit: string }[]).every((p) => p.sourceUnit === '光明区企业服务中心')).toBe(true);
    expect((await get('/directory/proposals', w.operator.token)).status).toBe(403);
  });
});
