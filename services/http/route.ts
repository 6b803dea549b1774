/**
 * A route is declared once, with its schemas, its permission and its handler. The same
 * declaration validates requests, checks the policy, names the audit action and generates the
 * OpenAPI document, so the documentation cannot drift from the code.
 */
import type { Request, Response } from 'express';
import type { z, ZodType } from 'zod';
import type { Action } from '../../policies/actions';
import type { AppAbility } from '../../policies/define-ability-for';
import type { SubjectType } from '../../policies/subjects';
import type { Principal } from '../principals/principal';
import type { AuditOutcome } from '../audit/audit-entry';
import type { AuditedCommit } from '../audit/audit-sink';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** What a handler may add to its request's audit entry. Never put raw values or secrets here. */
export type AuditNote = {
  resource?: string;
  agreementId?: string;
  details: Record<string, unknown>;
  /** Overrides the outcome derived from the status (e.g. a refused statement is `denied`, not `failed`). */
  outcome?: AuditOutcome;
};

export type RouteContext<B, Q, P> = {
  principal: Principal;
  ability: AppAbility;
  body: B;
  query: Q;
  params: P;
  requestId: string;
  req: Request;
  res: Response;
  audit: AuditNote;
  /**
   * Commits a change together with this request's audit entry (as answered with `status`), in
   * one control-store transaction. Routes that change state pass it to their service instead of
   * writing first and being audited at response time, so a crash in between cannot leave a
   * change unaudited.
   */
  commitAudited: (status: number) => AuditedCommit;
};

export type RouteResult =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { status: number; headers?: Record<string, string>; file: string; removeAfter?: boolean }
  /** Streams a body the handler writes itself; the audit entry is committed before the first byte. */
  | { status: number; headers?: Record<string, string>; stream: (out: import('node:stream').Writable) => Promise<void> };

export type ResponseDoc = { description: string; schema?: ZodType; contentTypes?: string[] };

type Spec<B extends ZodType, Q extends ZodType, P extends ZodType> = {
  /** The audit action, e.g. `principal.create`. */
  id: string;
  method: HttpMethod;
  /** Express path under /api/v1, e.g. `/principals/:id`. */
  path: string;
  summary: string;
  /** More than the summary for the OpenAPI document, where it helps: the summary stands in otherwise. */
  description?: string;
  tag: string;
  /**
   * `bearer` (default): any principal; `metrics`: a principal or the metrics token; `public`: no
   * token at all (the public disclosure report): the handler gets no principal's rights (a
   * deny-all ability) and the request is audited with no actor.
   */
  auth?: 'bearer' | 'metrics' | 'public';
  permission: readonly [Action, SubjectType];
  body?: B;
  /**
   * How the body arrives: `json` (parsed and validated against `body`), `text` (read as a
   * string within the JSON body limit, for YAML documents) or `stream` (left unread for the
   * handler, e.g. uploads streamed to disk). `bodyTypes` lists the accepted content types.
   */
  bodyKind?: 'json' | 'text' | 'stream';
  /** A larger JSON body limit than the platform's (`SHUYU_JSON_BODY_LIMIT`), for routes that carry files in base64. */
  jsonBodyLimitBytes?: number;
  bodyTypes?: string[];
  query?: Q;
  params?: P;
  responses: Record<number, ResponseDoc>;
  handler: (ctx: RouteContext<z.output<B>, z.output<Q>, z.output<P>>) => Promise<RouteResult>;
};

export type Route = Omit<Spec<ZodType, ZodType, ZodType>, 'handler'> & {
  handler: (ctx: RouteContext<unknown, unknown, unknown>) => Promise<RouteResult>;
};

export function defineRoute<B extends ZodType, Q extends ZodType, P extends ZodType>(spec: Spec<B, Q, P>): Route {
  return {
    ...spec,
    handler: (ctx) => spec.handler(ctx as RouteContext<z.output<B>, z.output<Q>, z.output<P>>),
  };
}
