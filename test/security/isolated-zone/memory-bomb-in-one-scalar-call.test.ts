/**
 * Attack: one scalar call that allocates far past DuckDB's memory limit (the limit does not
 * cover it, and no interrupt stops it). The worker's OS memory cap stops it: the request ends
 * in a 4xx within the deadline, /healthz keeps answering, the platform survives, the next
 * query gets a fresh worker, and the attempt is in the audit log (write-ahead start, end).
 */
import { auditOf, sampleHealth, startZone, type Zone } from './zone-fixture';

describe('a memory bomb in one scalar call', () => {
  let zone: Zone;
  beforeAll(async () => {
    zone = await startZone({ SHUYU_WORKER_MEMORY_LIMIT: '512MB', SHUYU_SANDBOX_MEMORY_LIMIT: '256MB', SHUYU_QUERY_TIMEOUT_MS: '20000' });
  });
  afterAll(() => zone.t.destroy());

  it('ends in 422 resource_limit while the platform keeps answering, and is audited', async () => {
    await zone.query('SELECT count(*) FROM residents');
    const [before] = zone.t.platform.workers.pids(zone.sandboxId);
    const health = sampleHealth(zone.t);
    const attack = await zone.query("SELECT len(string_split(repeat('a,', 100000000), ',')) AS n");
    const { p99, failures, latencies } = await health.stop();

    expect(attack.status).toBe(422);
    expect(attack.body.error?.code).toBe('resource_limit');
    expect(attack.ms).toBeLessThan(20_000);
    expect(latencies.length).toBeGreaterThan(0);
    expect(failures).toBe(0);
    expect(p99).toBeLessThan(100);
    // The worker that ran it is gone; the next query is answered by a fresh one.
    expect(zone.t.platform.workers.pids(zone.sandboxId)).not.toContain(before);
    const next = await zone.query('SELECT count(*) AS n FROM residents');
    expect(next.status).toBe(200);

    const starts = await auditOf(zone, 'statement.start');
    const ends = await auditOf(zone, 'statement.end');
    const attackStart = starts.find((s) => s.requestId === (attack.headers['x-request-id'] ?? ''));
    expect(attackStart).toBeDefined();
    expect(ends.find((e) => e.details.statementId === attackStart?.details.statementId)?.outcome).toBe('denied');
    expect((await auditOf(zone, 'sandbox.query')).some((e) => e.requestId === attack.headers['x-request-id'] && e.outcome !== 'allowed')).toBe(true);
  });
});
