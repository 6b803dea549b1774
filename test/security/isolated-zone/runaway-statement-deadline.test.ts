/**
 * Attack: a statement that runs past its deadline. The worker is killed at the wall-clock
 * deadline (not asked to stop): 408 within the deadline plus a margin, the platform answers
 * throughout, and the next statement runs on a fresh worker.
 */
import { sampleHealth, startZone, type Zone } from './zone-fixture';

describe('a runaway statement', () => {
  let zone: Zone;
  beforeAll(async () => {
    zone = await startZone({ SHUYU_QUERY_TIMEOUT_MS: '1500' });
  });
  afterAll(() => zone.t.destroy());

  it('is killed at the deadline: 408, and the platform keeps serving', async () => {
    const health = sampleHealth(zone.t);
    const res = await zone.query('SELECT count(*) FROM residents a, residents b, residents c, residents d, residents e');
    const { p99, failures } = await health.stop();
    expect(res.status).toBe(408);
    expect(res.body.error?.code).toBe('query_timeout');
    expect(res.ms).toBeLessThan(1500 + 3000);
    expect(failures).toBe(0);
    expect(p99).toBeLessThan(100);
    expect((await zone.query('SELECT count(*) AS n FROM residents')).status).toBe(200);
  });

  it('a worker killed from outside mid-query ends the request with 503 worker_lost', async () => {
    await zone.query('SELECT 1 AS one');
    const pending = zone.query('SELECT count(*) FROM residents a, residents b, residents c, residents d, residents e');
    let pid: number | undefined;
    for (let i = 0; i < 100 && pid === undefined; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      [pid] = zone.t.platform.workers.pids(zone.sandboxId);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(pid as number, 'SIGKILL');
    const res = await pending;
    expect(res.status).toBe(503);
    expect(res.body.error?.code).toBe('worker_lost');
    expect(res.headers['retry-after']).toBe('1');
    expect((await zone.query('SELECT count(*) AS n FROM residents')).status).toBe(200);
  });
});
