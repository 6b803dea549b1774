/**
 * Refuses a URL whose percent-encoding does not decode (`%`, `%ZZ`, a cut or invalid UTF-8
 * sequence such as `%E0%A4%A` or the overlong `%C0%AF`), in its path or its query, with a 400
 * `malformed_url` before any route sees it. Left to express, the router would throw while
 * decoding a path parameter (a 500 without an audit entry), and the query parser would decode
 * leniently (bad bytes become U+FFFD, so a filter would silently mean something else).
 * The request is audited as `route.malformed_url`, with the caller identified when possible,
 * like an unknown route. The error message never echoes the URL.
 */
import type { NextFunction, Request, Response } from 'express';
import { BadRequestError } from '../../errors/app-error';
import type { PrincipalService } from '../../principals/principal-service';
import { locals } from '../request-locals';
import { openAuditBoundary } from './audit-boundary';
import { identifyIfPossible } from './authenticate';

export const MALFORMED_URL_ACTION = 'route.malformed_url';

export type UrlPart = 'path' | 'query';

export function malformedUrlError(where?: UrlPart): BadRequestError {
  const part = where ? ` ${where}` : '';
  return new BadRequestError(`the request URL${part} is not validly percent-encoded UTF-8`, undefined, 'malformed_url');
}

/** Which part of a raw request target (`/path?query`) does not percent-decode, if any. */
export function malformedUrlPart(url: string): UrlPart | null {
  const mark = url.indexOf('?');
  if (!decodes(mark === -1 ? url : url.slice(0, mark))) return 'path';
  if (mark !== -1 && !decodes(url.slice(mark + 1))) return 'query';
  return null;
}

/** Opens the request's audit boundary as a malformed URL (no-op if a route already opened one). */
export function auditAsMalformedUrl(req: Request, res: Response, where?: UrlPart): void {
  if (locals(res).audit) return;
  openAuditBoundary(MALFORMED_URL_ACTION)(req, res, () => undefined);
  const boundary = locals(res).audit;
  if (boundary && where) boundary.note.details.where = where;
}

export function refuseMalformedUrl(principals: PrincipalService) {
  const identify = identifyIfPossible(principals);
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const where = malformedUrlPart(req.originalUrl);
    if (!where) return next();
    auditAsMalformedUrl(req, res, where);
    await identify(req, res, () => undefined);
    next(malformedUrlError(where));
  };
}

function decodes(text: string): boolean {
  if (!text.includes('%')) return true;
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
