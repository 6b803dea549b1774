/** Model routes: submit (with automatic checks), list, read, review. Check messages follow Accept-Language (stored in English). */
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { answerLanguage, localizeChecks, localizeModel } from '../http/error-language/localize-views';
import { defineRoute, type Route } from '../http/route';
import { StatementRefusedError } from '../workspace/query-service';
import type { WorkspaceAccess } from '../workspace/workspace-access';
import { modelStatuses, parameterSchema } from './model';
import type { ModelService } from './model-service';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const check = z.object({ name: z.string(), passed: z.boolean(), message: z.string() });
export const modelSchema = z.object({
  id: z.string(), sandboxId: z.string(), agreementId: z.string(), name: z.string(), version: z.number().int(), sql: z.string(),
  parameters: z.array(z.object({ name: z.string(), type: z.string() })), purpose: z.string(), sha256: z.string(), status: z.enum(modelStatuses),
  checks: z.array(check), createdBy: z.string(), createdAt: z.string(), reviewedBy: z.string().nullable(), reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(), recordLevelGranted: z.boolean(), unsafeStatisticsGranted: z.boolean(),
});

export function modelRoutes(models: ModelService, access: WorkspaceAccess): Route[] {
  return [
    defineRoute({
      id: 'model.submit', method: 'post', path: '/sandboxes/:id/models', tag: 'Models',
      summary: 'Submit a named, parameterised SQL model with its purpose; automatic checks run at once (its operator)',
      permission: ['query', 'Sandbox'], params: idParams,
      body: z.strictObject({
        name: z.string().trim().min(1).max(100).meta({ description: 'The model’s name; a new submission under the same name is its next version', example: '街道就业困难人员统计' }),
        sql: z.string().min(1).max(100_000).meta({ description: 'One SELECT; parameters are written $name', example: 'SELECT street, count(*) AS people FROM residents WHERE birth_date < $born_before GROUP BY street' }),
        parameters: z.array(parameterSchema).max(20).default([]).meta({ description: 'The parameters the SQL takes', example: [{ name: 'born_before', type: 'DATE' }] }),
        purpose: z.string().trim().min(1).max(4000).meta({ description: 'What the output is for, for the reviewer (模型查验)', example: '按街道统计60岁以上常住人口，用于养老服务规划' }),
        exampleParams: z.record(z.string(), z.union([z.string().max(1000), z.number(), z.boolean()])).optional().meta({ description: 'Parameter values for the automatic checks’ trial run on the twin', example: { born_before: '1966-01-01' } }),
      }),
      responses: { 201: { description: 'submitted, with the checks', schema: modelSchema.pick({ id: true, version: true, sha256: true, status: true, checks: true }) }, 410: { description: 'the agreement is sealed or destroyed' }, 422: { description: 'refused by the statement guard or the live form, or fails on the dev twin' } },
      handler: async ({ params, body, ability, principal, requestId, req, res, audit, commitAudited }) => {
        audit.resource = `sandbox:${params.id}`;
        const open = await access.open(params.id, ability, 'query');
        audit.agreementId = open.agreement.id;
        try {
          const model = await models.submit(open, ability, body, principal, requestId, (m) => {
            audit.resource = `model:${m.id}`;
            audit.details = { name: m.name, version: m.version, sha256: m.sha256, failedChecks: m.checks.filter((c) => !c.passed).map((c) => c.name) };
            return commitAudited(201);
          });
          return { status: 201, body: { id: model.id, version: model.version, sha256: model.sha256, status: model.status, checks: localizeChecks(model.checks, answerLanguage({ req, res })) } };
        } catch (error) {
          if (error instanceof StatementRefusedError || (error instanceof AppError && error.code === 'model_refused')) audit.outcome = 'denied';
          throw error;
        }
      },
    }),
    defineRoute({
      id: 'model.list', method: 'get', path: '/sandboxes/:id/models', tag: 'Models',
      summary: 'Every model version of a sandbox', permission: ['read', 'Sandbox'], params: idParams,
      responses: { 200: { description: 'models', schema: z.object({ models: z.array(modelSchema) }) }, 410: { description: 'the agreement is sealed or destroyed' } },
      handler: async ({ params, ability, req, res, audit }) => {
        audit.resource = `sandbox:${params.id}`;
        const { sandbox, agreement } = await access.open(params.id, ability, 'read');
        audit.agreementId = agreement.id;
        const language = answerLanguage({ req, res });
        return { status: 200, body: { models: (await models.list(sandbox.id)).map((m) => localizeModel(m, language)) } };
      },
    }),
    defineRoute({
      id: 'model.read', method: 'get', path: '/models/:id', tag: 'Models',
      summary: 'One model version with its checks and review', permission: ['read', 'Sandbox'], params: idParams,
      responses: { 200: { description: 'the model', schema: modelSchema } },
      handler: async ({ params, ability, req, res, audit }) => {
        audit.resource = `model:${params.id}`;
        const model = await models.visible(params.id, ability);
        audit.agreementId = model.agreementId;
        return { status: 200, body: localizeModel(model, answerLanguage({ req, res })) };
      },
    }),
    defineRoute({
      id: 'model.review', method: 'post', path: '/models/:id/review', tag: 'Models',
      summary: 'Approve or reject a model version (模型查验; the authority or an entrusted examiner). grantRecordLevel allows records or pseudonyms in its output; grantUnsafeStatistics allows min, max and the like (their cells face the dominance checks).',
      permission: ['review', 'Model'], params: idParams,
      body: z.strictObject({
        decision: z.enum(['approve', 'reject']), comment: z.string().max(2000).optional(),
        grantRecordLevel: z.boolean().default(false).meta({ description: 'Allow records or pseudonyms in the output (record-level output)', example: false }),
        grantUnsafeStatistics: z.boolean().default(false).meta({ description: 'Allow min, max and the like (their cells face the dominance checks)', example: false }),
      }),
      responses: { 200: { description: 'the reviewed model', schema: modelSchema }, 409: { description: 'already reviewed' } },
      handler: async ({ params, body, ability, principal, req, res, audit, commitAudited }) => {
        audit.resource = `model:${params.id}`;
        audit.details = { decision: body.decision, comment: body.comment ?? null, grantRecordLevel: body.grantRecordLevel, grantUnsafeStatistics: body.grantUnsafeStatistics };
        const model = await models.review(params.id, ability, body.decision, body.comment ?? null, { recordLevel: body.grantRecordLevel, unsafeStatistics: body.grantUnsafeStatistics }, principal, commitAudited(200));
        return { status: 200, body: localizeModel(model, answerLanguage({ req, res })) };
      },
    }),
  ];
}
