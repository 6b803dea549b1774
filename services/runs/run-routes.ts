/** Run routes: run an approved model, read a run, release it (authority), download, trace a fingerprint. */
import { z } from 'zod';
import { toArrow, toCsv, toParquet } from '../../sandbox/encoders/output-formats';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { defineRoute, type Route } from '../http/route';
import type { ModelService } from '../models/model-service';
import type { OutputFiles } from './output-files';
import { runStatuses } from './run';
import type { RunService } from './run-service';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const check = z.object({ name: z.string(), passed: z.boolean(), message: z.string() });
const runSchema = z.object({
  id: z.string(), modelId: z.string(), agreementId: z.string(), sandboxId: z.string(), params: z.record(z.string(), z.unknown()),
  status: z.enum(runStatuses), rowCount: z.number().int(), disclosure: z.object({ suppressedRows: z.number().int(), checks: z.array(check) }),
  outputSha256: z.string().nullable(), fingerprint: z.string().nullable(), runBy: z.string(), startedAt: z.string(), finishedAt: z.string(),
  releasedBy: z.string().nullable(), releasedAt: z.string().nullable(), releaseComment: z.string().nullable(),
});
const FORMATS = { json: 'application/json', csv: 'text/csv', parquet: 'application/vnd.apache.parquet', arrow: 'application/vnd.apache.arrow.stream' } as const;

export function runRoutes(runs: RunService, models: ModelService, outputs: OutputFiles): Route[] {
  return [
    defineRoute({
      id: 'run.create', method: 'post', path: '/models/:id/runs', tag: 'Runs',
      summary: 'Run an approved model on live data, through disclosure control (its operator)', permission: ['query', 'Sandbox'], params: idParams,
      body: z.strictObject({ params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}) }),
      responses: { 201: { description: 'blocked or awaiting release', schema: z.object({ id: z.string(), status: z.enum(runStatuses), rowCount: z.number().int(), disclosure: runSchema.shape.disclosure }) }, 409: { description: 'model not approved' } },
      handler: async ({ params, body, ability, principal, audit }) => {
        audit.resource = `model:${params.id}`;
        const model = await models.visible(params.id, ability, 'query');
        audit.agreementId = model.agreementId;
        const run = await runs.run(model, body.params, ability, principal);
        audit.resource = `run:${run.id}`;
        audit.details = { modelId: model.id, modelVersion: model.version, params: body.params, status: run.status, rowCount: run.rowCount, suppressedRows: run.disclosure.suppressedRows };
        return { status: 201, body: { id: run.id, status: run.status, rowCount: run.rowCount, disclosure: run.disclosure } };
      },
    }),
    defineRoute({
      id: 'run.read', method: 'get', path: '/runs/:id', tag: 'Runs',
      summary: 'A run: status, counts and disclosure checks (never rows)', permission: ['read', 'Sandbox'], params: idParams,
      responses: { 200: { description: 'the run', schema: runSchema } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `run:${params.id}`;
        const run = await runs.visible(params.id, ability);
        audit.agreementId = run.agreementId;
        return { status: 200, body: run };
      },
    }),
    defineRoute({
      id: 'run.release', method: 'post', path: '/runs/:id/release', tag: 'Runs',
      summary: 'Release or reject an output (出域审核; authority, never the run’s own operator)', permission: ['decide', 'Application'], params: idParams,
      body: z.strictObject({ decision: z.enum(['approve', 'reject']), comment: z.string().max(2000).optional() }),
      responses: { 200: { description: 'the decided run', schema: runSchema }, 409: { description: 'not awaiting release' } },
      handler: async ({ params, body, ability, principal, audit }) => {
        audit.resource = `run:${params.id}`;
        audit.details = { decision: body.decision, comment: body.comment ?? null };
        const run = await runs.release(params.id, ability, body.decision, body.comment ?? null, principal);
        audit.agreementId = run.agreementId;
        return { status: 200, body: run };
      },
    }),
    defineRoute({
      id: 'run.output', method: 'get', path: '/runs/:id/output', tag: 'Runs',
      summary: 'The released output with its provenance: JSON, or by Accept (or ?format=) CSV, Parquet or Arrow IPC (its operator)',
      permission: ['query', 'Sandbox'], params: idParams, query: z.strictObject({ format: z.enum(['json', 'csv', 'parquet', 'arrow']).optional() }),
      responses: { 200: { description: 'the output', contentTypes: Object.values(FORMATS) }, 409: { description: 'not released' } },
      handler: async ({ params, query, ability, req, audit }) => {
        audit.resource = `run:${params.id}`;
        const run = await runs.visible(params.id, ability, 'query');
        audit.agreementId = run.agreementId;
        if (run.status !== 'released') throw new ConflictError(`the run is ${run.status}; outputs leave only after release`, 'not_released');
        const released = outputs.readReleased(run.id);
        if (!released) throw new NotFoundError('output');
        const accepted = req.accepts(Object.values(FORMATS));
        const format = query.format ?? (Object.entries(FORMATS).find(([, type]) => type === accepted)?.[0] as keyof typeof FORMATS | undefined) ?? 'json';
        const stamp = { fingerprint: released.manifest.fingerprint, runId: run.id, outputSha256: released.manifest.outputSha256 };
        audit.details = { format, fingerprint: stamp.fingerprint };
        const headers = { 'Content-Type': FORMATS[format], 'Content-Disposition': `attachment; filename="${run.id}.${format}"`, 'X-Shuyu-Fingerprint': stamp.fingerprint };
        if (format === 'json') return { status: 200, body: { manifest: released.manifest, ...released.output } };
        const body = format === 'csv' ? Buffer.from(toCsv(released.output, stamp), 'utf8') : format === 'arrow' ? toArrow(released.output, stamp) : await toParquet(released.output, stamp);
        return { status: 200, headers, stream: async (out) => { out.write(body); } };
      },
    }),
    defineRoute({
      id: 'output.trace', method: 'get', path: '/outputs/trace', tag: 'Runs',
      summary: 'Which run a fingerprint found in a (leaked) file belongs to (authority, auditor)', permission: ['read', 'AuditLog'],
      query: z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{32}$/) }),
      responses: { 200: { description: 'the run', schema: runSchema }, 404: { description: 'unknown fingerprint' } },
      handler: async ({ query, audit }) => {
        audit.resource = `fingerprint:${query.fingerprint}`;
        const run = await runs.trace(query.fingerprint);
        audit.agreementId = run.agreementId;
        return { status: 200, body: run };
      },
    }),
  ];
}
