/**
 * Attack: keep a statement running so that sealing has to work around it (files held open,
 * results still streaming after the term). Sealing kills the sandbox's workers before any file
 * is touched: the running statement ends with 410, no worker of the sandbox is left, and a
 * statement queued behind it never starts.
 */
import fs from 'node:fs';
import { bearer } from '../../fixtures/test-platform';
import { startZone, type Zone } from './zone-fixture';

const SLOW = 'SELECT count(*) FROM residents a, residents b, residents c, residents d, residents e';

describe('sealing while statements run', () => {
  let zone: Zone;
  beforeAll(async () => {
    zone = await startZone({ SHUYU_QUERY_TIMEOUT_MS: '60000', SHUYU_WORKERS_MAX: '1' });
  });
  afterAll(() => zone.t.destroy());

  it('kills the workers first: the running statement answers 410, the queued one too, and no worker remains', async () => {
    const running = zone.query(SLOW);
    for (let i = 0; i < 100 && zone.t.platform.workers.pids(zone.sandboxId).length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const [pid] = zone.t.platform.workers.pids(zone.sandboxId);
    expect(pid).toBeGreaterThan(0);
    const queued = zone.query('SELECT 1 AS one');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const started = Date.now();
    await zone.t.http.post(`/api/v1/agreements/${zone.agreementId}/terminate`).set(...bearer(zone.t.authorityToken)).send({ reason: '风险处置' });
    await zone.t.platform.expiry.run();
    const [first, second] = await Promise.all([running, queued]);
    expect(first.status).toBe(410);
    expect(second.status).toBe(410);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(zone.t.platform.workers.pids(zone.sandboxId)).toEqual([]);
    expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
    expect(fs.existsSync(zone.t.platform.files.dir(zone.sandboxId))).toBe(false);
  });
});
