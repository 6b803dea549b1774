/**
 * The only place errors become HTTP responses: `{ error: { code, message, details?, requestId } }`.
 * It also settles the audit entry of a failed or denied request. A 500 says nothing about
 * the internals; the cause goes to the operations log only. A path parameter the router could
 * not percent-decode (normally refused earlier by `refuseMalformedUrl`) is a 400
 * `malformed_url`, audited even though no route opened a boundary for it.
 */
import type { NextFunction, Request, Response } from 'express';
import type { AuditSink } from '../../audit/audit-sink';
import { AppError, BadRequestError, PayloadTooLargeError } from '../../errors/app-error';
import type { Logger } from '../../logging/create-logger';
import { locals } from '../request-locals';
import { settleAudit } from './audit-boundary';
import { auditAsMalformedUrl, malformedUrlError } from './refuse-malformed-url';

type BodyParserError = Error & { type?: string; status?: number; limit?: number };

export function toAppError(error: unknown, bodyLimit: number): AppError {
  if (error instanceof AppError) return error;
  const e = error as BodyParserError;
  // The router's decodeParam marks its URIError with status 400; any other URIError is ours (a 500).
  if (error instanceof URIError && e.status === 400) return malformedUrlError('path');
  switch (e?.type) {
    case 'entity.too.large':
      return new PayloadTooLargeError(e.limit ?? bodyLimit);
    case 'entity.parse.failed':
      return new BadRequestError('request body is not valid JSON', undefined, 'invalid_json');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(415, 'unsupported_media_type', 'unsupported body encoding or charset');
    case 'request.aborted':
      return new BadRequestError('request was aborted', undefined, 'request_aborted');
    default:
      return new AppError(500, 'internal_error', 'internal error');
  }
}

export function errorHandler(deps: { sink: AuditSink; logger: Logger; bodyLimit: number }) {
  return async (error: unknown, req: Request, res: Response, _next: NextFunction): Promise<void> => {
    let appError = toAppError(error, deps.bodyLimit);
    if (appError.status >= 500) deps.logger.error('request failed', { method: req.method, path: req.path, error: describe(error) });
    if (appError.code === 'malformed_url') auditAsMalformedUrl(req, res, 'path');
    try {
      await settleAudit(deps.sink, res, appError.status, { error: appError.code });
    } catch (auditError) {
      deps.logger.error('audit append failed', { error: describe(auditError) });
      appError = new AppError(500, 'internal_error', 'internal error');
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    if (appError.headers) res.set(appError.headers);
    res.status(appError.status).json({
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details ? { details: appError.details } : {}),
        requestId: locals(res).requestId,
      },
    });
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}
