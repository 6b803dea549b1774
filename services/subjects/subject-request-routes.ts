/** `POST /subject-requests` (authority): which uses touched one person's (or entity's) record. */
import crypto from 'node:crypto';
import { z } from 'zod';
import { semantics } from '../../masking-rules/dataset-schema';
import { defineRoute, type Route } from '../http/route';
import type { SubjectRequestService } from './subject-request-service';

export function subjectRequestRoutes(subjects: SubjectRequestService): Route[] {
  return [
    defineRoute({
      id: 'subject.request', method: 'post', path: '/subject-requests', tag: 'Audit',
      summary: 'Which agreements, runs and products used the record of one data subject (authority). The value is never stored.',
      permission: ['answer', 'SubjectRequest'],
      body: z.strictObject({ semantic: z.enum(semantics), value: z.string().trim().min(1).max(200) }),
      responses: {
        200: {
          description: 'the uses',
          schema: z.object({ matches: z.array(z.object({ agreementId: z.string(), agreementStatus: z.string(), datasetId: z.string(), vaultVersions: z.array(z.number().int()), runs: z.array(z.string()), products: z.array(z.string()) })) }),
        },
      },
      handler: async ({ body, audit }) => {
        audit.resource = 'subjects';
        audit.details = { semantic: body.semantic, valueSha256: crypto.createHash('sha256').update(body.value).digest('hex') };
        const matches = await subjects.find(body.semantic, body.value);
        audit.details = { ...audit.details, matches: matches.length };
        return { status: 200, body: { matches } };
      },
    }),
  ];
}
