/**
 * Builds the OpenAPI 3.1 document from the declared routes' own zod schemas, so what is
 * documented is exactly what is validated. Every operation gets a description (its summary and
 * the roles that may call it) and its error answers (see openapi-errors.ts); every request field
 * a description and an example (its schema's `.meta()`, else the shared docs in
 * openapi-field-docs.ts); every pattern a form other languages' generators accept (see
 * portable-pattern.ts); every operation a curl sample built from those examples.
 */
import { z, type ZodType } from 'zod';
import { defineAbilityFor } from '../../policies/define-ability-for';
import { roles } from '../../policies/roles';
import { bodyExample } from './openapi-body-examples';
import { curlSample } from './openapi-code-sample';
import { commonFields, operationFields, pathParameterDoc, type FieldDoc } from './openapi-field-docs';
import { errorResponses, errorSchema } from './openapi-errors';
import { portablePattern } from './portable-pattern';
import type { Route } from './route';

type JsonSchema = Record<string, unknown>;
type ParameterDoc = { name: string; in: string; required: boolean; example?: unknown };

/** Rewrites every `pattern` in a schema tree into its portable form. */
function portable(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  if (typeof schema.pattern === 'string') schema.pattern = portablePattern(schema.pattern);
  Object.values(schema).forEach(portable);
}

function jsonSchema(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  portable(rest);
  return rest;
}

/** Fills a field's description and example from the shared docs where its schema has none. */
function documented(schema: JsonSchema, fallback: FieldDoc | undefined): JsonSchema {
  if (!fallback) return schema;
  const choices = Array.isArray(schema.enum) ? (schema.enum as unknown[]) : null;
  const example = choices && !choices.includes(fallback.example) ? choices[0] : fallback.example;
  return { ...schema, description: schema.description ?? fallback.description, ...('example' in schema ? {} : { example }) };
}

/** Request body properties, recursively (objects, arrays, unions), documented where they say nothing. */
function documentProperties(node: unknown, docs: Record<string, FieldDoc>): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonSchema & { properties?: Record<string, JsonSchema> };
  if (schema.properties) {
    for (const [name, property] of Object.entries(schema.properties)) schema.properties[name] = documented(property, docs[name]);
  }
  for (const key of ['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) {
    const child = schema[key];
    if (Array.isArray(child)) child.forEach((c) => documentProperties(c, docs));
    else if (key === 'properties' && child) Object.values(child).forEach((c) => documentProperties(c, docs));
    else documentProperties(child, docs);
  }
}

function parametersFor(route: Route, schema: ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const fallback = where === 'path' ? (pathParameterDoc(route.path, name) ?? commonFields[name]) : commonFields[name];
    const { description, example, ...rest } = documented(property, fallback);
    return {
      name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      ...(description === undefined ? {} : { description }),
      ...(example === undefined ? {} : { example }),
      schema: rest,
    };
  });
}

function requestBody(route: Route): JsonSchema {
  if (route.bodyKind === 'text' || route.bodyKind === 'stream') {
    const schema = route.bodyKind === 'text' ? { type: 'string' } : { type: 'string', format: 'binary' };
    const content = (route.bodyTypes ?? []).map((t) => [t, { schema, ...(bodyExample(t) === undefined ? {} : { example: bodyExample(t) }) }]);
    return { requestBody: { required: true, description: route.summary, content: Object.fromEntries(content) } };
  }
  if (!route.body) return {};
  const schema = jsonSchema(route.body, 'input');
  documentProperties(schema, { ...commonFields, ...operationFields[route.id] });
  return { requestBody: { required: true, content: { 'application/json': { schema, example: exampleOf(schema) } } } };
}

/** An example body assembled from its properties' examples (every field, so that it shows them all). */
function exampleOf(schema: JsonSchema): unknown {
  if ('example' in schema) return schema.example;
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties) return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, exampleOf(property)]));
  if (schema.type === 'array' && schema.items) return [exampleOf(schema.items as JsonSchema)];
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union?.length) return exampleOf(union.find((s) => s.type !== 'null') ?? union[0]);
  return undefined;
}

/** Who may call the operation: the roles whose grants allow its action on its subject. */
function callers(route: Route): string {
  if (route.auth === 'public') return 'Anyone, without a token.';
  const [action, subject] = route.permission;
  const allowed = roles.filter((role) => defineAbilityFor({ id: 'doc', role, unit: 'doc', entrusted: 'all', partner: { operatorUnit: 'doc', live: true } }).can(action, subject));
  const metrics = route.auth === 'metrics' ? ' Also the metrics token.' : '';
  return `Who may call it: ${allowed.join(', ') || 'no role'} (the ${action} permission on ${subject}; records outside the principal’s own scope answer 404).${metrics}`;
}

function responsesFor(route: Route): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, doc] of Object.entries(route.responses)) {
    if (Number(status) >= 400) continue;
    const types = doc.contentTypes ?? (doc.schema ? ['application/json'] : []);
    responses[status] = {
      description: doc.description,
      ...(types.length
        ? { content: Object.fromEntries(types.map((t) => [t, doc.schema ? { schema: jsonSchema(doc.schema, 'output') } : {}])) }
        : {}),
    };
  }
  return { ...responses, ...errorResponses(route) };
}

export function buildOpenApiDocument(routes: Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const operation = {
      operationId: route.id,
      summary: route.summary,
      description: `${route.description ?? route.summary}\n\n${callers(route)}`,
      tags: [route.tag],
      security: route.auth === 'public' ? [] : [{ bearer: [] }],
      parameters: [...parametersFor(route, route.params, 'path'), ...parametersFor(route, route.query, 'query')] as ParameterDoc[],
      ...requestBody(route),
      responses: responsesFor(route),
    };
    (paths[path] ??= {})[route.method] = { ...operation, 'x-codeSamples': [curlSample(route.method, path, operation)] };
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
