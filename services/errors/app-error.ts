/**
 * The one error base class. Only the error middleware turns these into HTTP responses.
 * Messages must never carry cell values, tokens or other secrets.
 */
export type ErrorDetail = { path?: string; row?: number; column?: string; message: string };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    /** Response headers the answer needs (Retry-After on a 503). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: ErrorDetail[], code = 'bad_request') {
    super(400, code, message, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'authentication required') {
    super(401, 'unauthenticated', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'not allowed') {
    super(403, 'forbidden', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'resource') {
    super(404, 'not_found', `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, code = 'conflict') {
    super(409, code, message);
  }
}

export class GoneError extends AppError {
  constructor(message: string) {
    super(410, 'gone', message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `request body exceeds the limit of ${limitBytes} bytes`);
  }
}

export class UnprocessableError extends AppError {
  constructor(message: string, details?: ErrorDetail[], code = 'unprocessable') {
    super(422, code, message, details);
  }
}

/** The platform lacked memory or disk for the work; the request itself may well be fine. */
export class InsufficientResourcesError extends AppError {
  constructor(message: string) {
    super(503, 'insufficient_resources', message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message = 'rate limit exceeded', code = 'too_many_requests') {
    super(429, code, message);
  }
}

/** The platform cannot take the work now (every worker busy, a worker lost); Retry-After says when to try again. */
export class ServiceUnavailableError extends AppError {
  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(503, code, message, undefined, { 'Retry-After': String(retryAfterSeconds) });
  }
}

/**
 * The platform is short of disk (below its reserve, or a write failed for lack of space or an
 * I/O error): 507. The request may well be fine; Retry-After says when to try again. The message
 * never names a path. `cause` keeps the failure itself for the operations log.
 */
export class InsufficientStorageError extends AppError {
  constructor(message = 'the platform is short of disk space; try again later', options: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(507, 'insufficient_storage', message, undefined, { 'Retry-After': String(options.retryAfterSeconds ?? 60) });
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
