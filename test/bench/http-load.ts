/**
 * A bounded closed-loop HTTP load generator: `concurrency` workers, each issuing its next
 * request as soon as the previous one has answered, over keep-alive connections, until a
 * fixed number of requests is done or a duration has passed (whichever comes first; a hard
 * request cap keeps every loop bounded). Traffic goes to 127.0.0.1 only.
 */
import http from 'node:http';
import { summarize, type LatencySummary } from './bench-report';

export type LoadOptions = {
  port: number;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  concurrency: number;
  /** Stop after this many requests in total. */
  requests?: number;
  /** Stop issuing new requests after this many milliseconds. */
  durationMs?: number;
  /** Per-request timeout; a timed-out request counts as an error. */
  timeoutMs?: number;
};

export type LoadResult = {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
  throughput: number;
  latencyMs: LatencySummary;
  statusCounts: Record<string, number>;
};

export const LOOPBACK = '127.0.0.1';
/** The hard cap on requests in one run, whatever the options say. */
export const MAX_REQUESTS = 2_000_000;

type Answer = { status: number } | { error: string };

export async function runHttpLoad(options: LoadOptions): Promise<LoadResult> {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new Error('concurrency must be a positive integer');
  if (options.requests === undefined && options.durationMs === undefined) throw new Error('give requests or durationMs');
  const limit = Math.min(options.requests ?? MAX_REQUESTS, MAX_REQUESTS);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = options.durationMs === undefined ? Number.POSITIVE_INFINITY : started + options.durationMs;

  const worker = async (): Promise<void> => {
    while (issued < limit && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      const answer = await send(agent, options);
      latencies.push(performance.now() - t0);
      if ('error' in answer) {
        errors += 1;
        continue;
      }
      statusCounts[answer.status] = (statusCounts[answer.status] ?? 0) + 1;
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  let ok = 0;
  let non2xx = 0;
  for (const [status, count] of Object.entries(statusCounts)) {
    if (Number(status) >= 200 && Number(status) < 300) ok += count;
    else non2xx += count;
  }
  return { requests: latencies.length, ok, non2xx, errors, seconds, throughput: ok / seconds, latencyMs: summarize(latencies), statusCounts };
}

function send(agent: http.Agent, options: LoadOptions): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
    const req = http.request(
      { host: LOOPBACK, port: options.port, path: options.path, method: options.method ?? 'GET', headers, agent },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', (e) => resolve({ error: String(e) }));
      },
    );
    req.setTimeout(options.timeoutMs ?? 10_000, () => req.destroy(new Error('request timed out')));
    req.on('error', (e) => resolve({ error: String(e) }));
    req.end(options.body);
  });
}
