/**
 * The typed API client (openapi-fetch over the types generated from the platform's OpenAPI
 * document). Every request carries the session's token and the console's language; the API
 * answers error messages in that language. A 401 ends the session (the router returns to
 * sign-in); every other error is thrown as an ApiError for the page to show.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import { currentLocale } from '../i18n/i18n';
import { session } from '../session/session';
import { ApiError } from './api-error';
import type { paths } from './openapi';

const authAndLanguage: Middleware = {
  onRequest({ request }) {
    if (session.token.value) request.headers.set('Authorization', `Bearer ${session.token.value}`);
    request.headers.set('Accept-Language', currentLocale());
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401) session.expire();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(authAndLanguage);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful call, or an ApiError. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.fromBody(response.status, error, response.statusText);
  return data as T;
}

/** Raw fetch with the same headers, for bodies openapi-fetch does not type (downloads, exports). */
export async function rawFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (session.token.value) headers.set('Authorization', `Bearer ${session.token.value}`);
  headers.set('Accept-Language', currentLocale());
  const response = await fetch(url, { ...init, headers });
  if (response.status === 401) session.expire();
  if (!response.ok) throw await ApiError.from(response);
  return response;
}
