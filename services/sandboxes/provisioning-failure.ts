/**
 * What a failed provisioning run tells the operator (`GET /sandboxes/:id`) and what it tells the
 * log. The operator sees our own explanations (a dataset without data or without a valid rule
 * set, a missing key) and, for anything else, a generic sentence: never a file path, an internal
 * id of a dataset, or DuckDB's message (which can quote the compiled SQL and so the key). The
 * log gets the first line of the real cause with paths and key-like strings removed.
 */
export class ProvisioningRefusal extends Error {}

const GENERIC = 'the sandbox could not be built; the platform records the cause, and the authority can retry it';
const STORAGE = 'the sandbox could not be built: the platform is short of storage; it will be retried when space returns';

export function provisioningFailure(error: unknown): { shown: string; logged: string } {
  const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const logged = first.replace(/[0-9a-f]{32,}/gi, '[redacted]').replace(/(?:\/[^\s"'`/]+)+\/?/g, '[path]').slice(0, 300);
  if (error instanceof ProvisioningRefusal) return { shown: error.message.slice(0, 300), logged };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'insufficient_storage' || /no space left on device/i.test(first)) return { shown: STORAGE, logged };
  return { shown: GENERIC, logged };
}
