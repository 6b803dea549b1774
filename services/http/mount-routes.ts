/**
 * Mounts declared routes on a router. Each protected route runs, in order: the audit boundary,
 * authentication, the route-level policy check, body parsing (only for routes with a body,
 * after authentication), validation of params, query and body, the handler, the audit append,
 * and only then the response.
 */
import fs from 'node:fs';
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { ZodType } from 'zod';
import type { AuditSink } from '../audit/audit-sink';
import { AppError, BadRequestError, ForbiddenError } from '../errors/app-error';
import type { PrincipalService } from '../principals/principal-service';
import { authenticate, type PolicyScope } from './middleware/authenticate';
import { noAbility } from '../../policies/define-ability-for';
import { openAuditBoundary, settleAudit, settleAuditWith } from './middleware/audit-boundary';
import { pausePoint } from '../faults/pause-point';
import { locals } from './request-locals';
import type { Route, RouteResult } from './route';
import { validationDetails } from './validation-details';

export type MountDeps = {
  principals: PrincipalService;
  sink: AuditSink;
  jsonBodyLimit: number;
  metricsToken?: string;
  policyScope?: PolicyScope;
};

export function mountRoutes(router: Router, routes: Route[], deps: MountDeps): void {
  const jsonBody = express.json({ limit: deps.jsonBodyLimit, strict: true, type: ['application/json', 'application/*+json'] });
  for (const route of routes) {
    const chain: RequestHandler[] = route.auth === 'public'
      ? [openAuditBoundary(route.id, route.path), ...bodyParser(route, jsonBody, deps.jsonBodyLimit), asHandler(execute(route, deps.sink))]
      : [
        openAuditBoundary(route.id, route.path),
        asHandler(authenticate(deps.principals, { policyScope: deps.policyScope, ...(route.auth === 'metrics' ? { metricsToken: deps.metricsToken } : {}) })),
        authorize(route),
        ...bodyParser(route, jsonBody, deps.jsonBodyLimit),
        asHandler(execute(route, deps.sink)),
      ];
    router[route.method](route.path, ...chain);
  }
}

function bodyParser(route: Route, jsonBody: RequestHandler, limit: number): RequestHandler[] {
  if (route.bodyKind === 'stream') return [];
  if (route.bodyKind === 'text') return [express.text({ type: route.bodyTypes ?? ['text/plain'], limit })];
  if (route.body && route.jsonBodyLimitBytes !== undefined && route.jsonBodyLimitBytes > limit) {
    return [express.json({ limit: route.jsonBodyLimitBytes, strict: true, type: ['application/json', 'application/*+json'] })];
  }
  return route.body ? [jsonBody] : [];
}

function authorize(route: Route): RequestHandler {
  const [action, subject] = route.permission;
  return (_req, res, next) => {
    const l = locals(res);
    if (l.metricsScraper && route.auth === 'metrics') return next();
    if (!l.ability || !l.ability.can(action, subject)) return next(new ForbiddenError(`role may not ${action} ${subject}`));
    next();
  };
}

/** Who a public route's handler is told it serves: nobody, with no rights (see `noAbility`). */
const ANONYMOUS = { id: 'anonymous', name: 'anonymous', role: 'auditor', unit: 'public', partnerId: null, createdAt: '', revokedAt: null } as const;

function execute(route: Route, sink: AuditSink) {
  return async (req: Request, res: Response): Promise<void> => {
    const params = parse('params', route.params, req.params);
    const query = parse('query', route.query, req.query);
    const body = route.bodyKind === 'text' ? textBody(req, route.bodyTypes ?? []) : parse('body', route.body, req.body);
    const l = locals(res);
    const audit = l.audit?.note ?? { details: {} };
    const open = route.auth === 'public';
    if (!open && !l.principal && !l.metricsScraper) throw new ForbiddenError();
    const result = await route.handler({
      principal: open ? ANONYMOUS : (l.principal ?? { id: 'metrics-token', name: 'metrics-token', role: 'auditor', unit: 'metrics', partnerId: null, createdAt: '', revokedAt: null }),
      ability: open ? noAbility() : l.ability!,
      body, query, params, requestId: l.requestId, req, res, audit,
      commitAudited: (status) => (change, note) => {
        if (note?.agreementId) audit.agreementId = note.agreementId;
        if (note?.details) audit.details = { ...audit.details, ...note.details };
        return settleAuditWith(sink, res, status, change);
      },
    });
    await pausePoint('route.handled');
    await settleAudit(sink, res, result.status);
    send(res, result);
  };
}

function parse(where: 'body' | 'query' | 'params', schema: ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!parsed.success) throw new BadRequestError(`invalid request ${where}`, validationDetails(where, parsed.error), 'invalid_request');
  return parsed.data;
}

function textBody(req: Request, types: string[]): string {
  if (req.get('content-type') && !req.is(types)) throw new AppError(415, 'unsupported_media_type', `send ${types.join(' or ')}`);
  if (typeof req.body !== 'string' || req.body.length === 0) throw new BadRequestError('expected a non-empty text body', undefined, 'invalid_request');
  return req.body;
}

function send(res: Response, result: RouteResult): void {
  res.status(result.status);
  if (result.headers) res.set(result.headers);
  if ('stream' in result) {
    result.stream(res).then(
      () => res.end(),
      () => res.destroy(),
    );
    return;
  }
  if ('file' in result) {
    const stream = fs.createReadStream(result.file);
    const cleanup = () => result.removeAfter && fs.rm(result.file, { force: true }, () => undefined);
    stream.on('close', cleanup);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    return;
  }
  if (result.body === undefined) res.end();
  else if (typeof result.body === 'string') res.send(result.body);
  else res.json(result.body);
}

/** Lets express 5 route async middleware errors to the error handler. */
export function asHandler(fn: (req: Request, res: Response, next: NextFunction) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    fn(req, res, next).catch(next);
  };
}
