/** Per-request context carried through async calls, so every log line can name its request. */
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = { requestId: string };

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
