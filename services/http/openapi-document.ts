/**
 * Builds the OpenAPI 3.1 document from the declared routes' own zod schemas, so what is
 * documented is exactly what is validated.
 */
import { z, type ZodType } from 'zod';
import type { Route } from './route';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parametersFor(schema: ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
}

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'array', items: { type: 'object' } },
        requestId: { type: 'string' },
      },
    },
  },
};

function requestBody(route: Route): JsonSchema {
  if (route.bodyKind === 'text' || route.bodyKind === 'stream') {
    const schema = route.bodyKind === 'text' ? { type: 'string' } : { type: 'string', format: 'binary' };
    return { requestBody: { required: true, content: Object.fromEntries((route.bodyTypes ?? []).map((t) => [t, { schema }])) } };
  }
  if (!route.body) return {};
  return { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } };
}

export function buildOpenApiDocument(routes: Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const responses: Record<string, JsonSchema> = {};
    for (const [status, doc] of Object.entries(route.responses)) {
      const types = doc.contentTypes ?? (doc.schema ? ['application/json'] : []);
      responses[status] = {
        description: doc.description,
        ...(types.length
          ? { content: Object.fromEntries(types.map((t) => [t, doc.schema ? { schema: jsonSchema(doc.schema, 'output') } : {}])) }
          : {}),
      };
    }
    for (const status of ['400', '401', '403']) {
      responses[status] ??= { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    (paths[path] ??= {})[route.method] = {
      operationId: route.id,
      summary: route.summary,
      tags: [route.tag],
      security: route.auth === 'public' ? [] : [{ bearer: [] }],
      parameters: [...parametersFor(route.params, 'path'), ...parametersFor(route.query, 'query')],
      ...requestBody(route),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shuyu (数域) API',
      version,
      description: 'Privacy-preserving data sandbox platform for public data authorized operation (公共数据授权运营).',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
