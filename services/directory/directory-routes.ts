/**
 * `/directory` (授权运营目录): every role reads the current version (or a past one) and the list
 * of versions; a source unit proposes entries for its own datasets; the authority publishes or
 * rejects proposals and withdraws entries. Each publication is a new version.
 */
import { z } from 'zod';
import { identifierName } from '../../masking-rules/dataset-schema';
import type { CatalogService } from '../catalog/catalog-service';
import { defineRoute, type Route } from '../http/route';
import { directoryOpennesses, proposalStatuses, type DirectoryVersion } from './directory';
import type { DirectoryService } from './directory-service';

const entrySchema = z.object({
  datasetId: z.string(), datasetName: z.string(), title: z.string(), sourceUnit: z.string(), level: z.string(),
  columns: z.array(z.string()), scenarios: z.array(z.string()).describe('empty: any scenario'), openness: z.enum(directoryOpennesses),
});
const versionSchema = z.object({ version: z.number().int(), publishedBy: z.string(), publishedAt: z.string(), note: z.string(), entries: z.array(entrySchema) });
const proposalSchema = z.object({
  id: z.string(), datasetId: z.string(), sourceUnit: z.string(), columns: z.array(z.string()), scenarios: z.array(z.string()), openness: z.enum(directoryOpennesses),
  note: z.string().nullable(), status: z.enum(proposalStatuses), proposedBy: z.string(), proposedAt: z.string(),
  decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), decisionComment: z.string().nullable(), publishedVersion: z.number().int().nullable(),
});

export function directoryRoutes(directory: DirectoryService, catalog: CatalogService): Route[] {
  // Entries carry the dataset's name, title, unit and level, so that a reader needs no second call.
  const described = async (v: DirectoryVersion) => ({
    ...v,
    entries: await Promise.all(v.entries.map(async (e) => {
      const d = await catalog.get(e.datasetId);
      return { ...e, datasetName: d.name, title: d.title, sourceUnit: d.ownerUnit, level: d.level };
    })),
  });
  return [
    defineRoute({
      id: 'directory.read', method: 'get', path: '/directory', tag: 'Directory',
      summary: 'The directory of data open to authorized operation (授权运营目录): the current version, or `?version=N`',
      permission: ['read', 'Directory'], query: z.strictObject({ version: z.coerce.number().int().min(1).optional().meta({ description: 'A published version of the directory; omit for the current one', example: 3 }) }),
      responses: { 200: { description: 'the version (0 with no entries before the first publication)', schema: versionSchema }, 404: { description: 'no such version' } },
      handler: async ({ query, audit }) => {
        audit.resource = 'directory';
        return { status: 200, body: await described(query.version ? await directory.version(query.version) : await directory.current()) };
      },
    }),
    defineRoute({
      id: 'directory.versions', method: 'get', path: '/directory/versions', tag: 'Directory',
      summary: 'Every published version of the directory, newest first', permission: ['read', 'Directory'],
      responses: { 200: { description: 'versions', schema: z.object({ versions: z.array(z.object({ version: z.number().int(), publishedBy: z.string(), publishedAt: z.string(), note: z.string(), entryCount: z.number().int() })) }) } },
      handler: async ({ audit }) => {
        audit.resource = 'directory';
        return { status: 200, body: { versions: await directory.versions() } };
      },
    }),
    defineRoute({
      id: 'directory.propose', method: 'post', path: '/directory/proposals', tag: 'Directory',
      summary: 'Propose the directory entry of one of one’s own datasets: columns, scenarios (empty: any) and openness (source units)',
      permission: ['create', 'DirectoryProposal'],
      body: z.strictObject({
        datasetId: z.string().min(1).max(100),
        columns: z.array(identifierName).min(1).max(500).meta({ description: 'The columns open to authorized operation', example: ['street', 'birth_date', 'income'] }),
        scenarios: z.array(z.string().trim().min(1).max(200)).max(50).meta({ description: 'The scenarios they are open to; empty: any', example: ['就业帮扶'] }),
        openness: z.enum(directoryOpennesses).meta({ description: 'unconditional (无条件) or conditional (有条件) opening', example: 'conditional' }),
        note: z.string().trim().max(2000).optional(),
      }),
      responses: { 201: { description: 'proposed', schema: proposalSchema }, 403: { description: 'another unit’s dataset' }, 422: { description: 'unknown dataset or column, or openness looser than the dataset’s' } },
      handler: async ({ body, principal, ability, audit, commitAudited }) => {
        const { note, ...entry } = body;
        const created = await directory.propose(entry, note || null, principal, ability, (p) => {
          audit.resource = `directory-proposal:${p.id}`;
          return commitAudited(201);
        });
        return { status: 201, body: created };
      },
    }),
    defineRoute({
      id: 'directory.proposals', method: 'get', path: '/directory/proposals', tag: 'Directory',
      summary: 'Directory proposals, newest first: every one (authority, auditors), or one’s own unit’s (source units)',
      permission: ['read', 'DirectoryProposal'],
      responses: { 200: { description: 'proposals', schema: z.object({ proposals: z.array(proposalSchema) }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'directory-proposals';
        return { status: 200, body: { proposals: await directory.proposals(ability) } };
      },
    }),
    defineRoute({
      id: 'directory.decide', method: 'post', path: '/directory/proposals/:id/decision', tag: 'Directory',
      summary: 'Publish a proposal (a new directory version with its entry) or reject it, with a comment (authority)',
      permission: ['decide', 'DirectoryProposal'], params: z.strictObject({ id: z.string().min(1).max(100) }),
      body: z.strictObject({ decision: z.enum(['publish', 'reject']), comment: z.string().trim().max(2000).optional() }),
      responses: { 200: { description: 'decided', schema: proposalSchema }, 404: { description: 'not found' }, 409: { description: 'already decided' } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `directory-proposal:${params.id}`;
        return { status: 200, body: await directory.decide(params.id, body.decision, body.comment || null, principal, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'directory.withdraw', method: 'delete', path: '/directory/entries/:datasetId', tag: 'Directory',
      summary: 'Withdraw a dataset from the directory: a new version without it; agreements already made keep their term (authority)',
      permission: ['delete', 'Directory'], params: z.strictObject({ datasetId: z.string().min(1).max(100) }),
      query: z.strictObject({ reason: z.string().trim().min(1).max(2000) }),
      responses: { 200: { description: 'the new version', schema: versionSchema }, 404: { description: 'not in the directory' } },
      handler: async ({ params, query, principal, audit, commitAudited }) => {
        audit.resource = `directory:${params.datasetId}`;
        return { status: 200, body: await described(await directory.withdraw(params.datasetId, query.reason, principal, commitAudited(200))) };
      },
    }),
  ];
}
