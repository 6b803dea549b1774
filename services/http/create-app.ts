/**
 * The express app factory (no `listen`): request ids, metrics, security headers, an audited
 * 400 for URLs that do not percent-decode, health, the OpenAPI document and docs UI, the
 * declared routes under /api/v1, an audited 404 for unknown API paths, and the one error handler.
 *
 * `/healthz` answers 200 `{ status: 'ok', version }`, or 200 `{ status: 'degraded', reasons,
 * version }` when `health` says so (a full disk: writes are refused, reads are served). It stays
 * 200 while degraded, so load balancers keep sending the reads the platform can still answer;
 * monitoring alerts on `status`. It never waits on the disk: `health` answers from what it knows.
 */
import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import type { AuditSink } from '../audit/audit-sink';
import { NotFoundError } from '../errors/app-error';
import type { Logger } from '../logging/create-logger';
import type { PlatformMetrics } from '../metrics/platform-metrics';
import type { PrincipalService } from '../principals/principal-service';
import type { PolicyScope } from './middleware/authenticate';
import { openAuditBoundary } from './middleware/audit-boundary';
import { identifyIfPossible } from './middleware/authenticate';
import { errorHandler } from './middleware/error-handler';
import { observeRequests } from './middleware/observe-requests';
import { refuseMalformedUrl } from './middleware/refuse-malformed-url';
import { requestId } from './middleware/request-id';
import { asHandler, mountRoutes } from './mount-routes';
import { buildOpenApiDocument } from './openapi-document';
import type { Route } from './route';

export type AppDeps = {
  routes: Route[];
  principals: PrincipalService;
  sink: AuditSink;
  metrics: PlatformMetrics;
  logger: Logger;
  jsonBodyLimit: number;
  metricsToken?: string;
  /** What a principal's ability depends on besides its role (an examiner's entrustments); read on every request. */
  policyScope?: PolicyScope;
  version: string;
  /** The platform's health beyond "the process answers" (the storage monitor's `health()`). */
  health?: () => { status: 'ok' | 'degraded'; reasons?: string[] };
  /** Told of every request that failed for lack of disk (the storage monitor's `noteFailure`). */
  onStorageFailure?: (error: unknown) => void;
  /** The web console served at `/` (see console/serve-console.ts); absent: API only. */
  console?: Router | null;
};

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(observeRequests(deps.metrics, deps.logger));
  app.use(helmet());
  app.use(asHandler(refuseMalformedUrl(deps.principals)));

  app.get(['/healthz', '/api/v1/healthz'], (_req, res) => {
    const health = deps.health?.() ?? { status: 'ok' };
    res.set('Cache-Control', 'no-store');
    if (health.status === 'ok') res.json({ status: 'ok', version: deps.version });
    else res.json({ status: health.status, reasons: health.reasons ?? [], version: deps.version });
  });

  // Built on first request: making its patterns portable costs a scan of Unicode (~0.3 s).
  let openapi: ReturnType<typeof buildOpenApiDocument> | undefined;
  app.get('/api/v1/openapi.json', (_req, res) => {
    openapi ??= buildOpenApiDocument(deps.routes, deps.version);
    res.json(openapi);
  });
  app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/v1/openapi.json' } }));

  const api = express.Router();
  mountRoutes(api, deps.routes, { principals: deps.principals, sink: deps.sink, jsonBodyLimit: deps.jsonBodyLimit, metricsToken: deps.metricsToken, policyScope: deps.policyScope });
  api.use(openAuditBoundary('route.unknown'), asHandler(identifyIfPossible(deps.principals)), () => {
    throw new NotFoundError('route');
  });
  app.use('/api/v1', api);
  if (deps.console) app.use(deps.console);
  app.use(() => {
    throw new NotFoundError('route');
  });
  app.use(errorHandler({ sink: deps.sink, logger: deps.logger, bodyLimit: deps.jsonBodyLimit, onStorageFailure: deps.onStorageFailure }));
  return app;
}
