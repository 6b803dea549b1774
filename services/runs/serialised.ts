/** An in-process lock per key: budget checks and the inserts they guard run one at a time per agreement or grantee. */
/** Runs `work` after every earlier work of the same key has settled (an in-process lock per key). */
export async function serialised<T>(locks: Map<string, Promise<unknown>>, key: string, work: () => Promise<T>): Promise<T> {
  const previous = locks.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  locks.set(key, next);
  try {
    return await next;
  } finally {
    if (locks.get(key) === next) locks.delete(key);
  }
}
