/** `POST /subject-requests` (authority): which uses touched one person's (or entity's) record. */
import crypto from 'node:crypto';
import { z } from 'zod';
import { semantics } from '../../masking-rules/dataset-schema';
import { defineRoute, type Route } from '../http/route';
import type { SubjectRequestService } from './subject-request-service';
import { subjectUseReasons } from './subject-uses';

const use = z.object({
  id: z.string(),
  reason: z.enum(subjectUseReasons).describe('contributed-rows: the stored lineage of a released output holds the person; read-table: it read a table holding the person, and no row lineage was kept (not released, record-level, an API product); read-table-unchecked: released, but the sandbox is gone and its lineage can no longer be run'),
  tables: z.array(z.string()).describe('the sandbox tables it read'),
});

export function subjectRequestRoutes(subjects: SubjectRequestService): Route[] {
  return [
    defineRoute({
      id: 'subject.request', method: 'post', path: '/subject-requests', tag: 'Audit',
      summary: 'Which agreements, runs and products used the record of one data subject (authority), each run and product with the reason it is listed. The value is never stored.',
      permission: ['answer', 'SubjectRequest'],
      body: z.strictObject({ semantic: z.enum(semantics), value: z.string().trim().min(1).max(200) }),
      responses: {
        200: {
          description: 'the uses',
          schema: z.object({ matches: z.array(z.object({
            agreementId: z.string(), agreementStatus: z.string(), datasetId: z.string(), vaultVersions: z.array(z.number().int()), runs: z.array(z.string()), products: z.array(z.string()),
            runItems: z.array(use).describe('the runs the person’s records reached, with why'), productItems: z.array(use).describe('the products the person’s records reached, with why'),
          })) }),
        },
      },
      handler: async ({ body, audit, principal, requestId }) => {
        audit.resource = 'subjects';
        audit.details = { semantic: body.semantic, valueSha256: crypto.createHash('sha256').update(body.value).digest('hex') };
        const matches = await subjects.find(body.semantic, body.value, { actorId: principal.id, role: principal.role, requestId });
        audit.details = { ...audit.details, matches: matches.length };
        return { status: 200, body: { matches } };
      },
    }),
  ];
}
