/**
 * The expiry schedule: a node-cron job on SHUYU_EXPIRY_CRON (six fields, with seconds, here)
 * drives agreements past endsAt through expired → sealed → destroyed; an invalid expression
 * stops the platform from starting; a terminated agreement is sealed and destroyed at once,
 * because the terminate route kicks the job without waiting for the schedule.
 */
import fs from 'node:fs';
import { SettableClock } from '../../../services/config/clock';
import { buildPlatform } from '../../../services/composition-root';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { poll, sandboxDir, startScheduledPlatform } from '../../fixtures/lifecycle-helpers';
import { bearer, makeTempDir, startTestPlatform, testConfig, type TestPlatform } from '../../fixtures/test-platform';

async function status(t: TestPlatform, agreementId: string): Promise<string> {
  const res = await t.http.get(`/api/v1/agreements/${agreementId}`).set(...bearer(t.authorityToken));
  expect(res.status).toBe(200);
  return res.body.status as string;
}

async function historyOf(t: TestPlatform, agreementId: string): Promise<{ to: string; actorId: string | null }[]> {
  const res = await t.http.get(`/api/v1/agreements/${agreementId}`).set(...bearer(t.authorityToken));
  return (res.body.history as { to: string; actorId: string | null }[]).map((h) => ({ to: h.to, actorId: h.actorId }));
}

describe('expiry schedule', () => {
  it('destroys an agreement on the schedule once the clock passes endsAt', async () => {
    const t = await startScheduledPlatform({ SHUYU_EXPIRY_CRON: '* * * * * *' });
    try {
      const w = await residentsWorld(t, 60);
      const { agreementId, sandboxId } = await approvedAgreement(t, w);
      // Ticks inside the term leave it alone.
      t.clock.set('2026-06-30T23:59:59Z');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await status(t, agreementId)).toBe('active');

      t.clock.set('2026-07-01T00:00:01Z');
      expect(await poll(async () => (await status(t, agreementId)) === 'destroyed', 5000, 100)).toBe(true);
      expect(await historyOf(t, agreementId)).toEqual([
        { to: 'expired', actorId: null }, { to: 'sealed', actorId: null }, { to: 'destroyed', actorId: null },
      ]);
      expect(fs.existsSync(sandboxDir(t, sandboxId))).toBe(false);
      expect((await t.http.get(`/api/v1/agreements/${agreementId}/certificate`).set(...bearer(t.authorityToken))).status).toBe(200);
    } finally {
      await t.destroy();
    }
  });

  it.each(['every minute please', '61 * * * * *', '* * * * * * *'])('refuses to start with SHUYU_EXPIRY_CRON=%j', async (cron) => {
    const dir = makeTempDir();
    try {
      const start = async () => buildPlatform(testConfig(dir, { SHUYU_EXPIRY_CRON: cron }), { clock: new SettableClock('2026-01-05T08:00:00Z'), schedules: true });
      await expect(start()).rejects.toThrow(/SHUYU_EXPIRY_CRON/);
      // A failed start leaves the data directory usable.
      const t = await startTestPlatform({ dataDir: dir });
      expect((await t.http.get('/api/v1/me').set(...bearer(t.authorityToken))).status).toBe(200);
      await t.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('seals and destroys a terminated agreement at once, without the schedule or the clock', async () => {
    const t = await startTestPlatform();
    try {
      const w = await residentsWorld(t, 60);
      const { agreementId, sandboxId } = await approvedAgreement(t, w);
      const terminated = await t.http.post(`/api/v1/agreements/${agreementId}/terminate`).set(...bearer(t.authorityToken)).send({ reason: '违规使用' });
      expect(terminated.status).toBe(200);
      expect(terminated.body.status).toBe('terminated');
      expect(await poll(async () => (await status(t, agreementId)) === 'destroyed', 5000, 50)).toBe(true);
      expect(await historyOf(t, agreementId)).toEqual([
        { to: 'terminated', actorId: expect.any(String) }, { to: 'sealed', actorId: null }, { to: 'destroyed', actorId: null },
      ]);
      expect(fs.existsSync(sandboxDir(t, sandboxId))).toBe(false);
      expect((await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token))).status).toBe(410);
    } finally {
      await t.destroy();
    }
  });

  it('seals and destroys an agreement terminated while its sandbox is still provisioning', async () => {
    const t = await startTestPlatform();
    try {
      const w = await residentsWorld(t, 300);
      const applied = await t.http.post('/api/v1/applications').set(...bearer(w.operator.token))
        .send({ scenario: '就业帮扶', purpose: '统计', datasets: [{ datasetId: w.datasetId, columns: ['id_number', 'street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' });
      const applicationId = applied.body.id as string;
      await t.http.post(`/api/v1/applications/${applicationId}/consents`).set(...bearer(w.source.token)).send({ datasetId: w.datasetId, decision: 'approve' });
      const decided = await t.http.post(`/api/v1/applications/${applicationId}/decision`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
      expect(decided.status).toBe(201);
      const { agreementId, sandboxId } = decided.body as { agreementId: string; sandboxId: string };
      // No wait for provisioning.
      const terminated = await t.http.post(`/api/v1/agreements/${agreementId}/terminate`).set(...bearer(t.authorityToken)).send({ reason: '立即终止' });
      expect(terminated.status).toBe(200);
      expect(await poll(async () => (await status(t, agreementId)) === 'destroyed', 10_000, 50)).toBe(true);
      await t.platform.provisioner.idle();
      await t.platform.expiry.settle();
      expect(fs.existsSync(sandboxDir(t, sandboxId))).toBe(false);
      const sandbox = await t.platform.store.main.one<{ state: string }>('SELECT state FROM sandboxes WHERE id = $1', [sandboxId]);
      expect(sandbox?.state).toBe('destroyed');
      expect(await t.platform.store.main.all('SELECT * FROM sandbox_keys WHERE sandbox_id = $1', [sandboxId])).toEqual([]);
      expect(await t.platform.audit.find({ action: 'sandbox.destroyed', agreement: agreementId, limit: 10 })).toHaveLength(1);
      expect((await t.http.get('/api/v1/audit/verify').set(...bearer(t.authorityToken))).body.valid).toBe(true);
    } finally {
      await t.destroy();
    }
  });

  it('does not start a run while one is in progress', async () => {
    const t = await startTestPlatform();
    try {
      const first = t.platform.expiry.run();
      const second = t.platform.expiry.run();
      expect(second).toBe(first);
      await first;
      expect(t.platform.expiry.run()).not.toBe(first);
      await t.platform.expiry.settle();
    } finally {
      await t.destroy();
    }
  });
});
