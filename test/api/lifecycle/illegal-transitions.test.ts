/**
 * Illegal steps in the life of an application or an agreement answer 409 (wrong state),
 * 404 (not yours to see) or 403 (never your role's to do), and change nothing: the API's view
 * and the control store's rows are the same before and after. Applications that cannot be
 * accepted answer 422 with details and create nothing.
 */
import type { Response } from 'supertest';
import { residentsRules, residentsWorld, type World } from '../../fixtures/demo-world';
import { residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';
import { apply, approveScope, consent, decide, putRules, registerDataset, type Party } from '../../fixtures/lifecycle-helpers';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

type Ids = { applicationId?: string; agreementId?: string; sandboxId?: string };

/** Everything an illegal step could change: the API's view and the control store's rows. */
async function snapshot(t: TestPlatform, ids: Ids) {
  const db = t.platform.store.main;
  const get = async (url: string) => {
    const res = await t.http.get(url).set(...bearer(t.authorityToken));
    // An error's requestId differs on every request; the rest must not change.
    const error = res.body?.error as Record<string, unknown> | undefined;
    return { status: res.status, body: error ? { error: { ...error, requestId: undefined } } : (res.body as unknown) };
  };
  return {
    application: ids.applicationId ? await get(`/api/v1/applications/${ids.applicationId}`) : null,
    agreement: ids.agreementId ? await get(`/api/v1/agreements/${ids.agreementId}`) : null,
    sandbox: ids.sandboxId ? await get(`/api/v1/sandboxes/${ids.sandboxId}`) : null,
    applications: await db.all('SELECT * FROM applications ORDER BY id'),
    consents: await db.all('SELECT * FROM consents ORDER BY application_id, dataset_id'),
    agreements: await db.all('SELECT * FROM agreements ORDER BY id'),
    transitions: await db.all('SELECT * FROM agreement_transitions ORDER BY agreement_id, occurred_at, to_status'),
    sandboxes: await db.all('SELECT * FROM sandboxes ORDER BY id'),
    keys: await db.all('SELECT * FROM sandbox_keys ORDER BY sandbox_id'),
    destructions: await db.all('SELECT * FROM destructions ORDER BY sandbox_id'),
  };
}

/** Runs an illegal step: it must answer `status` with a JSON error and change nothing. */
async function refused(t: TestPlatform, ids: Ids, status: number, step: () => Promise<Response>): Promise<Response> {
  const before = await snapshot(t, ids);
  const res = await step();
  expect({ status: res.status, error: typeof res.body?.error?.code }).toEqual({ status, error: 'string' });
  await t.platform.provisioner.idle();
  await t.platform.expiry.settle();
  expect(await snapshot(t, ids)).toEqual(before);
  return res;
}

async function dbStatus(t: TestPlatform, table: 'applications' | 'agreements', id: string): Promise<string | undefined> {
  return (await t.platform.store.main.one<{ status: string }>(`SELECT status FROM ${table} WHERE id = $1`, [id]))?.status;
}

const term = { startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' };
const someColumns = ['id_number', 'street'];

describe('illegal transitions', () => {
  let t: TestPlatform;
  let w: World;
  let otherSource: Party;
  let otherDataset: string;
  let otherOperator: Party;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 60);
    otherSource = await t.principal('source', undefined, '光明区社保分局');
    otherOperator = await t.principal('operator', undefined, '另一家数据公司');
    otherDataset = await registerDataset(t, otherSource, { ...residentsSchema, name: 'residents_copy' }, residentsCsv(60), residentsRules);
  });
  afterAll(() => t.destroy());

  const submitted = async (datasets = [{ datasetId: w.datasetId, columns: someColumns }]) => {
    const res = await apply(t, w.operator, datasets, term);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const agreement = () => approveScope(t, w.operator, [w.source], [{ datasetId: w.datasetId, columns: someColumns }], term);
  const transition = (token: string, id: string, name: 'suspend' | 'resume' | 'terminate') =>
    t.http.post(`/api/v1/agreements/${id}/${name}`).set(...bearer(token)).send({ reason: '测试' });

  describe('applications', () => {
    it('refuses a second approval (and a reject after approval)', async () => {
      const { applicationId, agreementId, sandboxId } = await agreement();
      const ids = { applicationId, agreementId, sandboxId };
      const res = await refused(t, ids, 409, () => decide(t, applicationId, 'approve'));
      expect(res.body.error.code).toBe('already_decided');
      await refused(t, ids, 409, () => decide(t, applicationId, 'reject'));
      expect(await dbStatus(t, 'applications', applicationId)).toBe('approved');
      const agreements = await t.platform.store.main.all('SELECT id FROM agreements WHERE application_id = $1', [applicationId]);
      expect(agreements).toHaveLength(1);
    });

    it('refuses approval while a consent is missing', async () => {
      const applicationId = await submitted([
        { datasetId: w.datasetId, columns: someColumns },
        { datasetId: otherDataset, columns: someColumns },
      ]);
      await refused(t, { applicationId }, 409, () => decide(t, applicationId));
      expect((await consent(t, w.source, applicationId, w.datasetId)).status).toBe(201);
      const res = await refused(t, { applicationId }, 409, () => decide(t, applicationId));
      expect(res.body.error.code).toBe('consent_missing');
      expect(res.body.error.message).toContain(otherDataset);
      expect(res.body.error.message).not.toContain(w.datasetId);
      expect(await dbStatus(t, 'applications', applicationId)).toBe('submitted');
    });

    it('refuses approval after a source unit refused', async () => {
      const applicationId = await submitted();
      expect((await consent(t, w.source, applicationId, w.datasetId, 'reject')).status).toBe(201);
      await refused(t, { applicationId }, 409, () => decide(t, applicationId));
      expect(await dbStatus(t, 'applications', applicationId)).toBe('refused');
      // The authority may still reject it.
      expect((await decide(t, applicationId, 'reject')).status).toBe(201);
      expect(await dbStatus(t, 'applications', applicationId)).toBe('rejected');
    });

    it('refuses a second consent for the same dataset, whatever it says', async () => {
      const applicationId = await submitted();
      expect((await consent(t, w.source, applicationId, w.datasetId)).status).toBe(201);
      const res = await refused(t, { applicationId }, 409, () => consent(t, w.source, applicationId, w.datasetId, 'reject'));
      expect(res.body.error.code).toBe('already_consented');
      await refused(t, { applicationId }, 409, () => consent(t, w.source, applicationId, w.datasetId, 'approve'));
      const consents = await t.platform.store.main.all('SELECT decision FROM consents WHERE application_id = $1', [applicationId]);
      expect(consents).toEqual([{ decision: 'approve' }]);
    });

    it('answers 404 to a consent from a source unit that does not own the dataset', async () => {
      // An application it is not concerned by at all.
      const onlyResidents = await submitted();
      await refused(t, { applicationId: onlyResidents }, 404, () => consent(t, otherSource, onlyResidents, w.datasetId));
      // An application that concerns it, but for the other unit's dataset.
      const both = await submitted([
        { datasetId: w.datasetId, columns: someColumns },
        { datasetId: otherDataset, columns: someColumns },
      ]);
      await refused(t, { applicationId: both }, 404, () => consent(t, otherSource, both, w.datasetId));
      await refused(t, { applicationId: both }, 404, () => consent(t, w.source, both, otherDataset));
      // A dataset that is not in the application.
      await refused(t, { applicationId: onlyResidents }, 404, () => consent(t, otherSource, onlyResidents, otherDataset));
      expect(await dbStatus(t, 'applications', both)).toBe('submitted');
    });

    it('lets only one of two simultaneous approvals through', async () => {
      const applicationId = await submitted();
      expect((await consent(t, w.source, applicationId, w.datasetId)).status).toBe(201);
      const answers = await Promise.all([decide(t, applicationId), decide(t, applicationId), decide(t, applicationId, 'reject')]);
      await t.platform.provisioner.idle();
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      const agreements = await t.platform.store.main.all('SELECT id FROM agreements WHERE application_id = $1', [applicationId]);
      const winner = answers.find((r) => r.status === 201);
      expect(agreements).toHaveLength(winner?.body.agreementId ? 1 : 0);
      expect(await dbStatus(t, 'applications', applicationId)).toBe(winner?.body.status);
    });

    it('records only one of two simultaneous consents for a dataset', async () => {
      const applicationId = await submitted();
      const answers = await Promise.all([consent(t, w.source, applicationId, w.datasetId, 'approve'), consent(t, w.source, applicationId, w.datasetId, 'reject')]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      const consents = await t.platform.store.main.all<{ decision: string }>('SELECT decision FROM consents WHERE application_id = $1', [applicationId]);
      expect(consents).toHaveLength(1);
      const winner = answers.find((r) => r.status === 201);
      expect(winner?.body.consents).toEqual([expect.objectContaining({ datasetId: w.datasetId, decision: consents[0].decision })]);
    });

    it('refuses approval when the rules in force now drop a requested column, and changes nothing', async () => {
      const dataset = await registerDataset(t, w.source, { ...residentsSchema, name: 'residents_redrawn' }, residentsCsv(10), residentsRules);
      const applicationId = await submitted([{ datasetId: dataset, columns: ['street', 'mobile'] }]);
      expect((await consent(t, w.source, applicationId, dataset)).status).toBe(201);
      await putRules(t, w.source, dataset, residentsRules.replace('{ strategy: mask, preset: cn_mobile }', '{ strategy: drop }'));
      const res = await refused(t, { applicationId }, 422, () => decide(t, applicationId));
      expect(res.body.error.details).toEqual([expect.objectContaining({ column: 'mobile', message: expect.stringContaining('drop') })]);
      expect(await dbStatus(t, 'applications', applicationId)).toBe('submitted');
    });

    it('refuses a consent after the decision', async () => {
      const rejected = await submitted();
      expect((await decide(t, rejected, 'reject')).status).toBe(201);
      const res = await refused(t, { applicationId: rejected }, 409, () => consent(t, w.source, rejected, w.datasetId));
      expect(res.body.error.code).toBe('already_decided');

      const both = await submitted([
        { datasetId: w.datasetId, columns: someColumns },
        { datasetId: otherDataset, columns: someColumns },
      ]);
      expect((await consent(t, w.source, both, w.datasetId, 'reject')).status).toBe(201);
      expect((await decide(t, both, 'reject')).status).toBe(201);
      await refused(t, { applicationId: both }, 409, () => consent(t, otherSource, both, otherDataset));
      expect(await dbStatus(t, 'applications', both)).toBe('rejected');
    });
  });

  describe('agreements', () => {
    it('refuses to resume an active agreement and to suspend twice', async () => {
      const { agreementId, sandboxId } = await agreement();
      const ids = { agreementId, sandboxId };
      const res = await refused(t, ids, 409, () => transition(t.authorityToken, agreementId, 'resume'));
      expect(res.body.error.code).toBe('illegal_transition');
      expect((await transition(t.authorityToken, agreementId, 'suspend')).status).toBe(200);
      expect(await dbStatus(t, 'agreements', agreementId)).toBe('suspended');
      await refused(t, ids, 409, () => transition(t.authorityToken, agreementId, 'suspend'));
      await refused(t, ids, 409, () => transition(w.operator.token, agreementId, 'suspend'));
      expect(await dbStatus(t, 'agreements', agreementId)).toBe('suspended');
      const sandbox = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(t.authorityToken));
      expect(sandbox.body.state).toBe('suspended');
    });

    it('refuses every transition of a destroyed agreement', async () => {
      const { agreementId, sandboxId } = await agreement();
      expect((await transition(t.authorityToken, agreementId, 'terminate')).status).toBe(200);
      await t.platform.expiry.settle();
      await t.platform.lifecycle.run();
      expect(await dbStatus(t, 'agreements', agreementId)).toBe('destroyed');
      const ids = { agreementId, sandboxId };
      for (const name of ['resume', 'suspend', 'terminate'] as const) {
        const res = await refused(t, ids, 409, () => transition(t.authorityToken, agreementId, name));
        expect(res.body.error.code).toBe('illegal_transition');
      }
      await refused(t, ids, 409, () => transition(w.operator.token, agreementId, 'suspend'));
      expect(await dbStatus(t, 'agreements', agreementId)).toBe('destroyed');
      const certificates = await t.platform.store.main.all('SELECT sandbox_id FROM destructions WHERE agreement_id = $1', [agreementId]);
      expect(certificates).toHaveLength(1);
    });

    it('lets its operator make a risk stop, but never resume or terminate', async () => {
      const { agreementId, sandboxId } = await agreement();
      const stop = await transition(w.operator.token, agreementId, 'suspend');
      expect(stop.status).toBe(200);
      expect(stop.body.status).toBe('suspended');
      const history = await t.http.get(`/api/v1/agreements/${agreementId}`).set(...bearer(w.operator.token));
      expect(history.body.history).toEqual([expect.objectContaining({ from: 'active', to: 'suspended', actorId: w.operator.id, reason: '测试' })]);
      const ids = { agreementId, sandboxId };
      await refused(t, ids, 403, () => transition(w.operator.token, agreementId, 'resume'));
      await refused(t, ids, 403, () => transition(w.operator.token, agreementId, 'terminate'));
      expect(await dbStatus(t, 'agreements', agreementId)).toBe('suspended');
      // The authority can resume it.
      expect((await transition(t.authorityToken, agreementId, 'resume')).status).toBe(200);
      expect(await dbStatus(t, 'agreements', agreementId)).toBe('active');
      const sandbox = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token));
      expect(sandbox.body.state).toBe('ready');
    });

    it('answers 404 to an operator of another unit, and to a source unit', async () => {
      const { agreementId, sandboxId } = await agreement();
      const ids = { agreementId, sandboxId };
      await refused(t, ids, 404, () => transition(otherOperator.token, agreementId, 'suspend'));
      await refused(t, ids, 403, () => transition(w.source.token, agreementId, 'suspend'));
      expect(await dbStatus(t, 'agreements', agreementId)).toBe('active');
    });
  });

  describe('application validation', () => {
    const cases: { name: string; body: () => Promise<object>; detail: object }[] = [
      {
        name: 'a term over 5 years',
        body: async () => ({ datasets: [{ datasetId: w.datasetId, columns: someColumns }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2031-01-10T00:00:00Z' }),
        detail: { path: 'endsAt', message: expect.stringContaining('5 years') },
      },
      {
        // 2026-01-01 + 5 calendar years is 2031-01-01; a day more exceeds the limit.
        name: 'a term of 5 years and a day',
        body: async () => ({ datasets: [{ datasetId: w.datasetId, columns: someColumns }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2031-01-02T00:00:00Z' }),
        detail: { path: 'endsAt', message: expect.stringContaining('5 years') },
      },
      {
        name: 'endsAt before startsAt',
        body: async () => ({ datasets: [{ datasetId: w.datasetId, columns: someColumns }], startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-05-01T00:00:00Z' }),
        detail: { path: 'endsAt', message: expect.stringContaining('after startsAt') },
      },
      {
        name: 'an unknown dataset',
        body: async () => ({ datasets: [{ datasetId: 'ds_does-not-exist', columns: someColumns }], ...term }),
        detail: { path: 'datasets.0', message: 'unknown dataset' },
      },
      {
        name: 'an unknown column',
        body: async () => ({ datasets: [{ datasetId: w.datasetId, columns: ['street', 'no_such_column'] }], ...term }),
        detail: { path: 'datasets.0', column: 'no_such_column', message: 'unknown column' },
      },
      {
        name: 'a closed dataset',
        body: async () => {
          const id = await registerDataset(t, w.source, { ...residentsSchema, name: 'residents_closed', openness: 'closed' }, residentsCsv(10), residentsRules);
          return { datasets: [{ datasetId: id, columns: someColumns }], ...term };
        },
        detail: { path: 'datasets.0', message: expect.stringContaining('closed') },
      },
      {
        name: 'a dataset with no rule set',
        body: async () => {
          const id = await registerDataset(t, w.source, { ...residentsSchema, name: 'residents_unruled' }, residentsCsv(10), null);
          return { datasets: [{ datasetId: w.datasetId, columns: someColumns }, { datasetId: id, columns: someColumns }], ...term };
        },
        detail: { path: 'datasets.1', message: expect.stringContaining('masking rule set') },
      },
      {
        name: 'a column dropped by the rules',
        body: async () => {
          const rules = residentsRules.replace('{ strategy: mask, preset: cn_mobile }', '{ strategy: drop }');
          expect(rules).not.toBe(residentsRules);
          const id = await registerDataset(t, w.source, { ...residentsSchema, name: 'residents_dropped' }, residentsCsv(10), rules);
          return { datasets: [{ datasetId: id, columns: ['street', 'mobile'] }], ...term };
        },
        detail: { path: 'datasets.0', column: 'mobile', message: expect.stringContaining('drop') },
      },
    ];

    it.each(cases)('answers 422 with details and creates nothing for $name', async ({ body, detail }) => {
      const payload = { scenario: '就业帮扶', purpose: '统计', ...(await body()) };
      const before = await snapshot(t, {});
      const res = await t.http.post('/api/v1/applications').set(...bearer(w.operator.token)).send(payload);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('invalid_application');
      expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining(detail)]));
      expect(await snapshot(t, {})).toEqual(before);
    });

    it('accepts a term of exactly 5 years', async () => {
      const res = await apply(t, w.operator, [{ datasetId: w.datasetId, columns: someColumns }], { startsAt: '2026-01-01T00:00:00Z', endsAt: '2031-01-01T00:00:00Z' });
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('submitted');
    });
  });
});
