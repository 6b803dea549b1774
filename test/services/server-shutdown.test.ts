/**
 * Graceful shutdown: stop() while requests are in flight over real HTTP. Every request that got
 * a 2xx must be in the audit log after a restart, once, and the chain must verify. A request
 * that reaches an open keep-alive connection after stop() began gets a 503 `shutting_down` with
 * `Connection: close` (and changes nothing), never a connection reset.
 */
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildPlatform } from '../../services/composition-root';
import { startServer } from '../../services/server';
import { AUTHORITY_TOKEN, makeTempDir, testConfig } from '../fixtures/test-platform';

type Outcome = { status: number; requestId: string; code: string | null; connection: string | null; finishedAfterStop: boolean };

type Answer = {
  kind: 'answer';
  status: number;
  requestId: string;
  sentId: string;
  name: string | null;
  connection: string | undefined;
  retryAfter: string | undefined;
  code: string | undefined;
  bodyRequestId: string | undefined;
};
type Failure = { kind: 'failure'; code: string; message: string; reusedSocket: boolean };

type Call = { method: 'GET' | 'POST'; path: string; body?: unknown; requestId: string; name?: string };

/** One request over node:http through `agent`; resolves with the answer or the socket error, never rejects. */
function send(agent: http.Agent, port: number, call: Call): Promise<Answer | Failure> {
  const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: call.method,
        path: call.path,
        headers: {
          Authorization: `Bearer ${AUTHORITY_TOKEN}`,
          'X-Request-Id': call.requestId,
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const parsed = (text ? JSON.parse(text) : {}) as { error?: { code?: string; requestId?: string } };
          resolve({
            kind: 'answer',
            status: res.statusCode ?? 0,
            requestId: String(res.headers['x-request-id'] ?? ''),
            sentId: call.requestId,
            name: call.name ?? null,
            connection: res.headers.connection,
            retryAfter: res.headers['retry-after'],
            code: parsed.error?.code,
            bodyRequestId: parsed.error?.requestId,
          });
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ kind: 'failure', code: error.code ?? '', message: error.message, reusedSocket: req.reusedSocket }),
    );
    req.end(payload);
  });
}

async function auditLog(dir: string) {
  const platform = await buildPlatform(testConfig(dir));
  try {
    const report = await platform.audit.verify();
    const entries = await platform.audit.find({ limit: 100_000 });
    const principals = await platform.principals.list();
    return { report, entries, principals };
  } finally {
    await platform.close();
  }
}

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
      const body = (await res.json()) as { error?: { code?: string } };
      return { status: res.status, requestId: res.headers.get('x-request-id') ?? '', code: body.error?.code ?? null, connection: res.headers.get('connection'), finishedAfterStop: stopCalled };
    };

    const requests = Array.from({ length: 50 }, (_, i) => send(i));
    await Promise.race(requests);
    stopCalled = true;
    const stopped = running.stop();
    const settled = await Promise.allSettled(requests);
    await stopped;

    const answered = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const served = answered.filter((o) => o.status === 200);
    const refused = answered.filter((o) => o.status !== 200);
    expect(served.length).toBeGreaterThan(0);
    // A request that reached the server only after stop() began is refused, not served and not reset.
    for (const o of refused) expect(o).toMatchObject({ status: 503, code: 'shutting_down', connection: 'close' });
    expect(answered.some((o) => o.finishedAfterStop)).toBe(true); // stop() really overlapped live requests
    expect(new Set(answered.map((o) => o.requestId)).size).toBe(answered.length);

    // The server is gone: new connections are refused.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    const { report, entries } = await auditLog(dir);
    expect(report.valid).toBe(true);
    expect(report.anchor).toMatchObject({ seq: report.head.seq, hash: report.head.hash, signatureValid: true });
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
    const logged = entries.filter((e) => e.action === 'me.read').map((e) => e.requestId);
    for (const o of served) expect(logged.filter((id) => id === o.requestId)).toHaveLength(1);
    for (const o of refused) expect(entries.some((e) => e.requestId === o.requestId)).toBe(false);
    // Nothing was logged for requests that never reached the app.
    expect(logged.every((id) => /^00000000-0000-4000-8000-000000000\d{3}$/.test(id))).toBe(true);
    expect(logged.length).toBeGreaterThanOrEqual(served.length);
    expect(logged.length).toBeLessThanOrEqual(50 - refused.length);
  });

  it('answers requests sent on keep-alive connections during shutdown with 503 and Connection: close, never a reset', async () => {
    const running = await startServer(testConfig(dir, { SHUYU_PORT: '0' }));
    const { port } = running.server.address() as AddressInfo;
    const clients = 8;
    const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
    const results: (Answer | Failure)[] = [];
    let stopped: Promise<void> | null = null;

    // Each client sends back to back until a request fails; odd clients create principals (POST).
    const client = async (c: number) => {
      for (let i = 0; i < 10_000; i += 1) {
        const requestId = crypto.randomUUID();
        const name = `shutdown client ${c} request ${i}`;
        const call: Call =
          c % 2 === 1
            ? { method: 'POST', path: '/api/v1/principals', body: { name, role: 'auditor', unit: 'audit-unit' }, requestId, name }
            : { method: 'GET', path: '/api/v1/me', requestId };
        const result = await send(agent, port, call);
        results.push(result);
        if (result.kind === 'failure') return;
        // Mid-stream: stop right after a keep-alive answer, so this client's next request meets the drain.
        if (c === 0 && i === 15) stopped = running.stop();
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
    expect(stopped).not.toBeNull();
    await stopped;
    agent.destroy();

    // Only a brand-new connection after the listener closed may fail, and only as refused.
    const failures = results.filter((r): r is Failure => r.kind === 'failure');
    expect(failures.filter((f) => f.code !== 'ECONNREFUSED' || f.reusedSocket)).toEqual([]);
    expect(failures).toHaveLength(clients); // every client ended on a refused new connection

    const answers = results.filter((r): r is Answer => r.kind === 'answer');
    const served = answers.filter((a) => a.status === 200 || a.status === 201);
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => ![200, 201, 503].includes(a.status))).toEqual([]);
    expect(served.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of served) expect(a.status).toBe(a.name ? 201 : 200);
    for (const a of refused) {
      expect(a).toMatchObject({ connection: 'close', retryAfter: '1', code: 'shutting_down', requestId: a.sentId, bodyRequestId: a.sentId });
    }

    const { report, entries, principals } = await auditLog(dir);
    expect(report.valid).toBe(true);
    const countOf = (requestId: string) => entries.filter((e) => e.requestId === requestId).length;
    for (const a of served) expect(countOf(a.requestId)).toBe(1);
    for (const a of refused) expect(countOf(a.sentId)).toBe(0);
    // A refused POST created nothing; every served one created exactly one principal.
    const names = principals.map((p) => p.name);
    for (const a of served.filter((s) => s.name)) expect(names.filter((n) => n === a.name)).toHaveLength(1);
    for (const a of refused.filter((r) => r.name)) expect(names).not.toContain(a.name);
  });

  it('lets a request in flight when stop begins finish, answered with Connection: close', async () => {
    const running = await startServer(testConfig(dir, { SHUYU_PORT: '0' }));
    const { port } = running.server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true });
    const requestId = crypto.randomUUID();
    const body = JSON.stringify({ name: 'in flight at stop', role: 'auditor', unit: 'audit-unit' });
    const req = http.request({
      agent,
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/principals',
      headers: { Authorization: `Bearer ${AUTHORITY_TOKEN}`, 'X-Request-Id': requestId, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    const response = new Promise<http.IncomingMessage>((resolve, reject) => {
      req.on('response', resolve);
      req.on('error', reject);
    });
    const arrived = once(running.server, 'request');
    req.write(body.slice(0, 10)); // the headers and part of the body: the app has the request, waiting for the rest
    await arrived;
    const stopped = running.stop();
    req.end(body.slice(10));
    const res = await response;
    res.resume();
    await once(res, 'end');
    expect(res.statusCode).toBe(201);
    expect(res.headers.connection).toBe('close');
    await stopped;
    agent.destroy();

    const { report, entries, principals } = await auditLog(dir);
    expect(report.valid).toBe(true);
    expect(entries.filter((e) => e.requestId === requestId).map((e) => e.action)).toEqual(['principal.create']);
    expect(principals.map((p) => p.name)).toContain('in flight at stop');
  });

  it('closes a keep-alive connection that stays silent after a short grace, without waiting out the keep-alive timeout', async () => {
    const running = await startServer(testConfig(dir, { SHUYU_PORT: '0' }));
    running.server.keepAliveTimeout = 60_000;
    const { port } = running.server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true });
    const req = http.get({ agent, host: '127.0.0.1', port, path: '/api/v1/me', headers: { Authorization: `Bearer ${AUTHORITY_TOKEN}` } });
    const [res] = (await once(req, 'response')) as [http.IncomingMessage];
    res.resume();
    await once(res, 'end');
    expect(res.headers.connection).toBe('keep-alive');
    const socket = req.socket;
    if (!socket) throw new Error('the request has no socket');
    const socketClosed = once(socket, 'close') as Promise<[boolean]>;

    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    const [hadError] = await socketClosed;
    expect(hadError).toBe(false); // closed, not reset
    agent.destroy();
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
