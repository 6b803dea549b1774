/**
 * `unwrap` for this area that builds the ApiError from the error body openapi-fetch has already
 * read (client.ts's `unwrap` reads the response again, which fails once openapi-fetch has consumed
 * it, and so loses the code and the localised message).
 */
import { ApiError, type ErrorDetail } from '../../api/api-error';

type Result<T> = { data?: T; error?: unknown; response: Response };
type ErrorBody = { error?: { code?: string; message?: string; details?: ErrorDetail[]; requestId?: string } };

export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (response.ok) return data as T;
  const e = (error && typeof error === 'object' ? (error as ErrorBody).error : undefined) ?? {};
  throw new ApiError(response.status, e.code ?? 'unknown', e.message ?? response.statusText, Array.isArray(e.details) ? e.details : [], e.requestId);
}
