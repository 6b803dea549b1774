/**
 * Masking-rule routes: store a new version, read the history, the authority's approval of versions
 * that keep identifiers in clear, detect identifiers, preview.
 */
import { z } from 'zod';
import { answerLanguage, localizeDetections } from '../http/error-language/localize-views';
import { defineRoute, type Route } from '../http/route';
import type { CatalogService } from './catalog-service';
import { datasetIdParams } from './catalog-schemas';
import { ruleSetContentTypes, type MaskingRulesService } from './masking-rules-service';
import { approvalStatuses } from './rule-set-approval';

const approvalSchema = z.object({ status: z.enum(approvalStatuses), by: z.string().nullable(), at: z.string().nullable(), comment: z.string().nullable() });
const versionSchema = z.object({
  version: z.number().int(), document: z.record(z.string(), z.unknown()), sha256: z.string(), createdBy: z.string(), createdAt: z.string(),
  keepsIdentifiers: z.boolean(), keptInClear: z.array(z.string()), approval: approvalSchema,
});
const rows = z.array(z.record(z.string(), z.unknown()));
const versionParams = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().regex(/^[1-9][0-9]{0,8}$/, 'a rule-set version number').transform(Number),
});

export function maskingRulesRoutes(catalog: CatalogService, rules: MaskingRulesService): Route[] {
  return [
    defineRoute({
      id: 'masking_rules.put', method: 'put', path: '/datasets/:id/masking-rules', tag: 'Catalog',
      summary: 'Store a new version of the dataset’s masking and declassification rules (YAML or JSON; owning source unit)',
      permission: ['update', 'Dataset'], params: datasetIdParams, bodyKind: 'text', bodyTypes: ruleSetContentTypes,
      responses: {
        201: { description: 'stored; a version that keeps identifiers in clear is pending until the authority approves it (see GET)', schema: z.object({ version: z.number().int(), sha256: z.string() }) },
        422: { description: 'invalid or incomplete: details name each column' },
      },
      handler: async ({ params, body, principal, ability, req, audit, commitAudited }) => {
        audit.resource = `dataset:${params.id}`;
        const dataset = await catalog.visible(params.id, ability, 'update');
        const stored = await rules.put(dataset, body as string, req.get('content-type'), principal, commitAudited(201));
        return { status: 201, body: { version: stored.version, sha256: stored.sha256 } };
      },
    }),
    defineRoute({
      id: 'masking_rules.read', method: 'get', path: '/datasets/:id/masking-rules', tag: 'Catalog',
      summary: 'The rule set in force and every earlier version', permission: ['read', 'Dataset'], params: datasetIdParams,
      responses: { 200: { description: 'rule sets', schema: z.object({ current: versionSchema.nullable(), versions: z.array(versionSchema) }) } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `dataset:${params.id}`;
        const dataset = await catalog.visible(params.id, ability);
        const versions = await rules.versions(dataset.id);
        return { status: 200, body: { current: versions.at(-1) ?? null, versions } };
      },
    }),
    defineRoute({
      id: 'masking_rules.approve', method: 'post', path: '/datasets/:id/masking-rules/:version/approval', tag: 'Catalog',
      summary: 'Approve or reject a rule-set version that keeps personal/identifier columns in clear (authority)',
      permission: ['decide', 'Dataset'], params: versionParams,
      body: z.strictObject({ decision: z.enum(['approve', 'reject']), comment: z.string().trim().max(2000).optional() }),
      responses: {
        201: { description: 'decided', schema: versionSchema },
        404: { description: 'unknown dataset or version' },
        409: { description: 'the version keeps no identifier in clear, or is already decided' },
      },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `dataset:${params.id}`;
        audit.details = { rulesVersion: params.version, decision: body.decision, comment: body.comment ?? null };
        const dataset = await catalog.visible(params.id, ability, 'decide');
        const decided = await rules.decide(dataset, params.version, body.decision, body.comment || null, principal, commitAudited(201));
        return { status: 201, body: decided };
      },
    }),
    defineRoute({
      id: 'masking_rules.preview', method: 'post', path: '/datasets/:id/masking-rules/preview', tag: 'Catalog',
      summary: 'Raw and masked rows side by side, under the rules in force or the rules sent (owning source unit only)',
      permission: ['preview', 'Dataset'], params: datasetIdParams,
      body: z.strictObject({
        rules: z.record(z.string(), z.unknown()).optional().meta({ description: 'A rule set to try (as JSON); omit to preview the one in force', example: { columns: { id_number: { strategy: 'pseudonymize' } } } }),
        limit: z.number().int().min(1).max(100).default(10).meta({ description: 'How many sample rows to show before and after masking', example: 10 }),
      }),
      responses: {
        200: {
          description: 'rows before and after masking; keptInClear names the personal/identifier columns the rules keep in clear',
          schema: z.object({ before: rows, after: rows, rulesVersion: z.number().int().nullable(), filteredOut: z.number().int(), keptInClear: z.array(z.string()) }),
        },
      },
      handler: async ({ params, body, ability, audit }) => {
        audit.resource = `dataset:${params.id}`;
        const dataset = await catalog.visible(params.id, ability, 'preview');
        const preview = await rules.preview(dataset, body.rules, body.limit);
        audit.details = { rows: preview.before.length, rulesVersion: preview.rulesVersion, draftRules: body.rules !== undefined, keptInClear: preview.keptInClear };
        return { status: 200, body: preview };
      },
    }),
    defineRoute({
      id: 'dataset.detect', method: 'post', path: '/datasets/:id/detect', tag: 'Catalog',
      summary: 'Suggest a semantic, a confidence and a rule for each column from a sample of the vault (owning source unit)',
      permission: ['preview', 'Dataset'], params: datasetIdParams,
      responses: {
        200: {
          description: 'one suggestion per column; evidence never quotes values',
          schema: z.object({ columns: z.array(z.object({ name: z.string(), semantic: z.string().nullable(), confidence: z.number(), suggestedRule: z.record(z.string(), z.unknown()), evidence: z.array(z.string()), personal: z.string(), identifier: z.string() })) }),
        },
      },
      handler: async ({ params, ability, req, res, audit }) => {
        audit.resource = `dataset:${params.id}`;
        const dataset = await catalog.visible(params.id, ability, 'preview');
        return { status: 200, body: { columns: localizeDetections(await rules.detect(dataset), answerLanguage({ req, res })) } };
      },
    }),
  ];
}
