/**
 * A real Shuyu server for benchmarks: `startServer` with a config from `loadConfig`, on its own
 * temporary data directory, on an ephemeral port of 127.0.0.1, logging silenced. The
 * developer's environment is not consulted: only the variables given here are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../services/config/config';
import { startServer, type RunningServer } from '../../services/server';

/** A fixed authority token for benchmark servers (URL-safe, at least 32 characters). */
export const BENCH_AUTHORITY_TOKEN = 'bench-authority-token-0123456789abcdefghijklmnopq';
const BENCH_HMAC_KEY = 'bench-anchor-hmac-key-0123456789abcdefghijklmnopqrstuvwxyz';

export type BenchServer = {
  label: string;
  running: RunningServer;
  port: number;
  dataDir: string;
  token: string;
  /** Stops the server (flushing the audit log) and removes its data directory. */
  stop(): Promise<void>;
};

export async function startBenchServer(label: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `shuyu-bench-${label}-`));
  try {
    const config = loadConfig({
      SHUYU_DATA_DIR: dataDir,
      SHUYU_PORT: '0',
      SHUYU_HOST: '127.0.0.1',
      SHUYU_AUTHORITY_TOKEN: BENCH_AUTHORITY_TOKEN,
      SHUYU_LOG_LEVEL: 'silent',
      SHUYU_AUDIT_HMAC_KEY: BENCH_HMAC_KEY,
      SHUYU_SHUTDOWN_TIMEOUT_MS: '2000',
      ...env,
    });
    const running = await startServer(config);
    const port = (running.server.address() as AddressInfo).port;
    let stopped: Promise<void> | null = null;
    const stop = () =>
      (stopped ??= running.stop().finally(() => fs.rmSync(dataDir, { recursive: true, force: true })));
    return { label, running, port, dataDir, token: BENCH_AUTHORITY_TOKEN, stop };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Stops every server, even if some stops fail; rethrows the first failure. */
export async function stopAll(servers: readonly BenchServer[]): Promise<void> {
  const outcomes = await Promise.allSettled(servers.map((s) => s.stop()));
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
