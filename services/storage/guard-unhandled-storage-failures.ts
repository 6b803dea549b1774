/**
 * The last line of defence against a full disk ending the process: a background write that
 * nobody awaited (`void provisioner.start(…)`, a timer, a stream callback) and that failed for
 * lack of disk or an I/O error becomes an unhandled rejection, which Node 20 turns into an exit.
 *
 * Contract of `guardUnhandledStorageFailures` (installed once, by the server's entry point):
 * - an unhandled rejection that isStorageFailure recognises is logged (its kind, no path),
 *   handed to `onFailure` (the storage monitor: health turns degraded), and the process goes on;
 * - any other unhandled rejection still ends the process, as Node's default does: it is thrown
 *   again as an uncaught exception (a bug must not be hidden by this guard);
 * - the returned function removes the guard.
 * Each place that fires and forgets a write should still catch its own failure; this only
 * turns the ones that were missed from a crash into a degraded platform.
 */
import type { Logger } from '../logging/create-logger';
import { isStorageFailure, storageFailureKind } from './is-storage-failure';

export function guardUnhandledStorageFailures(deps: { onFailure: (error: unknown) => void; logger: Logger }): () => void {
  const listener = (reason: unknown): void => {
    if (!isStorageFailure(reason)) throw reason instanceof Error ? reason : new Error(`unhandled rejection: ${String(reason)}`);
    try {
      deps.onFailure(reason);
      deps.logger.error('a background write failed for lack of disk and nobody handled it; the platform carries on', { kind: storageFailureKind(reason) });
    } catch {
      // degraded health and the log line are best effort; staying up is the point
    }
  };
  process.on('unhandledRejection', listener);
  return () => {
    process.off('unhandledRejection', listener);
  };
}
