/**
 * `/feedback` (质量反馈): operators raise, source units answer and close, operators may close
 * their own; the authority and auditors read everything and the statistics per source unit.
 * No text of a feedback ever enters the audit log: entries name ids, the category and the kinds
 * of a refused value only.
 */
import { z } from 'zod';
import { defineRoute, type AuditNote, type Route } from '../http/route';
import type { Clock } from '../config/clock';
import { exampleKinds, feedbackCategories, feedbackStatuses } from './feedback';
import type { FeedbackService } from './feedback-service';
import { feedbackStatistics } from './feedback-statistics';
import { refusePersonalValues } from './personal-values';

const feedbackSchema = z.object({
  id: z.string(), agreementId: z.string(), operatorUnit: z.string(), raisedBy: z.string(), raisedAt: z.string(), datasetId: z.string(), sourceUnit: z.string(),
  column: z.string().nullable(), category: z.enum(feedbackCategories), description: z.string(),
  example: z.object({ kind: z.enum(exampleKinds), runId: z.string().nullable(), text: z.string() }).nullable(),
  status: z.enum(feedbackStatuses), answers: z.array(z.object({ by: z.string(), at: z.string(), text: z.string() })),
  firstAnsweredAt: z.string().nullable(), closedBy: z.string().nullable(), closedAt: z.string().nullable(), closingNote: z.string().nullable(),
});
const statisticsSchema = z.object({
  sourceUnit: z.string(), open: z.number().int(), answered: z.number().int(), closed: z.number().int(),
  responseHours: z.object({ count: z.number().int(), median: z.number(), max: z.number() }).nullable().describe('hours from raised to first answer, over answered feedback'),
  oldestOpenHours: z.number().nullable().describe('age of the oldest unanswered feedback'),
});
const id = z.string().min(1).max(100);
const idParams = z.strictObject({ id });
const text = z.string().trim().min(1).max(4000);
const raiseBody = z.strictObject({
  agreementId: id, datasetId: id,
  column: z.string().min(1).max(200).optional().meta({ description: 'The column the problem is in, if one', example: 'birth_date' }),
  category: z.enum(feedbackCategories).meta({ description: 'accuracy, completeness, timeliness, consistency or other', example: 'completeness' }),
  description: text.meta({ description: 'The problem, as the source unit will read it (no personal values)', example: '2026年第一季度公明街道的记录明显偏少' }),
  example: z.strictObject({
    kind: z.enum(exampleKinds).meta({ description: 'Where it was seen: dev (the twin) or run (a released output, give runId)', example: 'run' }),
    runId: id.optional(), text: text.meta({ description: 'What was seen, without personal values', example: '公明街道的人数为0' }),
  }).optional().meta({ description: 'Where the problem shows, described without personal values', example: { kind: 'run', runId: 'run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90', text: '公明街道的人数为0' } }),
});
const refused = 'refused: holds a personal value (personal_value, with the fields and kinds; never the text)';

/** The audit entry of a refusal names the fields and the kinds found, never the text. */
const noteRefusal = (audit: AuditNote) => (found: { fields: string[]; kinds: string[] }) => {
  audit.details = { ...audit.details, refused: found.fields, kinds: found.kinds };
};

export function feedbackRoutes(feedback: FeedbackService, clock: Clock): Route[] {
  return [
    defineRoute({
      id: 'feedback.list', method: 'get', path: '/feedback', tag: 'Governance',
      summary: 'Quality feedback (质量反馈), newest first: one’s own (operators), on one’s datasets (source units), every one (authority, auditors)',
      permission: ['read', 'Feedback'],
      query: z.strictObject({ status: z.enum(feedbackStatuses).optional(), agreementId: id.optional(), datasetId: id.optional() }),
      responses: { 200: { description: 'feedback with answers', schema: z.object({ feedback: z.array(feedbackSchema) }) } },
      handler: async ({ ability, query, audit }) => {
        audit.resource = 'feedback';
        return { status: 200, body: { feedback: await feedback.list(ability, query) } };
      },
    }),
    defineRoute({
      id: 'feedback.statistics', method: 'get', path: '/feedback/statistics', tag: 'Governance',
      summary: 'Per source unit: open, answered and closed feedback, and response times in hours (authority, auditors)',
      permission: ['list', 'Feedback'],
      responses: { 200: { description: 'statistics per source unit', schema: z.object({ sources: z.array(statisticsSchema), at: z.string() }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'feedback';
        const now = clock.now();
        return { status: 200, body: { sources: feedbackStatistics(await feedback.list(ability), now), at: now.toISOString() } };
      },
    }),
    defineRoute({
      id: 'feedback.read', method: 'get', path: '/feedback/:id', tag: 'Governance',
      summary: 'One feedback with its answers', permission: ['read', 'Feedback'], params: idParams,
      responses: { 200: { description: 'the feedback', schema: feedbackSchema }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `feedback:${params.id}`;
        const found = await feedback.visible(params.id, ability);
        audit.agreementId = found.agreementId;
        return { status: 200, body: found };
      },
    }),
    defineRoute({
      id: 'feedback.raise', method: 'post', path: '/feedback', tag: 'Governance',
      summary: 'Raise quality feedback on a dataset (optionally a granted column) of one’s own active or suspended agreement, with an example from the dev twin or a released run (operators)',
      permission: ['create', 'Feedback'], body: raiseBody,
      responses: {
        201: { description: 'raised', schema: feedbackSchema }, 404: { description: 'no such agreement of the caller' },
        409: { description: 'the agreement has ended' }, 422: { description: `not a dataset or column of the agreement, not a released run of it, or ${refused}` },
      },
      handler: async ({ body, principal, ability, audit, commitAudited }) => {
        // Ids the caller typed reach the entry only once they are found to be its own (the commit's note).
        audit.details = { category: body.category, example: body.example?.kind ?? null };
        refusePersonalValues({ description: body.description, 'example.text': body.example?.text }, noteRefusal(audit));
        const raised = await feedback.raise(body, principal, ability, (newId) => {
          audit.resource = `feedback:${newId}`;
          return commitAudited(201);
        });
        return { status: 201, body: raised };
      },
    }),
    defineRoute({
      id: 'feedback.answer', method: 'post', path: '/feedback/:id/answers', tag: 'Governance',
      summary: 'Answer feedback on one of one’s datasets (source units); the first answer marks it answered', permission: ['answer', 'Feedback'], params: idParams,
      body: z.strictObject({ text: text.meta({ description: 'The answer, as the operator will read it (no personal values)', example: '已核实，该街道数据漏报，已于本周补录' }) }),
      responses: { 200: { description: 'answered', schema: feedbackSchema }, 404: { description: 'not found' }, 409: { description: 'closed' }, 422: { description: refused } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `feedback:${params.id}`;
        refusePersonalValues({ text: body.text }, noteRefusal(audit));
        return { status: 200, body: await feedback.answer(params.id, body.text, principal, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'feedback.close', method: 'post', path: '/feedback/:id/close', tag: 'Governance',
      summary: 'Close feedback: its source unit once answered, or the operator that raised it at any time', permission: ['update', 'Feedback'], params: idParams,
      body: z.strictObject({ note: text.optional() }),
      responses: { 200: { description: 'closed', schema: feedbackSchema }, 404: { description: 'not found' }, 409: { description: 'closed, or not answered yet (source units)' }, 422: { description: refused } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `feedback:${params.id}`;
        refusePersonalValues({ note: body.note }, noteRefusal(audit));
        return { status: 200, body: await feedback.close(params.id, body.note ?? null, principal, ability, commitAudited(200)) };
      },
    }),
  ];
}
