/** Subject requests name the agreements, runs and products that used one person's record, never data. */
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../fixtures/demo-world';
import { residentRow } from '../fixtures/residents-dataset';

describe('subject requests', () => {
  let t: TestPlatform;
  let w: World;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t);
  });
  afterAll(() => t.destroy());

  it('finds the agreements that used a resident, and stores no raw value', async () => {
    const { agreementId } = await approvedAgreement(t, w);
    const id = residentRow(7)[0];
    const res = await t.http.post('/api/v1/subject-requests').set(...bearer(t.authorityToken)).send({ semantic: 'cn_id', value: id });
    expect(res.status).toBe(200);
    expect(res.body.matches).toEqual([expect.objectContaining({ agreementId, datasetId: w.datasetId, vaultVersions: [1] })]);
    const none = await t.http.post('/api/v1/subject-requests').set(...bearer(t.authorityToken)).send({ semantic: 'cn_id', value: '11010519491231002X' });
    expect(none.body.matches).toEqual([]);
    const audit = await t.http.get('/api/v1/audit?action=subject.request').set(...bearer(t.authorityToken));
    expect(JSON.stringify(audit.body)).not.toContain(id);
    expect((await t.http.post('/api/v1/subject-requests').set(...bearer(w.operator.token)).send({ semantic: 'cn_id', value: id })).status).toBe(403);
  });
});
