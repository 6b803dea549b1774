/**
 * A source unit's refusal and the authority's coordination (协调, 办法 Art. 18) through the API:
 * a refusal needs its reason and moves the application to refused; the authority coordinates
 * once per dataset (the refusal and the note stay in the history), or rejects; the reopened
 * source decides again. Each refusal of the rules is tried as the party who would want it.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentsWorld, type World } from '../../fixtures/demo-world';

describe('refusal and coordination', () => {
  let t: TestPlatform;
  let w: World;

  const apply = async () => {
    const res = await t.http.post('/api/v1/applications').set(...bearer(w.operator.token)).send({
      scenario: '就业帮扶', purpose: '统计各街道就业困难人员分布', datasets: [{ datasetId: w.datasetId, columns: ['street', 'income'] }],
      startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z',
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const consent = (id: string, decision: 'approve' | 'reject', comment?: string, token = w.source.token) =>
    t.http.post(`/api/v1/applications/${id}/consents`).set(...bearer(token)).send({ datasetId: w.datasetId, decision, ...(comment === undefined ? {} : { comment }) });
  const coordinate = (id: string, note = '场景已收窄为街道汇总，请重新考虑', token = t.authorityToken) =>
    t.http.post(`/api/v1/applications/${id}/coordination`).set(...bearer(token)).send({ datasetId: w.datasetId, note });
  const decide = (id: string, decision: 'approve' | 'reject') => t.http.post(`/api/v1/applications/${id}/decision`).set(...bearer(t.authorityToken)).send({ decision, comment: '决定' });
  const read = async (id: string) => (await t.http.get(`/api/v1/applications/${id}`).set(...bearer(t.authorityToken))).body;

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 100);
  });
  afterAll(() => t.destroy());

  it('attack: a source unit refuses without a reason', async () => {
    const id = await apply();
    for (const comment of [undefined, '', '   ']) {
      const res = await consent(id, 'reject', comment);
      expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'reason_required' });
    }
    expect((await read(id)).status).toBe('submitted');
  });

  it('a refusal moves the application to refused; the authority cannot approve it, and the operator reads the reason', async () => {
    const id = await apply();
    expect((await consent(id, 'reject', '收入字段过于敏感')).status).toBe(201);
    expect((await read(id)).status).toBe('refused');
    const approve = await decide(id, 'approve');
    expect({ status: approve.status, code: approve.body.error.code }).toEqual({ status: 409, code: 'already_decided' });
    const seen = (await t.http.get(`/api/v1/applications/${id}`).set(...bearer(w.operator.token))).body;
    expect(seen).toMatchObject({ status: 'refused', consents: [expect.objectContaining({ decision: 'reject', comment: '收入字段过于敏感' })] });
    const inbox = (await t.http.get('/api/v1/inbox').set(...bearer(t.authorityToken))).body.items as { kind: string; count: number }[];
    expect(inbox.find((i) => i.kind === 'applications.refused')?.count).toBeGreaterThanOrEqual(1);
  });

  it('coordination reopens the refusal once; the source decides again and the authority approves', async () => {
    const id = await apply();
    await consent(id, 'reject', '收入字段过于敏感');
    const coordinated = await coordinate(id);
    expect(coordinated.status).toBe(200);
    expect(coordinated.body).toMatchObject({
      status: 'submitted', consents: [],
      reopened: [expect.objectContaining({ decision: 'reject', comment: '收入字段过于敏感', note: '场景已收窄为街道汇总，请重新考虑', reopenedBy: expect.any(String) })],
    });
    expect((await consent(id, 'approve', '同意')).status).toBe(201);
    const approved = await decide(id, 'approve');
    expect(approved.status).toBe(201);
    expect(approved.body.agreementId).toEqual(expect.any(String));
    await t.platform.provisioner.idle();
    // The whole history stays readable: the refusal, its coordination, the consent, the decision.
    expect(await read(id)).toMatchObject({ status: 'approved', reopened: [expect.objectContaining({ comment: '收入字段过于敏感' })], consents: [expect.objectContaining({ decision: 'approve' })] });
  });

  it('attack: the authority coordinates the same refusal twice to wear the source unit down', async () => {
    const id = await apply();
    await consent(id, 'reject', '收入字段过于敏感');
    expect((await coordinate(id)).status).toBe(200);
    expect((await consent(id, 'reject', '仍不同意')).status).toBe(201);
    const again = await coordinate(id, '再请考虑');
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 409, code: 'already_coordinated' });
    expect((await read(id)).status).toBe('refused');
    // What remains is a decision: the authority rejects the refused application.
    expect((await decide(id, 'reject')).body.status).toBe('rejected');
    expect((await coordinate(id)).body.error.code).toBe('not_refused');
  });

  it('attack: the operator or the source unit coordinates, or the authority coordinates what nobody refused', async () => {
    const id = await apply();
    await consent(id, 'reject', '收入字段过于敏感');
    expect((await coordinate(id, '请同意', w.operator.token)).status).toBe(403);
    expect((await coordinate(id, '请同意', w.source.token)).status).toBe(403);
    expect((await read(id)).status).toBe('refused');
    const open = await apply();
    expect((await coordinate(open)).body.error.code).toBe('not_refused');
    const consented = await apply();
    await consent(consented, 'approve', '同意');
    expect((await coordinate(consented)).body.error.code).toBe('not_refused');
    const otherDataset = await t.http.post(`/api/v1/applications/${id}/coordination`).set(...bearer(t.authorityToken)).send({ datasetId: 'ds_not_asked', note: 'x' });
    expect(otherDataset.status).toBe(404);
    const empty = await t.http.post(`/api/v1/applications/${id}/coordination`).set(...bearer(t.authorityToken)).send({ datasetId: w.datasetId, note: '  ' });
    expect(empty.status).toBe(400);
  });

  it('attack: two coordinations race for the same refusal', async () => {
    const id = await apply();
    await consent(id, 'reject', '收入字段过于敏感');
    const [x, y] = await Promise.all([coordinate(id, '甲'), coordinate(id, '乙')]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    expect((await read(id)).reopened).toHaveLength(1);
  });

  it('attack: coordination races the authority’s rejection, to leave a rejected application looking coordinated', async () => {
    for (let i = 0; i < 3; i += 1) {
      const id = await apply();
      await consent(id, 'reject', '收入字段过于敏感');
      const [rejected, coordinated] = await Promise.all([decide(id, 'reject'), coordinate(id)]);
      const after = await read(id);
      expect(rejected.status).toBe(201);
      expect(after.status).toBe('rejected');
      // Coordination either came first (and holds) or found the application decided (and changed nothing).
      if (coordinated.status === 200) expect(after.reopened).toHaveLength(1);
      else expect({ status: coordinated.status, reopened: after.reopened, consents: after.consents.length }).toEqual({ status: 409, reopened: [], consents: 1 });
    }
  });

  it('attack: a consent slips in after the authority rejected the application', async () => {
    const id = await apply();
    expect((await decide(id, 'reject')).status).toBe(201);
    const late = await consent(id, 'approve', '同意');
    expect({ status: late.status, code: late.body.error.code }).toEqual({ status: 409, code: 'already_decided' });
    expect((await read(id)).consents).toEqual([]);
  });

  it('records the refusal and the coordination in the audit log', async () => {
    const entries = (await t.http.get('/api/v1/audit?action=application.coordinate&limit=100').set(...bearer(t.authorityToken))).body.entries as { outcome: string; details: { note?: string } }[];
    expect(entries.filter((e) => e.outcome === 'allowed').length).toBeGreaterThanOrEqual(3);
    expect(entries.some((e) => e.outcome === 'denied')).toBe(true);
  });
});
