/**
 * The platform's typed HTTP client for Node (the CLI's data-plane commands): openapi-fetch over
 * the `paths` generated from the OpenAPI document (services/console/src/api/openapi.d.ts), the
 * same types the console's client uses, so that console and CLI cannot drift from the routes or
 * from each other: a route changed without regenerating fails the freshness test, and a call that
 * no longer fits fails to type-check. Every request carries the bearer token and a language; a
 * failed call becomes the console's `ApiError`, with the API's error code.
 */
import createClient, { type Client } from 'openapi-fetch';
import { ApiError } from '../console/src/api/api-error';
import type { paths } from '../console/src/api/openapi';

export type ApiClient = Client<paths>;

export type Connection = { url: string; token: string; language: string };

export function apiClient(connection: Connection): ApiClient {
  const origin = new URL(connection.url).origin;
  const client = createClient<paths>({ baseUrl: connection.url.replace(/\/+$/, ''), fetch: (request) => reach(origin, request) });
  client.use({
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${connection.token}`);
      request.headers.set('Accept-Language', connection.language);
      return request;
    },
  });
  return client;
}

/** fetch, with a failure to connect said plainly (the origin only: no path, no credentials). */
async function reach(origin: string, request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`cannot reach ${origin}: ${cause?.code ?? cause?.message ?? String(error)}`);
  }
}

/** The body of a successful call, or the API's error as an ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.fromBody(response.status, error, response.statusText);
  return data as T;
}
