/**
 * A Shuyu platform for the data benchmarks: `buildPlatform` with a config from `loadConfig` on a
 * temporary data directory (no demo, silent logs, no cron schedules, so the bench drives the
 * lifecycle itself), listening on an ephemeral port of 127.0.0.1. Plus a small JSON client and a
 * streamed upload, both over real HTTP to that port.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig } from '../../services/config/config';
import { buildPlatform, type Platform } from '../../services/composition-root';
import { BENCH_AUTHORITY_TOKEN } from './bench-server';
import { benchTempDir, removeBenchTempDir } from './bench-temp';
import { LOOPBACK } from './http-load';

export const API = '/api/v1';

export type Party = { id: string; token: string };

export type BenchPlatform = {
  platform: Platform;
  port: number;
  dataDir: string;
  authority: string;
  /** A JSON call; a string body is sent as-is with `contentType` (default application/json). */
  call<T = Record<string, unknown>>(method: string, route: string, token: string, body?: unknown, contentType?: string): Promise<ApiAnswer<T>>;
  principal(role: 'source' | 'operator' | 'auditor', unit: string): Promise<Party>;
  /** Closes the server and the platform, then removes the data directory. */
  stop(): Promise<void>;
};

export type ApiAnswer<T> = { status: number; body: T };

export async function startBenchPlatform(label: string, env: Record<string, string> = {}): Promise<BenchPlatform> {
  const dataDir = benchTempDir(label);
  let platform: Platform | null = null;
  try {
    platform = await buildPlatform(loadConfig({
      SHUYU_DATA_DIR: dataDir,
      SHUYU_AUTHORITY_TOKEN: BENCH_AUTHORITY_TOKEN,
      SHUYU_LOG_LEVEL: 'silent',
      SHUYU_DEMO: '0',
      SHUYU_RUNS_PER_DAY: '100000',
      SHUYU_RUNS_PER_MODEL_PER_DAY: '100000',
      SHUYU_UPLOAD_LIMIT: '2gb',
      SHUYU_AUDIT_HMAC_KEY: 'bench-anchor-hmac-key-0123456789abcdefghijklmnopqrstuvwxyz',
      ...env,
    }));
    const app = platform.app;
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, LOOPBACK, () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    const built = platform;
    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await built.close();
      })().finally(() => removeBenchTempDir(dataDir)));
    const call = <T>(method: string, route: string, token: string, body?: unknown, contentType?: string) => jsonCall<T>(port, method, route, token, body, contentType);
    let principals = 0;
    const principal = async (role: 'source' | 'operator' | 'auditor', unit: string): Promise<Party> => {
      principals += 1;
      const res = await call<{ id: string; token: string }>('POST', '/principals', BENCH_AUTHORITY_TOKEN, { name: `bench-${role}-${principals}`, role, unit });
      if (res.status !== 201) throw new Error(`could not create a ${role}: ${res.status} ${JSON.stringify(res.body)}`);
      return { id: res.body.id, token: res.body.token };
    };
    return { platform: built, port, dataDir, authority: BENCH_AUTHORITY_TOKEN, call, principal, stop };
  } catch (error) {
    await platform?.close().catch(() => undefined);
    removeBenchTempDir(dataDir);
    throw error;
  }
}

/** One JSON request to the API on 127.0.0.1; text bodies are sent as-is with their content type. */
export function jsonCall<T>(port: number, method: string, route: string, token: string, body?: unknown, contentType = 'application/json'): Promise<ApiAnswer<T>> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string | number> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (payload !== undefined) Object.assign(headers, { 'content-type': contentType, 'content-length': Buffer.byteLength(payload) });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: LOOPBACK, port, method, path: `${API}${route}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : {}) as T });
        } catch {
          reject(new Error(`${method} ${route}: not JSON (${res.statusCode}): ${text.slice(0, 200)}`));
        }
      });
      res.on('error', reject);
    });
    req.setTimeout(600_000, () => req.destroy(new Error(`${method} ${route} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** `PUT /datasets/:id/data`, streaming `file` from disk; resolves with the answer and the wall time. */
export function streamUpload(port: number, datasetId: string, token: string, file: string, contentType: string): Promise<ApiAnswer<Record<string, unknown>> & { seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: LOOPBACK, port, method: 'PUT', path: `${API}/datasets/${datasetId}/data`,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': contentType, 'content-length': fs.statSync(file).size },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const seconds = (performance.now() - started) / 1000;
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown>, seconds });
        } catch {
          reject(new Error(`upload answered ${res.statusCode} with non-JSON: ${text.slice(0, 200)}`));
        }
      });
      res.on('error', reject);
    });
    req.setTimeout(900_000, () => req.destroy(new Error('upload timed out')));
    req.on('error', reject);
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 }).on('error', reject).pipe(req);
  });
}

/** Fails with the answer unless its status is `expected`. */
export function expectStatus<T>(answer: ApiAnswer<T>, expected: number, what: string): T {
  if (answer.status !== expected) throw new Error(`${what}: expected ${expected}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
  return answer.body;
}
