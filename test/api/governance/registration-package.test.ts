/**
 * The product registration package (登记包, 登记管理暂行办法) through the API: JSON or ZIP, every
 * evidence file with its SHA-256, the approved model's hash, the validity and the audit sequence
 * numbers; a standalone script with only node:crypto verifies it and fails on one changed byte;
 * three-year validity, renewal in the last 90 days, and an expired registration stops serving.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';

const VERIFIER = path.join(__dirname, '../../fixtures/verify-registration-package.mjs');
const STREETS = ['光明街道', '公明街道', '新湖街道', '凤凰街道', '玉塘街道', '马田街道'];

type Manifest = {
  product: { id: string; agreementId: string }; files: { path: string; sha256: string; size: number }[];
  registration: { registeredAt: string; expiresAt: string; renewalOpensAt: string; state: string; auditSeq: number; auditEntry: { seq: number; hash: string }; renewals: { previousExpiry: string; newExpiry: string; auditSeq: number }[] };
  models: { id: string; sha256: string; file: string; approvalAuditSeqs: number[] }[];
  releases: { runId: string; file: string; releaseAuditSeqs: number[] }[];
  datasets: { id: string; rulesVersion: number; rulesSha256: string; rulesFile: string; schemaFile: string }[];
  audit: { headAtGeneration: { seq: number; hash: string } };
};
type Package = { manifest: Manifest; manifestSha256: string; files: { path: string; content: string }[] };

describe('product registration package', () => {
  let t: TestPlatform;
  let w: World;
  let tmp: string;
  let model: { id: string; sha256: string };
  let runId: string;
  let datasetProduct: string;
  let apiProduct: string;
  let grantee: { id: string; token: string };

  const get = (p: string, token = t.authorityToken) => t.http.get(`/api/v1${p}`).set(...bearer(token));
  const post = (p: string, body: object, token = t.authorityToken) => t.http.post(`/api/v1${p}`).set(...bearer(token)).send(body);
  const packageOf = async (id: string, token = t.authorityToken) => (await get(`/products/${id}/registration-package`, token)).body as Package;
  const zipOf = async (id: string) => (await get(`/products/${id}/registration-package?format=zip`).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  })).body as Buffer;
  const verify = (bytes: Buffer | string, name: string) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes);
    const run = spawnSync(process.execPath, [VERIFIER, file], { encoding: 'utf8' });
    return { status: run.status, out: run.stdout };
  };
  const register = async (body: object, review: object = { decision: 'approve', comment: '准予登记' }) => {
    const created = await post('/products', body, w.operator.token);
    expect(created.status).toBe(201);
    expect((await post(`/products/${created.body.id}/review`, review)).body.status).toBe('registered');
    return created.body.id as string;
  };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-package-'));
    t = await startTestPlatform();
    w = await residentsWorld(t, 300);
    grantee = await t.principal('operator', undefined, '光明区智慧城市公司');
    const { sandboxId } = await approvedAgreement(t, w, undefined, { startsAt: '2026-01-01T00:00:00Z', endsAt: '2030-12-01T00:00:00Z' });
    const submitted = await post(`/sandboxes/${sandboxId}/models`, {
      name: 'street_people', sql: 'SELECT street, count(*) AS people FROM residents WHERE street = $street GROUP BY street', parameters: [{ name: 'street', type: 'VARCHAR' }], purpose: '按街道统计常住人口',
    }, w.operator.token);
    model = submitted.body;
    expect((await post(`/models/${model.id}/review`, { decision: 'approve', comment: '聚合统计' })).status).toBe(200);
    runId = (await post(`/models/${model.id}/runs`, { params: { street: '光明街道' } }, w.operator.token)).body.id;
    await t.platform.runs.idle();
    expect((await releaseRun(t, runId)).body.status).toBe('released');
    datasetProduct = await register({ name: '光明街道人口统计', kind: 'dataset', runId, description: '光明街道常住人口数' });
    apiProduct = await register(
      { name: '街道人口查询', kind: 'api', modelId: model.id, description: '按街道查询常住人口数', grantees: ['光明区智慧城市公司'] },
      { decision: 'approve', parameterDomains: { street: { values: STREETS } } },
    );
  }, 120_000);
  afterAll(async () => {
    await t.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('answers JSON with every evidence file, the approved model’s hash, the validity and the audit sequence numbers', async () => {
    const res = await get(`/products/${datasetProduct}/registration-package`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const { manifest, manifestSha256, files } = res.body as Package;
    expect(res.headers['x-manifest-sha256']).toBe(manifestSha256);
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(manifest.files.map((f) => f.path));
    expect(paths).toEqual(expect.arrayContaining(['product.json', `models/${model.id}.json`, `models/${model.id}.sql`, `releases/${runId}.json`, `datasets/${w.datasetId}/schema.json`, `datasets/${w.datasetId}/masking-rules-v1.json`]));
    expect(manifest.models).toEqual([expect.objectContaining({ id: model.id, sha256: model.sha256, file: `models/${model.id}.json` })]);
    expect(manifest.files.find((f) => f.path === `models/${model.id}.json`)?.sha256).toBe(model.sha256);
    const rules = (await get(`/datasets/${w.datasetId}/masking-rules`)).body.versions[0];
    expect(manifest.datasets).toEqual([expect.objectContaining({ id: w.datasetId, rulesVersion: 1, rulesSha256: rules.sha256 })]);
    expect(manifest.files.find((f) => f.path === manifest.datasets[0].rulesFile)?.sha256).toBe(rules.sha256);
    expect(manifest.registration).toMatchObject({ registeredAt: '2026-01-05T08:00:00.000Z', expiresAt: '2029-01-05T08:00:00.000Z', renewalOpensAt: '2028-10-07T08:00:00.000Z', state: 'valid', renewals: [] });

    // Each cited sequence number is the entry of that act in the audit log.
    const entry = async (seq: number) => (await get(`/audit?limit=1&cursor=${Buffer.from(`asc:${seq - 1}`).toString('base64url')}`)).body.entries[0] as { seq: number; action: string; resource: string; hash: string; details: Record<string, unknown> };
    expect(await entry(manifest.registration.auditSeq)).toMatchObject({ action: 'product.review', resource: `product:${datasetProduct}`, hash: manifest.registration.auditEntry.hash, details: { decision: 'approve' } });
    expect(await entry(manifest.models[0].approvalAuditSeqs[0])).toMatchObject({ action: 'model.review', resource: `model:${model.id}` });
    expect(manifest.releases[0].releaseAuditSeqs).toHaveLength(2);
    for (const seq of manifest.releases[0].releaseAuditSeqs) expect(await entry(seq)).toMatchObject({ action: 'run.release', resource: `run:${runId}`, details: { decision: 'approve' } });
    expect(manifest.audit.headAtGeneration.seq).toBeGreaterThan(manifest.registration.auditSeq);

    const summary = JSON.parse(files.find((f) => f.path === `releases/${runId}.json`)!.content);
    expect(summary).toMatchObject({ runId, status: 'released', checks: expect.arrayContaining([expect.objectContaining({ name: 'min_group_size', passed: true })]) });
    expect(summary.params).toBeUndefined();
    expect(summary.paramsSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the ZIP verifies with a standalone script using only node:crypto, and fails when one byte of one file changes', async () => {
    const zip = await zipOf(datasetProduct);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const good = verify(zip, 'package.zip');
    expect(good.out).toMatch(/^verified: \d+ files/);
    expect(good.status).toBe(0);

    // One byte of the model's SQL, stored as it is, changed to another letter.
    const tampered = Buffer.from(zip);
    const at = tampered.indexOf('GROUP BY street');
    expect(at).toBeGreaterThan(0);
    tampered[at] = 'g'.charCodeAt(0);
    const bad = verify(tampered, 'tampered.zip');
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('NOT VERIFIED');
    expect(bad.out).toMatch(/file models\/mdl_[\w-]+\.(json|sql)/);

    const byAccept = await t.http.get(`/api/v1/products/${datasetProduct}/registration-package`).set(...bearer(t.authorityToken)).set('Accept', 'application/zip');
    expect(byAccept.headers['content-type']).toBe('application/zip');
  });

  it('the JSON verifies with the same script; a changed file or a changed expiry does not', async () => {
    const pkg = await packageOf(apiProduct);
    expect(verify(JSON.stringify(pkg), 'package.json').status).toBe(0);
    const schema = pkg.files.findIndex((f) => f.path.endsWith('schema.json'));
    const edited = { ...pkg, files: pkg.files.map((f, i) => (i === schema ? { ...f, content: f.content.replace('"sensitive"', '"none"     ') } : f)) };
    expect(verify(JSON.stringify(edited), 'edited.json').out).toContain(`file ${pkg.files[schema].path}`);
    const later = { ...pkg, manifest: { ...pkg.manifest, registration: { ...pkg.manifest.registration, expiresAt: '2039-01-05T08:00:00.000Z' } } };
    expect(verify(JSON.stringify(later), 'later.json').out).toContain('manifest digest');
    // An API product stands on its model; its released runs (the dataset product's run) come along.
    expect(pkg.manifest.models.map((m) => m.id)).toEqual([model.id]);
    expect(pkg.manifest.releases.map((r) => r.runId)).toEqual([runId]);
  });

  it('each download is audited with the manifest’s digest', async () => {
    const res = await get(`/products/${apiProduct}/registration-package?format=zip`);
    const [entry] = (await get(`/audit?action=product.registration_package&order=desc&limit=1`)).body.entries;
    expect(entry).toMatchObject({ resource: `product:${apiProduct}`, outcome: 'allowed', details: { format: 'zip', manifestSha256: res.headers['x-manifest-sha256'] } });
  });

  it('the authority, auditors and the product’s operator download it; nobody else does', async () => {
    const auditor = await t.principal('auditor');
    const examiner = await t.principal('examiner');
    const stranger = await t.principal('operator', undefined, '无关公司');
    expect((await get(`/products/${apiProduct}/registration-package`, auditor.token)).status).toBe(200);
    expect((await get(`/products/${apiProduct}/registration-package`, w.operator.token)).status).toBe(200);
    expect((await get(`/products/${apiProduct}/registration-package`, w.source.token)).status).toBe(403);
    expect((await get(`/products/${apiProduct}/registration-package`, examiner.token)).status).toBe(403);
    expect((await get(`/products/${apiProduct}/registration-package`, stranger.token)).status).toBe(404);
    // A grantee uses the product, but its registration (the model's SQL) is not the grantee's to read.
    expect((await get(`/products/${apiProduct}`, grantee.token)).status).toBe(200);
    const refused = await get(`/products/${apiProduct}/registration-package`, grantee.token);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('not_found');
    const pending = await post('/products', { name: '待审', kind: 'dataset', runId, description: '未登记' }, w.operator.token);
    expect((await get(`/products/${pending.body.id}/registration-package`)).body.error.code).toBe('product_not_registered');
    expect((await post(`/products/${apiProduct}/renewal`, {}, w.operator.token)).status).toBe(403);
  });

  it('valid for three years; renewal opens 90 days before the expiry and adds three years to it; an expired registration stops serving until renewed', async () => {
    const invoke = () => get(`/products/${apiProduct}/invoke?street=${encodeURIComponent('光明街道')}`, grantee.token);
    const early = await post(`/products/${apiProduct}/renewal`, { comment: '提前续期' });
    expect({ status: early.status, code: early.body.error.code }).toEqual({ status: 409, code: 'renewal_not_due' });

    t.clock.set('2028-11-01T00:00:00.000Z');
    expect((await get(`/products/${apiProduct}`)).body.registration).toMatchObject({ state: 'renewal_due', expiresAt: '2029-01-05T08:00:00.000Z' });
    t.clock.set('2029-01-05T08:00:00.000Z');
    const expired = await invoke();
    expect({ status: expired.status, code: expired.body.error?.code }).toEqual({ status: 410, code: 'registration_expired' });
    const data = await get(`/products/${datasetProduct}/data`, w.operator.token);
    expect({ status: data.status, code: data.body.error?.code }).toEqual({ status: 410, code: 'registration_expired' });

    // Two renewals of the same term at once: one extends it, the other is refused.
    const racing = await Promise.all([post(`/products/${datasetProduct}/renewal`, {}), post(`/products/${datasetProduct}/renewal`, {})]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(racing.find((r) => r.status === 409)!.body.error.code).toMatch(/^(already_renewed|renewal_not_due)$/);
    expect((await get(`/products/${datasetProduct}`)).body.registration.renewals).toHaveLength(1);

    const renewed = await post(`/products/${apiProduct}/renewal`, { comment: '经复核，准予续期' });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ state: 'valid', expiresAt: '2032-01-05T08:00:00.000Z', renewals: [{ previousExpiry: '2029-01-05T08:00:00.000Z', newExpiry: '2032-01-05T08:00:00.000Z', comment: '经复核，准予续期' }] });
    expect((await invoke()).status).toBe(200);
    expect((await post(`/products/${apiProduct}/renewal`, {})).body.error.code).toBe('renewal_not_due');

    const pkg = await packageOf(apiProduct);
    expect(pkg.manifest.registration.renewals).toEqual([expect.objectContaining({ previousExpiry: '2029-01-05T08:00:00.000Z', auditSeq: expect.any(Number) })]);
    expect(verify(JSON.stringify(pkg), 'renewed.json').status).toBe(0);
    const [entry] = (await get(`/audit?action=product.renew&outcome=allowed&order=desc&limit=1`)).body.entries;
    expect(entry).toMatchObject({ seq: pkg.manifest.registration.renewals[0].auditSeq, resource: `product:${apiProduct}`, details: { previousExpiry: '2029-01-05T08:00:00.000Z', newExpiry: '2032-01-05T08:00:00.000Z' } });
  });
});
