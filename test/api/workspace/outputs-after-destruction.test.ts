/** Released outputs survive the sandbox's destruction; unreleased ones are destroyed with it. */
import fs from 'node:fs';
import path from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';
import { releaseRun } from '../../fixtures/release-run';

describe('outputs after destruction', () => {
  let t: TestPlatform;
  let w: World;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t);
  });
  afterAll(() => t.destroy());

  it('keeps the released output with its manifest and wipes the unreleased one', async () => {
    const { agreementId, sandboxId } = await approvedAgreement(t, w);
    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token))
      .send({ name: 'by_street', sql: 'SELECT street, count(*) AS n FROM residents GROUP BY street', purpose: '街道人数' });
    await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
    const released = (await t.http.post(`/api/v1/models/${model.body.id}/runs`).set(...bearer(w.operator.token)).send({})).body.id as string;
    const pending = (await t.http.post(`/api/v1/models/${model.body.id}/runs`).set(...bearer(w.operator.token)).send({})).body.id as string;
    await t.platform.runs.idle();
    await t.http.get(`/api/v1/runs/${released}/review`).set(...bearer(t.authorityToken));
    await releaseRun(t, released);
    const fingerprint = (await t.http.get(`/api/v1/runs/${released}`).set(...bearer(t.authorityToken))).body.fingerprint as string;
    expect(fs.existsSync(path.join(t.dataDir, 'sandboxes', sandboxId, 'outputs', `${pending}.json`))).toBe(true);

    await t.http.post(`/api/v1/agreements/${agreementId}/terminate`).set(...bearer(t.authorityToken)).send({ reason: '到期前终止' });
    await t.platform.expiry.run();

    const kept = path.join(t.dataDir, 'outputs', released);
    expect(JSON.parse(fs.readFileSync(path.join(kept, 'manifest.json'), 'utf8'))).toMatchObject({ runId: released, agreementId, fingerprint });
    expect(JSON.parse(fs.readFileSync(path.join(kept, 'output.json'), 'utf8')).rows).toHaveLength(6);
    expect(fs.existsSync(path.join(t.dataDir, 'outputs', pending))).toBe(false);
    expect(fs.existsSync(path.join(t.dataDir, 'sandboxes', sandboxId))).toBe(false);
    const certificate = await t.http.get(`/api/v1/agreements/${agreementId}/certificate`).set(...bearer(t.authorityToken));
    expect(certificate.body.files.map((f: { name: string }) => f.name)).toContain(path.join('outputs', `${pending}.json`));
    const traced = await t.http.get(`/api/v1/outputs/trace?fingerprint=${fingerprint}`).set(...bearer(t.authorityToken));
    expect(traced.body.id).toBe(released);
  });
});
