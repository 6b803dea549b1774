/**
 * Run routes: run an approved model, read runs (operators: only what depends on no live value), the reviewer's airlock, release, download, trace.
 * Disclosure check messages and the airlock's reasons follow Accept-Language (stored in English).
 */
import { z } from 'zod';
import { toArrow, toCsv, toParquet } from '../../sandbox/encoders/output-formats';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { answerLanguage, localizeReview, localizeRun } from '../http/error-language/localize-views';
import { defineRoute, type Route } from '../http/route';
import type { ModelService } from '../models/model-service';
import type { SandboxService } from '../sandboxes/sandbox-service';
import type { OutputFiles } from './output-files';
import { operatorRunStatuses, runStatuses, type Run } from './run';
import type { RunService } from './run-service';
import { operatorView } from './run-views';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const check = z.object({ name: z.string(), passed: z.boolean(), message: z.string() });
export const runSchema = z.object({
  id: z.string(), modelId: z.string(), agreementId: z.string(), sandboxId: z.string(), params: z.record(z.string(), z.unknown()),
  status: z.enum(runStatuses), rowCount: z.number().int(), disclosure: z.object({ suppressedRows: z.number().int(), checks: z.array(check) }),
  outputSha256: z.string().nullable(), fingerprint: z.string().nullable(), runBy: z.string(), createdAt: z.string(), startedAt: z.string(), finishedAt: z.string().nullable(),
  failure: z.string().nullable(), reviewOpenedBy: z.string().nullable(), reviewOpenedAt: z.string().nullable(),
  releasedBy: z.string().nullable(), releasedAt: z.string().nullable(), releaseComment: z.string().nullable(),
  firstApproval: z.object({ by: z.string(), at: z.string(), comment: z.string().nullable() }).nullable().describe('the first of two approvals under two-person release'),
});
export const operatorRunSchema = z.object({
  id: z.string(), modelId: z.string(), status: z.enum(operatorRunStatuses), params: z.record(z.string(), z.unknown()),
  createdAt: z.string(), updatedAt: z.string(), releaseComment: z.string().nullable().optional(),
});
const FORMATS = { json: 'application/json', csv: 'text/csv', parquet: 'application/vnd.apache.parquet', arrow: 'application/vnd.apache.arrow.stream' } as const;

export type RunRouteDeps = { runs: RunService; models: ModelService; outputs: OutputFiles; settings: AgreementSettingsStore; sandboxes: SandboxService; clock: Clock };

export function runRoutes({ runs, models, outputs, settings, sandboxes, clock }: RunRouteDeps): Route[] {
  /** Reviewers (who may release) read the whole run; everyone else the operator's view. */
  const viewFor = async (run: Run, isReviewer: boolean) => (isReviewer ? run : operatorView(run, (await settings.get(run.agreementId)).queryTimeoutMs, clock.now()));
  return [
    defineRoute({
      id: 'run.create', method: 'post', path: '/models/:id/runs', tag: 'Runs',
      summary: 'Queue a run of an approved model on live data, through disclosure control (its operator); the answer says nothing of how it will go',
      permission: ['execute', 'Sandbox'], params: idParams,
      body: z.strictObject({
        params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({})
          .meta({ description: 'A value for each of the model’s parameters, by name', example: { born_before: '1966-01-01' } }),
      }),
      responses: { 201: { description: 'queued', schema: operatorRunSchema }, 409: { description: 'model not approved' }, 410: { description: 'the agreement is sealed or destroyed' }, 429: { description: 'run budget exhausted' } },
      handler: async ({ params, body, ability, principal, audit, commitAudited }) => {
        audit.resource = `model:${params.id}`;
        const model = await models.visible(params.id, ability, 'execute');
        audit.agreementId = model.agreementId;
        const run = await runs.start(model, body.params, ability, principal, (r) => {
          audit.resource = `run:${r.id}`;
          audit.details = { modelId: model.id, modelVersion: model.version, params: body.params };
          return commitAudited(201);
        });
        return { status: 201, body: await viewFor(run, false) };
      },
    }),
    defineRoute({
      id: 'run.list', method: 'get', path: '/sandboxes/:id/runs', tag: 'Runs',
      summary: 'The runs of a sandbox (operators see only what depends on no live value before the decision)', permission: ['read', 'Sandbox'], params: idParams,
      responses: { 200: { description: 'runs', schema: z.object({ runs: z.array(z.union([runSchema, operatorRunSchema])) }) } },
      handler: async ({ params, ability, req, res, audit }) => {
        audit.resource = `sandbox:${params.id}`;
        const { sandbox, agreement } = await sandboxes.visible(params.id, ability, 'read');
        audit.agreementId = agreement.id;
        const reviewer = ability.can('release', 'Run');
        const language = answerLanguage({ req, res });
        return { status: 200, body: { runs: await Promise.all((await runs.list(sandbox.id)).map(async (r) => localizeRun(await viewFor(r, reviewer), language))) } };
      },
    }),
    defineRoute({
      id: 'run.read', method: 'get', path: '/runs/:id', tag: 'Runs',
      summary: 'A run: reviewers see status, counts and checks; operators only id, model, status, parameters and times', permission: ['read', 'Sandbox'], params: idParams,
      responses: { 200: { description: 'the run', schema: z.union([runSchema, operatorRunSchema]) } },
      handler: async ({ params, ability, req, res, audit }) => {
        audit.resource = `run:${params.id}`;
        const run = await runs.visible(params.id, ability);
        audit.agreementId = run.agreementId;
        return { status: 200, body: localizeRun(await viewFor(run, ability.can('release', 'Run')), answerLanguage({ req, res })) };
      },
    }),
    defineRoute({
      id: 'run.review', method: 'get', path: '/runs/:id/review', tag: 'Runs',
      summary: 'The airlock (reviewers): every output row with its cell diagnostics, the suppressed rows marked, differencing pairs, the model’s SQL and parameters; opening it is recorded and required before release',
      permission: ['release', 'Run'], params: idParams,
      responses: { 200: { description: 'what the reviewer reads' } },
      handler: async ({ params, ability, principal, req, res, audit, commitAudited }) => {
        audit.resource = `run:${params.id}`;
        const { run, model, review, approvalsNeeded } = await runs.openReview(params.id, ability, principal, commitAudited(200));
        audit.agreementId = run.agreementId;
        audit.details = { status: run.status, rows: review?.review.length ?? 0 };
        const verdict = run.status === 'awaiting-release' ? 'releasable' : run.status;
        return {
          status: 200,
          body: localizeReview({
            run, verdict, failure: run.failure, approvalsNeeded,
            model: { id: model.id, name: model.name, version: model.version, sha256: model.sha256, reviewedBy: model.reviewedBy, sql: model.sql, parameters: model.parameters, purpose: model.purpose, checks: model.checks, recordLevelGranted: model.recordLevelGranted, unsafeStatisticsGranted: model.unsafeStatisticsGranted },
            columns: review?.columns ?? [], rows: review?.review ?? [], differencing: review?.pairs ?? [], checks: review?.checks ?? run.disclosure.checks,
          }, answerLanguage({ req, res })),
        };
      },
    }),
    defineRoute({
      id: 'run.release', method: 'post', path: '/runs/:id/release', tag: 'Runs',
      summary: 'Release or reject an output (出域审核; a reviewer who has opened the airlock, never the run’s own operator); blocked and failed runs can only be rejected',
      permission: ['release', 'Run'], params: idParams,
      body: z.strictObject({ decision: z.enum(['approve', 'reject']), comment: z.string().max(2000).optional() }),
      responses: { 200: { description: 'the decided run', schema: runSchema }, 409: { description: 'not awaiting release, or the airlock view was not opened' } },
      handler: async ({ params, body, ability, principal, req, res, audit, commitAudited }) => {
        audit.resource = `run:${params.id}`;
        audit.details = { decision: body.decision, comment: body.comment ?? null };
        const run = await runs.release(params.id, ability, body.decision, body.comment ?? null, principal, commitAudited(200));
        audit.agreementId = run.agreementId;
        return { status: 200, body: localizeRun(run, answerLanguage({ req, res })) };
      },
    }),
    defineRoute({
      id: 'run.output', method: 'get', path: '/runs/:id/output', tag: 'Runs',
      summary: 'The released output with its provenance and check summary: JSON, or by Accept (or ?format=) CSV, Parquet or Arrow IPC (its operator)',
      permission: ['execute', 'Sandbox'], params: idParams, query: z.strictObject({ format: z.enum(['json', 'csv', 'parquet', 'arrow']).optional() }),
      responses: { 200: { description: 'the output', contentTypes: Object.values(FORMATS) }, 409: { description: 'not released' } },
      handler: async ({ params, query, ability, req, audit }) => {
        audit.resource = `run:${params.id}`;
        const run = await runs.visible(params.id, ability, 'execute');
        audit.agreementId = run.agreementId;
        if (run.status !== 'released') throw new ConflictError('outputs leave only after release', 'not_released');
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
      query: z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{32}$/).meta({ description: 'The fingerprint found in the file (X-Shuyu-Fingerprint, or the file’s fingerprint line or metadata)', example: '9f2c4e7a1b3d5f608a7c9e1b2d4f6a8c' }) }),
      responses: { 200: { description: 'the run', schema: runSchema }, 404: { description: 'unknown fingerprint' } },
      handler: async ({ query, req, res, audit }) => {
        audit.resource = `fingerprint:${query.fingerprint}`;
        const run = await runs.trace(query.fingerprint);
        audit.agreementId = run.agreementId;
        return { status: 200, body: localizeRun(run, answerLanguage({ req, res })) };
      },
    }),
  ];
}
