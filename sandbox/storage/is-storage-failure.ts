/**
 * Recognises a write that failed because the disk is full or failing, from Node's file system
 * (an errno code) or from DuckDB (only a message; measured with DuckDB 1.5 on a full tmpfs):
 *
 * - a commit whose WAL write failed, which rolls back and leaves the database usable:
 *   `TransactionContext Error: Failed to commit: Could not write file "<path>.wal": No space left on device`
 * - a file DuckDB could not create or grow: `IO Error: Could not write file "<path>": No space left on device`
 * - a failed checkpoint, after which the database is *invalidated* (every later statement, reads
 *   included, fails until the instance is closed and opened again):
 *   `FATAL Error: Failed to create checkpoint because of error: Could not write file …`, or,
 *   when the checkpoint ran automatically after a commit that did reach the WAL,
 *   `FATAL Error: Transaction COMMIT succeeded and is durable, but the autocheckpoint failed. Reopen the database instance to recover. …`,
 *   then `FATAL Error: Failed: database has been invalidated because of a previous fatal error. …`
 *   with the original message quoted.
 *
 * DuckDB writes `strerror()` into its messages, so the errno texts are what is matched. A spill
 * that hit `max_temp_directory_size` ("failed to offload data block") is not matched: it is a
 * per-query limit as often as a full disk, and the statement fails on its own.
 */
const CODES = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS']);
const TEXTS = /No space left on device|Disk quota exceeded|Input\/output error|Read-only file system/i;
const INVALIDATED = /database has been invalidated because of a previous fatal error|autocheckpoint failed\. Reopen the database instance/i;

/** True when `error` (or an error in its `cause` chain) is a full, over-quota or failing disk. */
export function isStorageFailure(error: unknown): boolean {
  return someInChain(error, (e) => {
    const code = (e as NodeJS.ErrnoException).code;
    return (typeof code === 'string' && CODES.has(code)) || TEXTS.test(messageOf(e));
  });
}

/**
 * True when DuckDB says the database was invalidated (or must be reopened) after a fatal write
 * failure: writes then do not resume when space returns; the instance must be reopened.
 */
export function isInvalidatedDatabase(error: unknown): boolean {
  return someInChain(error, (e) => INVALIDATED.test(messageOf(e)));
}

/** A short, path-free label for health reasons and logs: `ENOSPC`, `EIO`, … */
export function storageFailureKind(error: unknown): string {
  let kind = 'EIO';
  someInChain(error, (e) => {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && CODES.has(code)) {
      kind = code;
      return true;
    }
    const message = messageOf(e);
    if (/No space left on device|ENOSPC/i.test(message)) kind = 'ENOSPC';
    else if (/Disk quota exceeded|EDQUOT/i.test(message)) kind = 'EDQUOT';
    else if (/Read-only file system|EROFS/i.test(message)) kind = 'EROFS';
    else if (/Input\/output error|EIO/i.test(message)) kind = 'EIO';
    else return false;
    return true;
  });
  return kind;
}

function someInChain(error: unknown, test: (e: object) => boolean): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (test(current)) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => someInChain(inner, test))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return typeof current === 'string' && test(new Error(current));
}

function messageOf(e: object): string {
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' ? message : '';
}
