/**
 * A write failed because the disk is full or failing (see isStorageFailure). The engine's
 * signal, not an HTTP answer: the services turn it into 507 `insufficient_storage` with
 * Retry-After. The message never names a path; `cause` keeps the failure itself for the
 * operations log.
 */
export class StorageFullError extends Error {
  constructor(message = 'the platform is short of disk space; try again later', options: { cause?: unknown } = {}) {
    super(message);
    this.name = new.target.name;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
