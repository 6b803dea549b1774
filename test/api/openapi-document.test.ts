/**
 * The OpenAPI document is fit for outside clients: valid OpenAPI 3.1 by a well-kept validator
 * (@seriousme/openapi-schema-validator, run in its own process: it is ESM only); a description
 * and an example for every operation and every request field, each example fitting its own
 * schema; every error answer listed with the error schema; patterns that Python and Java
 * generators accept and that accept and refuse exactly what the routes do.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import { identifierName } from '../../masking-rules/dataset-schema';
import { propertyClass } from '../../services/http/portable-pattern';
import { startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; description?: string; example?: unknown; pattern?: string };
type Parameter = { name: string; in: string; description?: string; example?: unknown; schema: Schema };
type Operation = {
  operationId: string; description?: string; parameters: Parameter[]; security: unknown[]; 'x-codeSamples': { source: string }[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

const ROOT = path.resolve(__dirname, '../..');

describe('the OpenAPI document for outside clients', () => {
  let t: TestPlatform;
  let doc: { paths: Record<string, Record<string, Operation>> };
  let operations: [string, Operation][];

  beforeAll(async () => {
    t = await startTestPlatform();
    doc = (await t.http.get('/api/v1/openapi.json')).body;
    operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.values(methods).map((op): [string, Operation] => [p, op]));
  });
  afterAll(() => t.destroy());

  it('is valid OpenAPI 3.1 by @seriousme/openapi-schema-validator', async () => {
    const file = path.join(t.dataDir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const cli = path.join(ROOT, 'node_modules', '@seriousme', 'openapi-schema-validator', 'bin', 'validate-api-cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, file]);
    expect(JSON.parse(stdout)).toEqual({ valid: true });
  });

  it('gives every operation a description and a curl sample, and every request field a description and an example', () => {
    const missing: string[] = [];
    const walk = (schema: Schema | undefined, where: string): void => {
      if (!schema) return;
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (!property.description || property.example === undefined) missing.push(`${where}.${name}`);
        walk(property, `${where}.${name}`);
      }
      walk(schema.items, `${where}[]`);
      for (const key of ['anyOf', 'oneOf'] as const) (schema[key] as Schema[] | undefined)?.forEach((s) => walk(s, where));
      if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties as Schema, `${where}{}`);
    };
    expect(operations.length).toBe(t.platform.routes.length);
    for (const [p, op] of operations) {
      if (!op.description || op.description.length < 20) missing.push(`${op.operationId} description`);
      const sample = op['x-codeSamples'][0]?.source ?? '';
      const url = /^curl (?:-X [A-Z]+ )?'(https:[^']+)'/.exec(sample)?.[1];
      if (!url || url.includes('{')) missing.push(`${op.operationId} sample`);
      for (const parameter of op.parameters) if (!parameter.description || parameter.example === undefined) missing.push(`${op.operationId} ${parameter.in} ${parameter.name}`);
      const content = op.requestBody?.content ?? {};
      if (op.requestBody && !Object.values(content).some((c) => c.example !== undefined)) missing.push(`${op.operationId} body example (${p})`);
      walk(content['application/json']?.schema, `${op.operationId} body`);
    }
    expect(missing).toEqual([]);
  });

  it('has examples that fit their own schemas', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const misfits: string[] = [];
    const check = (schema: Schema, example: unknown, where: string) => {
      if (example !== undefined && !ajv.validate(schema, example)) misfits.push(`${where}: ${ajv.errorsText()}`);
    };
    for (const [, op] of operations) {
      for (const parameter of op.parameters) check(parameter.schema, parameter.example, `${op.operationId} ${parameter.name}`);
      const json = op.requestBody?.content['application/json'];
      if (json && typeof json.example === 'object') check(json.schema, json.example, `${op.operationId} body`);
    }
    expect(misfits).toEqual([]);
  });

  it('lists 404 for every operation with a path parameter, and every error answer with the error schema', () => {
    const gaps: string[] = [];
    for (const [p, op] of operations) {
      if (p.includes('{') && !op.responses['404']) gaps.push(`${op.operationId} 404`);
      if (op.security.length && !(op.responses['401'] && op.responses['403'])) gaps.push(`${op.operationId} 401/403`);
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400 && response.content?.['application/json']?.schema?.$ref !== '#/components/schemas/Error') gaps.push(`${op.operationId} ${status}`);
      }
    }
    expect(gaps).toEqual([]);
    const statuses = (id: string) => Object.keys(operations.find(([, op]) => op.operationId === id)?.[1].responses ?? {});
    expect(statuses('sandbox.query')).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409', '410', '413', '422', '503', '507']));
    expect(statuses('masking_rules.put')).toEqual(expect.arrayContaining(['409', '413', '415', '422']));
    expect(statuses('run.create')).toEqual(expect.arrayContaining(['409', '410', '429']));
    expect(statuses('public.disclosures')).not.toContain('401');
  });

  it('uses no Unicode property escape in any pattern, so that Python and Java generators accept them', () => {
    const patterns: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const pattern = (node as Schema).pattern;
      if (typeof pattern === 'string') patterns.push(pattern);
      Object.values(node).forEach(walk);
    };
    walk(doc);
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter((p) => /\\[pP]\{|\\u\{/.test(p))).toEqual([]);
  });

  it('emits patterns that accept and refuse the same names as the routes, rare CJK extensions included', () => {
    const datasetName = new RegExp(doc.paths['/api/v1/datasets'].post.requestBody?.content['application/json'].schema.properties?.name.pattern as string, 'u');
    const principalName = new RegExp(doc.paths['/api/v1/principals'].post.requestBody?.content['application/json'].schema.properties?.name.pattern as string, 'u');
    const principalRoute = t.platform.routes.find((r) => r.id === 'principal.create');
    const sample = [
      '居民', 'residents', 'a_1', '_x', '人口2026', '䶵', '〇', '々', '〡', '⺀', '⼀', '豈',
      '𠀀', '𪛖', '𫝀', '𫠠', '𬺰', '𮯰', '𰀀', '𱍐', '丽', '𠀀名称',
      'A', '1abc', 'ｱ', 'ㄅ', '가', 'あ', '😀', 'a-b', 'a b', '', 'résumé', 'Ωmega', '١٢٣', 'ℵ', '\u0301a',
    ];
    for (const s of sample) {
      expect([s, datasetName.test(s)]).toEqual([s, identifierName.safeParse(s).success]);
      const body = principalRoute?.body?.safeParse({ name: s, role: 'source', unit: 'u' });
      expect([s, principalName.test(s)]).toEqual([s, Boolean(body?.success)]);
    }
  });

  it('writes each property class so that it matches exactly the code points the property does', () => {
    for (const property of ['Script=Han', 'L', 'N']) {
      const explicit = new RegExp(`^[${propertyClass(property)}]$`, 'u');
      const native = new RegExp(`^\\p{${property}}$`, 'u');
      const differ: number[] = [];
      for (let cp = 0; cp <= 0x10ffff; cp += 1) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const char = String.fromCodePoint(cp);
        if (explicit.test(char) !== native.test(char)) differ.push(cp);
      }
      expect([property, differ]).toEqual([property, []]);
    }
  });
});
