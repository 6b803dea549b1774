/** An API error as the platform answers it: `{ error: { code, message, details?, requestId } }`. */
export type ErrorDetail = { row?: number; column?: string; message: string; path?: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }

  /** From an error body already read (openapi-fetch reads it before handing back the response). */
  static fromBody(status: number, body: unknown, statusText = ''): ApiError {
    const e = (body as { error?: { code?: string; message?: string; details?: ErrorDetail[]; requestId?: string } } | undefined)?.error ?? {};
    return new ApiError(status, e.code ?? 'unknown', e.message ?? statusText, Array.isArray(e.details) ? e.details : [], e.requestId);
  }

  static async from(response: Response): Promise<ApiError> {
    const body: unknown = await response.clone().json().catch(() => undefined);
    return ApiError.fromBody(response.status, body, response.statusText);
  }
}
