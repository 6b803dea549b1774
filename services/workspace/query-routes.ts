/** Sandbox workspace routes: SQL on the dev twin (JSON or Arrow IPC), and the sandbox's schema. */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { CatalogService } from '../catalog/catalog-service';
import { sqlFingerprint, StatementRefusedError, type QueryService } from './query-service';
import type { WorkspaceAccess } from './workspace-access';

const ARROW = 'application/vnd.apache.arrow.stream';
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export function queryRoutes(queries: QueryService, access: WorkspaceAccess, catalog: CatalogService, rules: MaskingRulesService): Route[] {
  return [
    defineRoute({
      id: 'sandbox.query', method: 'post', path: '/sandboxes/:id/query', tag: 'Sandboxes',
      summary: 'Run one read-only SELECT on the synthetic dev twin (JSON, or Arrow IPC by Accept). tier "live" is refused: use approved models.',
      permission: ['query', 'Sandbox'], params: idParams,
      body: z.strictObject({
        sql: z.string().min(1).max(100_000).meta({ description: 'One read-only SELECT on the sandbox tables', example: 'SELECT street, count(*) AS people FROM residents GROUP BY street' }),
        tier: z.enum(['dev', 'live']).default('dev').meta({ description: 'dev: the synthetic twin; live is refused (403): live data is reached only through approved models', example: 'dev' }),
      }),
      responses: {
        200: {
          description: 'the result, capped; `truncated` says when rows were cut',
          schema: z.object({ columns: z.array(z.object({ name: z.string(), type: z.string() })), rows: z.array(z.array(z.unknown())), rowCount: z.number().int(), truncated: z.boolean() }),
          contentTypes: ['application/json', ARROW],
        },
        403: { description: 'tier live' }, 408: { description: 'timed out' }, 410: { description: 'sealed' }, 422: { description: 'statement refused by the guard' },
      },
      handler: async ({ params, body, ability, principal, requestId, req, res, audit }) => {
        audit.resource = `sandbox:${params.id}`;
        audit.details = { tier: body.tier, ...sqlFingerprint(body.sql) };
        const actor = { actorId: principal.id, role: principal.role, requestId };
        const open = await queries.open(params.id, ability, body.tier);
        audit.agreementId = open.agreement.id;
        try {
          // Both formats stream as the worker sends the result; its row count and whether it was
          // cut are in the statement's journal entry (statement.end), written when it ends.
          const format = req.accepts(['application/json', ARROW]) === ARROW ? 'arrow' : 'json';
          // A client that goes away stops its statement, also before the first byte.
          const gone = new AbortController();
          res.once('close', () => {
            if (!res.writableFinished) gone.abort(new Error('the client went away'));
          });
          const stream = await queries.queryStream(open, ability, body.sql, actor, format, gone.signal);
          audit.details = { ...audit.details, format };
          return { status: 200, headers: { 'Content-Type': format === 'arrow' ? ARROW : 'application/json; charset=utf-8' }, stream };
        } catch (error) {
          if (error instanceof StatementRefusedError) {
            audit.outcome = 'denied';
            audit.details = { ...audit.details, refused: error.message };
          }
          throw error;
        }
      },
    }),
    defineRoute({
      id: 'sandbox.schema', method: 'get', path: '/sandboxes/:id/schema', tag: 'Sandboxes',
      summary: 'The sandbox tables: columns, output types, semantics and the masking applied (dev and live share it)',
      permission: ['read', 'Sandbox'], params: idParams,
      responses: {
        200: {
          description: 'tables',
          schema: z.object({ tables: z.array(z.object({
            name: z.string(), datasetId: z.string(), title: z.string(), rows: z.number().int(), vaultVersion: z.number().int(), rulesVersion: z.number().int(),
            columns: z.array(z.object({ name: z.string(), type: z.string(), description: z.string().optional(), semantic: z.string().optional(), masking: z.string() })),
          })) }),
        },
        410: { description: 'the agreement is sealed or destroyed' },
      },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `sandbox:${params.id}`;
        const { sandbox, agreement } = await access.open(params.id, ability, 'read');
        audit.agreementId = agreement.id;
        // Each table's dataset and rule set are point reads, all asked for at once.
        const tables = await Promise.all(sandbox.loaded.map(async (loaded) => {
          const dataset = await catalog.get(loaded.datasetId);
          const ruleSet = (await rules.version(dataset, loaded.rulesVersion))?.document;
          return {
            name: loaded.table, datasetId: dataset.id, title: dataset.title, rows: loaded.rows, vaultVersion: loaded.vaultVersion, rulesVersion: loaded.rulesVersion,
            columns: loaded.columns.map((c) => {
              const spec = dataset.columns.find((d) => d.name === c.name);
              return { ...c, ...(spec?.description ? { description: spec.description } : {}), ...(spec?.semantic ? { semantic: spec.semantic } : {}), masking: ruleSet?.columns[c.name]?.strategy ?? 'keep' };
            }),
          };
        }));
        return { status: 200, body: { tables } };
      },
    }),
  ];
}
