/**
 * The isolated-zone attacks' shared world: a platform with an approved agreement and its
 * sandbox, an operator's dev query, and a /healthz sampler that measures how the platform
 * answers while an attack runs in a sandbox worker.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld, type World } from '../../fixtures/demo-world';

export type Zone = {
  t: TestPlatform; w: World; sandboxId: string; agreementId: string;
  query(sql: string, token?: string): Promise<{ status: number; body: { error?: { code: string; message: string }; rows?: unknown[][]; columns?: { name: string; type: string }[] }; headers: Record<string, string>; ms: number }>;
};

export async function startZone(env: Record<string, string> = {}): Promise<Zone> {
  const t = await startTestPlatform({ env });
  const w = await residentsWorld(t);
  const { sandboxId, agreementId } = await approvedAgreement(t, w);
  return {
    t, w, sandboxId, agreementId,
    query: async (sql, token = w.operator.token) => {
      const started = Date.now();
      const res = await t.http.post(`/api/v1/sandboxes/${sandboxId}/query`).set(...bearer(token)).send({ sql, tier: 'dev' });
      return { status: res.status, body: res.body as Zone['query'] extends (...a: never[]) => Promise<infer R> ? R extends { body: infer B } ? B : never : never, headers: res.headers as Record<string, string>, ms: Date.now() - started };
    },
  };
}

/**
 * Samples GET /healthz every 20 ms over one kept-alive connection to a listening server (as a
 * load balancer would) until stopped; returns every latency in ms, the failures and the p99.
 */
export function sampleHealth(t: TestPlatform): { stop(): Promise<{ latencies: number[]; failures: number; p99: number }> } {
  const latencies: number[] = [];
  let failures = 0;
  let running = true;
  const server = http.createServer(t.app);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (port: number) => new Promise<number>((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', () => resolve(0));
  });
  const loop = (async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    while (running) {
      const started = performance.now();
      const status = await get(port);
      latencies.push(performance.now() - started);
      if (status !== 200) failures += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
      const sorted = [...latencies].sort((a, b) => a - b);
      return { latencies, failures, p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0 };
    },
  };
}

/** The audit entries of one action on the sandbox. */
export async function auditOf(zone: Zone, action: string) {
  await zone.t.platform.audit.flush();
  return (await zone.t.platform.audit.find({ limit: 10_000 })).filter((e) => e.action === action && e.resource === `sandbox:${zone.sandboxId}`);
}
