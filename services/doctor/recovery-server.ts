/**
 * Runs read-only recovery as an HTTP server (`shuyu serve --read-only-recovery`): see
 * `buildRecoveryPlatform`. `stop()` (idempotent) closes the listener and its connections, then
 * the read-only store. Nothing is flushed: nothing was written.
 */
import { createServer, type Server } from 'node:http';
import { buildRecoveryPlatform, type RecoveryPlatform } from '../composition-root';
import type { Config } from '../config/config';

export type RunningRecoveryServer = { platform: RecoveryPlatform; server: Server; stop(): Promise<void> };

export async function startRecoveryServer(config: Config): Promise<RunningRecoveryServer> {
  const platform = await buildRecoveryPlatform(config);
  const server: Server = createServer(platform.app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await platform.close();
    throw error;
  }
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref());
      await Promise.race([closed, timeout]);
      server.closeAllConnections();
      await platform.close();
    })());
  return { platform, server, stop };
}
