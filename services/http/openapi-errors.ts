/**
 * The error answers of each operation in the OpenAPI document, all with the one error shape
 * (API.md). Derived from the route's declaration where the platform's behaviour follows from
 * it, and added to what the route declares itself:
 * - 401 and 403 for every route that needs a token; 404 for every route with a path parameter
 *   (also another tenant's record); 400 for every route that takes parameters or a body;
 * - 409 for every state change (a wrong state, or a name already taken);
 * - 413 and 422 for every route with a body (too large; well-formed but not acceptable);
 *   415 for bodies of declared content types;
 * - 503 (`busy`, with Retry-After) for work in a sandbox, and 507 (`insufficient_storage`) for
 *   every route: each request appends an audit entry, which a full disk refuses.
 */
import type { Route } from './route';

type JsonSchema = Record<string, unknown>;

const detail = {
  type: 'object',
  required: ['message'],
  properties: {
    path: { type: 'string', description: 'Where in the request, e.g. body.columns.0.name', example: 'body.name' },
    row: { type: 'integer', description: 'The data row (1 = the first row after the header)', example: 17 },
    column: { type: 'string', description: 'The column', example: 'birth_date' },
    message: { type: 'string', description: 'What is wrong there; never the value itself', example: 'not a date in the form YYYY-MM-DD' },
  },
};

export const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  description: 'Every error answer has this shape.',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId'],
      properties: {
        code: { type: 'string', description: 'A stable snake_case code; it never changes with the language', example: 'invalid_request' },
        message: { type: 'string', description: 'For people, in the language of Accept-Language (zh-CN or en)', example: 'invalid request body' },
        details: { type: 'array', description: 'For bad input: one item per problem', items: detail },
        requestId: { type: 'string', description: 'The request id (also the X-Request-Id header), to quote when asking for help', example: '5d0c7a52-2b7e-4b8e-a2a5-9a3f0f6f1c11' },
      },
    },
  },
};

const DERIVED: Record<string, string> = {
  400: 'The parameters or the body do not fit the schema (code invalid_request; details name each field)',
  401: 'No valid bearer token',
  403: 'The principal’s role may not do this',
  404: 'Not found, or not visible to this principal (another tenant’s record answers 404, never 403)',
  409: 'The resource is not in a state that allows this, or the name is already taken',
  413: 'The body is over the size limit',
  415: 'The Content-Type is not one of those listed for the body',
  422: 'Well-formed but not acceptable (details say why, per field, row or column)',
  503: 'The sandbox workers are busy (code busy); retry after the Retry-After seconds',
  507: 'The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds',
};

function derivedStatuses(route: Route): number[] {
  const hasBody = Boolean(route.body) || route.bodyKind === 'text' || route.bodyKind === 'stream';
  const statuses: number[] = [];
  if (route.auth !== 'public') statuses.push(401, 403);
  if (route.path.includes('/:')) statuses.push(404);
  if (route.params || route.query || hasBody) statuses.push(400);
  if (route.method !== 'get') statuses.push(409);
  if (hasBody) statuses.push(413, 422);
  if (route.bodyKind === 'text' || route.bodyKind === 'stream') statuses.push(415);
  if (route.path.startsWith('/sandboxes/:')) statuses.push(503);
  statuses.push(507);
  return statuses;
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/** Every error response of the route: what it declares (with the error schema) and what is derived. */
export function errorResponses(route: Route): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [status, doc] of Object.entries(route.responses)) {
    if (Number(status) >= 400) out[status] = { description: doc.description, content: errorContent };
  }
  for (const status of derivedStatuses(route)) out[String(status)] ??= { description: DERIVED[status], content: errorContent };
  return out;
}
