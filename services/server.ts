/**
 * Runs the platform as an HTTP server, with graceful shutdown on SIGTERM/SIGINT:
 * stop accepting connections, let in-flight requests finish, flush the audit writer,
 * close DuckDB, then exit.
 */
import type { Server } from 'node:http';
import { buildPlatform, type Platform } from './composition-root';
import type { Config } from './config/config';

export type RunningServer = { platform: Platform; server: Server; stop(): Promise<void> };

export async function startServer(config: Config): Promise<RunningServer> {
  const platform = await buildPlatform(config, { defaultMetrics: true, schedules: true });
  const server = await new Promise<Server>((resolve) => {
    const s = platform.app.listen(config.port, config.host, () => resolve(s));
  });
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      platform.logger.info('shutting down: no new connections');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections that finish their request during shutdown go idle later; close them as they do.
      const sweeper = setInterval(() => server.closeIdleConnections(), 25);
      server.closeIdleConnections();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref());
      await Promise.race([closed, timeout]);
      clearInterval(sweeper);
      server.closeAllConnections();
      await platform.close();
      platform.logger.info('shutdown complete: audit flushed, DuckDB closed');
    })());
  return { platform, server, stop };
}
