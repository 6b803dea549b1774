/**
 * Graceful shutdown: stop() while requests are in flight over real HTTP. Every request that got
 * a response must be in the audit log after a restart, once, and the chain must verify.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildPlatform } from '../../services/composition-root';
import { startServer } from '../../services/server';
import { AUTHORITY_TOKEN, makeTempDir, testConfig } from '../fixtures/test-platform';

type Outcome = { status: number; requestId: string; finishedAfterStop: boolean };

describe('server shutdown', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('shuyu-shutdown-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('drains in-flight requests, flushes the audit log and leaves a verifiable chain', async () => {
    const running = await startServer(testConfig(dir, { SHUYU_PORT: '0' }));
    const { port } = running.server.address() as AddressInfo;
    let stopCalled = false;

    const send = async (i: number): Promise<Outcome> => {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/me`, {
        headers: { Authorization: `Bearer ${AUTHORITY_TOKEN}`, 'X-Request-Id': `00000000-0000-4000-8000-000000000${String(i).padStart(3, '0')}` },
      });
      await res.arrayBuffer();
      return { status: res.status, requestId: res.headers.get('x-request-id') ?? '', finishedAfterStop: stopCalled };
    };

    const requests = Array.from({ length: 50 }, (_, i) => send(i));
    await Promise.race(requests);
    stopCalled = true;
    const stopped = running.stop();
    const settled = await Promise.allSettled(requests);
    await stopped;

    const answered = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((o) => o.status === 200)).toBe(true);
    expect(answered.some((o) => o.finishedAfterStop)).toBe(true); // stop() really overlapped live requests
    expect(new Set(answered.map((o) => o.requestId)).size).toBe(answered.length);

    // The server is gone: new connections are refused.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    const platform = await buildPlatform(testConfig(dir));
    try {
      const report = await platform.audit.verify();
      expect(report.valid).toBe(true);
      expect(report.anchor).toMatchObject({ seq: report.head.seq, hash: report.head.hash, signatureValid: true });
      const entries = await platform.audit.find({ limit: 1000 });
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
      const logged = entries.filter((e) => e.action === 'me.read').map((e) => e.requestId);
      for (const o of answered) expect(logged.filter((id) => id === o.requestId)).toHaveLength(1);
      // Nothing was logged for requests that never reached the server.
      expect(logged.every((id) => /^00000000-0000-4000-8000-000000000\d{3}$/.test(id))).toBe(true);
      expect(logged.length).toBeGreaterThanOrEqual(answered.length);
      expect(logged.length).toBeLessThanOrEqual(50);
    } finally {
      await platform.close();
    }
  });

  it('stop() is idempotent and an idle server stops at once', async () => {
    const running = await startServer(testConfig(dir, { SHUYU_PORT: '0' }));
    const started = Date.now();
    await Promise.all([running.stop(), running.stop()]);
    expect(Date.now() - started).toBeLessThan(5_000);
    const platform = await buildPlatform(testConfig(dir));
    try {
      expect(await platform.audit.verify()).toMatchObject({ valid: true, entries: 1 });
    } finally {
      await platform.close();
    }
  });
});
