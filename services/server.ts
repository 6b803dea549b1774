/**
 * Runs the platform as an HTTP server, with graceful shutdown on SIGTERM/SIGINT (`stop()`,
 * idempotent): stop accepting connections; let requests in flight finish (answered with
 * `Connection: close`); answer requests that arrive on open keep-alive connections with
 * `503 shutting_down` instead of resetting them; close connections as they fall silent
 * (destroying what is left after `config.shutdownTimeoutMs`); then flush the audit writer and
 * close DuckDB. An idle server stops at once. See `http/shutdown-gate.ts` for the drain contract.
 */
import type { Server } from 'node:http';
import { buildPlatform, type Platform } from './composition-root';
import type { Config } from './config/config';
import { createGracefulServer } from './http/shutdown-gate';
import { guardStandardStreams } from './storage/guard-standard-streams';
import { guardUnhandledStorageFailures } from './storage/guard-unhandled-storage-failures';

export type RunningServer = { platform: Platform; server: Server; stop(): Promise<void> };

/** How long a keep-alive connection with nothing in flight may stay silent during the drain. */
const IDLE_GRACE_MS = 500;

export async function startServer(config: Config): Promise<RunningServer> {
  const platform = await buildPlatform(config, { defaultMetrics: true, schedules: true });
  // A background write that fails for lack of disk degrades the platform instead of ending it;
  // so does a log line that cannot be written (see storage/).
  const noteFailure = (error: unknown) => void platform.storage.noteFailure(error);
  const unguard = guardUnhandledStorageFailures({ onFailure: noteFailure, logger: platform.logger });
  const streams = guardStandardStreams(noteFailure);
  const { server, drain } = createGracefulServer(platform.app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await platform.close(); // the port is taken, say: release the data directory before failing
    throw error;
  }
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      platform.logger.info('shutting down: no new connections');
      const idleGraceMs = Math.min(IDLE_GRACE_MS, config.shutdownTimeoutMs);
      const { forced } = await drain({ graceMs: config.shutdownTimeoutMs, idleGraceMs });
      if (forced) platform.logger.warn('shutdown grace period over: connections destroyed', { connections: forced });
      await platform.close();
      platform.logger.info('shutdown complete: audit flushed, DuckDB closed');
      unguard();
      streams.restore();
    })());
  return { platform, server, stop };
}
