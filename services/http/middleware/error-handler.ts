/**
 * The only place errors become HTTP responses: `{ error: { code, message, details?, requestId } }`.
 * It also settles the audit entry of a failed or denied request. A 500 says nothing about
 * the internals; the cause goes to the operations log only. A path parameter the router could
 * not percent-decode (normally refused earlier by `refuseMalformedUrl`) is a 400
 * `malformed_url`, audited even though no route opened a boundary for it.
 *
 * A full or failing disk (ENOSPC, EDQUOT, EIO, EROFS from Node, or DuckDB's "Could not write
 * file …: No space left on device", see isStorageFailure) is a 507 `insufficient_storage` whose
 * message names no path, whether the request itself failed or only its audit entry could not be
 * written; `onStorageFailure` (the storage monitor) hears of it, so health turns degraded.
 * An upload refused before its body was read has that body read and discarded (never written,
 * at most 256 MiB or 3 s) before the 507, so a client still sending reads the answer rather than
 * a reset connection.
 */
import type { NextFunction, Request, Response } from 'express';
import type { AuditSink } from '../../audit/audit-sink';
import { AppError, BadRequestError, InsufficientStorageError, PayloadTooLargeError } from '../../errors/app-error';
import type { Logger } from '../../logging/create-logger';
import { isStorageFailure } from '../../storage/is-storage-failure';
import { chooseErrorLanguage } from '../error-language/choose-error-language';
import { localizeDetails } from '../error-language/localize-details';
import { localizeErrorMessage } from '../error-language/localize-error';
import { locals } from '../request-locals';
import { settleAudit } from './audit-boundary';
import { auditAsMalformedUrl, malformedUrlError } from './refuse-malformed-url';

type BodyParserError = Error & { type?: string; status?: number; limit?: number };

export function toAppError(error: unknown, bodyLimit: number): AppError {
  if (error instanceof AppError) return error;
  if (isStorageFailure(error)) return new InsufficientStorageError(undefined, { cause: error });
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

export type ErrorHandlerDeps = {
  sink: AuditSink;
  logger: Logger;
  bodyLimit: number;
  /** Told of every write that failed for lack of disk or an I/O error (the storage monitor's `noteFailure`). */
  onStorageFailure?: (error: unknown) => void;
};

export function errorHandler(deps: ErrorHandlerDeps) {
  const noteStorage = (cause: unknown) => {
    try {
      deps.onStorageFailure?.(cause);
    } catch {
      // the answer matters more than the note
    }
  };
  return async (error: unknown, req: Request, res: Response, _next: NextFunction): Promise<void> => {
    let appError = toAppError(error, deps.bodyLimit);
    const storageFailure = storageFailureOf(error);
    if (storageFailure !== null) noteStorage(storageFailure);
    if (appError instanceof InsufficientStorageError && storageFailure === null) deps.logger.warn('request refused: short of disk', { method: req.method, path: req.path });
    else if (appError.status >= 500) deps.logger.error('request failed', { method: req.method, path: req.path, error: describe(error) });
    if (appError.code === 'malformed_url') auditAsMalformedUrl(req, res, 'path');
    try {
      await settleAudit(deps.sink, res, appError.status, { error: appError.code });
    } catch (auditError) {
      deps.logger.error('audit append failed', { error: describe(auditError) });
      if (isStorageFailure(auditError)) {
        noteStorage(auditError);
        appError = new InsufficientStorageError(undefined, { cause: auditError });
      } else {
        appError = new AppError(500, 'internal_error', 'internal error');
      }
    }
    if (appError instanceof InsufficientStorageError) await drainUnreadBody(req);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (appError.headers) res.set(appError.headers);
    // The message and each detail's message follow Accept-Language (zh-CN or en); the code and the rest of a detail never do.
    const language = chooseErrorLanguage(req);
    res.vary('Accept-Language');
    res.set('Content-Language', language);
    res.status(appError.status).json({
      error: {
        code: appError.code,
        message: localizeErrorMessage(appError, language),
        ...(appError.details ? { details: localizeDetails(appError, language) } : {}),
        requestId: locals(res).requestId,
      },
    });
  };
}

/**
 * The disk failure behind `error`, if any: a raw one, or one a 507 carries as its cause. Other
 * AppErrors are not searched: their text may quote what an operator wrote.
 */
function storageFailureOf(error: unknown): unknown {
  if (error instanceof InsufficientStorageError) return error.cause !== undefined && isStorageFailure(error.cause) ? error.cause : null;
  if (error instanceof AppError) return null;
  return isStorageFailure(error) ? error : null;
}

/** Reads and discards a request body nobody has read yet, within the bounds; resolves in any case. */
function drainUnreadBody(req: Request, maxBytes = 256 * 1024 * 1024, maxMs = 3000): Promise<void> {
  if (req.complete || req.readableDidRead || req.destroyed || !req.readable) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      clearTimeout(timer);
      req.off('data', onData).off('end', done).off('error', done).off('close', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) done();
    };
    const timer = setTimeout(done, maxMs);
    req.on('data', onData).once('end', done).once('error', done).once('close', done);
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const text = `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return error.cause === undefined ? text : `${text}\ncaused by ${describe(error.cause)}`;
}
