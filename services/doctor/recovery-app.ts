/**
 * The express app of read-only recovery (`shuyu serve --read-only-recovery`), wrapped around the
 * app `createApp` builds from the audit routes and `GET /me`:
 * - `/healthz` answers 200 with `status: read_only_recovery` and how many problems were found
 *   (no paths: health is unauthenticated);
 * - any request under /api/v1 that is not a read (GET, HEAD, OPTIONS) answers
 *   `503 read_only_recovery`; other reads of routes not served answer 404 as usual;
 * - the control store is open read-only, so no request can be audited: each one is logged to
 *   the operations log instead (method, path, status, principal), at info level.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { AuditSink } from '../audit/audit-sink';
import { ServiceUnavailableError } from '../errors/app-error';
import { errorHandler } from '../http/middleware/error-handler';
import { requestId } from '../http/middleware/request-id';
import { locals } from '../http/request-locals';
import type { Logger } from '../logging/create-logger';
import type { Problem } from './problem';

export type RecoveryAppDeps = { inner: Express; logger: Logger; sink: AuditSink; problems: Problem[]; version: string; jsonBodyLimit: number };

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const REFUSAL = 'the platform runs in read-only recovery: only GET /api/v1/audit, /audit/verify, /audit/export and /me are served';

export function recoveryApp(deps: RecoveryAppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(logUnaudited(deps.logger));
  const health = { status: 'read_only_recovery', version: deps.version, problems: deps.problems.length };
  app.get(['/healthz', '/api/v1/healthz'], (_req, res) => {
    res.json(health);
  });
  app.use('/api/v1', (req: Request, res: Response, next: NextFunction) => {
    if (READS.has(req.method)) return next();
    requestId(req, res, () => next(new ServiceUnavailableError('read_only_recovery', REFUSAL, 3600)));
  });
  app.use(deps.inner);
  app.use(errorHandler({ sink: deps.sink, logger: deps.logger, bodyLimit: deps.jsonBodyLimit }));
  return app;
}

function logUnaudited(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.on('finish', () => {
      const l = locals(res);
      logger.info('read-only recovery request (not audited: the control store is open read-only)', {
        requestId: l.requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode,
        principal: l.principal?.id ?? null, role: l.principal?.role ?? null,
      });
    });
    next();
  };
}
