/**
 * Attack: flooding the platform with statements. At most SHUYU_WORKERS_MAX workers run; past
 * the queue's bound a statement is refused with 503 busy and Retry-After. Idle workers stop
 * after SHUYU_WORKER_IDLE_MS, so memory follows the work, not the history.
 */
import { startZone, type Zone } from './zone-fixture';

describe('the worker pool under a flood', () => {
  let zone: Zone;
  beforeAll(async () => {
    zone = await startZone({ SHUYU_WORKERS_MAX: '1', SHUYU_WORKER_QUEUE: '1', SHUYU_WORKER_QUEUE_WAIT_MS: '5000', SHUYU_WORKER_IDLE_MS: '300', SHUYU_QUERY_TIMEOUT_MS: '1500' });
  });
  afterAll(() => zone.t.destroy());

  it('answers 503 busy with Retry-After past the queue, and queued statements still run', async () => {
    const slow = 'SELECT count(*) FROM residents a, residents b, residents c, residents d, residents e';
    const results = await Promise.all([zone.query(slow), zone.query('SELECT 1 AS one'), zone.query('SELECT 2 AS two'), zone.query('SELECT 3 AS three')]);
    const statuses = results.map((r) => r.status);
    expect(statuses[0]).toBe(408);
    const busy = results.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const b of busy) {
      expect(b.body.error?.code).toBe('busy');
      expect(Number(b.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(zone.t.platform.workers.size).toBeLessThanOrEqual(1);
  });

  it('stops idle workers after the idle time', async () => {
    expect((await zone.query('SELECT 1 AS one')).status).toBe(200);
    expect(zone.t.platform.workers.pids(zone.sandboxId)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(zone.t.platform.workers.size).toBe(0);
  });
});
