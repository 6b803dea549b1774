/**
 * Attack: a result of a few rows that is hundreds of megabytes (`repeat('x', 100000000)`). The
 * byte cap stops it while it streams, in the worker: 413 result_too_large, JSON and Arrow alike,
 * and the platform keeps answering.
 */
import { bearer } from '../../fixtures/test-platform';
import { sampleHealth, startZone, type Zone } from './zone-fixture';

describe('an oversized result', () => {
  let zone: Zone;
  beforeAll(async () => {
    zone = await startZone({ SHUYU_RESULT_MAX_BYTES: String(4 * 1024 * 1024) });
  });
  afterAll(() => zone.t.destroy());

  it('ends in 413 result_too_large as JSON', async () => {
    const health = sampleHealth(zone.t);
    const res = await zone.query("SELECT repeat('x', 100000000) AS x FROM residents LIMIT 5");
    const { p99, failures } = await health.stop();
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('result_too_large');
    expect(failures).toBe(0);
    expect(p99).toBeLessThan(100);
  });

  it('ends in 413 result_too_large as Arrow, before the first byte', async () => {
    const res = await zone.t.http.post(`/api/v1/sandboxes/${zone.sandboxId}/query`).set(...bearer(zone.w.operator.token))
      .set('Accept', 'application/vnd.apache.arrow.stream').send({ sql: "SELECT repeat('x', 3000000) AS x FROM residents", tier: 'dev' });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('result_too_large');
  });

  it('still answers results under the cap', async () => {
    const res = await zone.query("SELECT repeat('x', 1000) AS x FROM residents LIMIT 5");
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(5);
  });
});
