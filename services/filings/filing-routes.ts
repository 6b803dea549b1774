/**
 * `/filings` (定期报备): operators submit and correct the filings of their own agreements and
 * see their obligations; the authority and auditors read every filing and obligation, with the
 * overdue count per operator unit. Attachments arrive as JSON (base64), are kept by SHA-256 in
 * the evidence store and come back only as downloads, to whoever may read the filing.
 */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import { EVIDENCE_MAX_BYTES, evidenceFileSchema, evidenceUploadsSchema } from '../evidence/evidence-file';
import type { EvidenceStore } from '../evidence/evidence-store';
import { evidenceDownload } from '../evidence/evidence-download';
import { obligationStates } from './filing';
import type { FilingService } from './filing-service';

const versionSchema = z.object({
  version: z.number().int(), text: z.string(), attachments: z.array(evidenceFileSchema),
  partnerReports: z.array(z.object({ partnerId: z.string(), partnerName: z.string(), report: z.string() })).describe('what the filing says of each partner (运营合作方) active in its period'),
  reason: z.string().nullable(), submittedBy: z.string(), submittedAt: z.string(),
});
const filingSchema = z.object({
  id: z.string(), agreementId: z.string(), operatorUnit: z.string(), period: z.string(), dueAt: z.string(), submittedBy: z.string(), submittedAt: z.string(),
  late: z.boolean().describe('first submitted after its due time'), current: versionSchema.describe('the version in force (the latest)'), versions: z.array(versionSchema),
});
const obligationSchema = z.object({
  agreementId: z.string(), operatorUnit: z.string(), period: z.string(), startsAt: z.string(), endsAt: z.string(), dueAt: z.string(),
  state: z.enum(obligationStates), filingId: z.string().nullable(), flaggedAt: z.string().nullable().describe('when the scheduler flagged it overdue'),
});
const id = z.string().min(1).max(100);
const idParams = z.strictObject({ id });
const text = z.string().trim().min(1).max(20_000);
const period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, 'a period such as 2026-03, 2026-Q1, 2026-H1 or 2026')
  .meta({ description: 'The period the filing covers: 2026-03, 2026-Q1, 2026-H1 or 2026', example: '2026-Q1' });
/** Room for three files of the largest size in base64, beside the text. */
const FILING_BODY_LIMIT = 3 * Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 256 * 1024;

/** A report per partner active in the period: required for each, refused for anyone else (422 `partner_reports`). */
const partnerReportsSchema = z.array(z.strictObject({
  partnerId: z.string().min(1).max(100),
  report: z.string().trim().min(1).max(8000).meta({ description: 'What the partner did in the period', example: '合作方按协议完成模型开发，未发生违规' }),
})).max(100).meta({ description: 'A report on each partner (运营合作方) active in the period', example: [{ partnerId: 'ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90', report: '合作方按协议完成模型开发，未发生违规' }] });

export function filingRoutes(filings: FilingService, evidenceFiles: EvidenceStore): Route[] {
  return [
    defineRoute({
      id: 'filing.list', method: 'get', path: '/filings', tag: 'Governance',
      summary: 'Periodic filings (定期报备) and filing obligations with their states, and the overdue count per operator unit: one’s own agreements’ (operators), every one (authority, auditors)',
      permission: ['read', 'Filing'],
      query: z.strictObject({ agreementId: id.optional(), state: z.enum(obligationStates).optional().meta({ description: 'Only obligations in this state', example: 'overdue' }) }),
      responses: {
        200: {
          description: 'obligations, filings and overdue counts',
          schema: z.object({ obligations: z.array(obligationSchema), filings: z.array(filingSchema), overdueByOperator: z.array(z.object({ operatorUnit: z.string(), overdue: z.number().int() })) }),
        },
      },
      handler: async ({ query, ability, audit }) => {
        audit.resource = 'filings';
        return { status: 200, body: await filings.overview(ability, query) };
      },
    }),
    defineRoute({
      id: 'filing.read', method: 'get', path: '/filings/:id', tag: 'Governance',
      summary: 'One filing with every version', permission: ['read', 'Filing'], params: idParams,
      responses: { 200: { description: 'the filing', schema: filingSchema }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `filing:${params.id}`;
        const filing = await filings.visible(params.id, ability);
        audit.agreementId = filing.agreementId;
        return { status: 200, body: filing };
      },
    }),
    defineRoute({
      id: 'filing.submit', method: 'post', path: '/filings', tag: 'Governance',
      summary: 'File for one period of one’s own agreement’s schedule, once the period has begun; after its due time the filing is marked late and clears the overdue flag (operators)',
      permission: ['create', 'Filing'], jsonBodyLimitBytes: FILING_BODY_LIMIT,
      body: z.strictObject({ agreementId: id, period, text, attachments: evidenceUploadsSchema.default([]), partnerReports: partnerReportsSchema.default([]) }),
      responses: {
        201: { description: 'filed', schema: filingSchema }, 404: { description: 'no such agreement of the caller' },
        409: { description: 'the period is filed already (correct it instead)' }, 422: { description: 'not a period of the schedule, not begun, or a file that is not valid base64 or too large' },
      },
      handler: async ({ body, principal, ability, audit, commitAudited }) => {
        audit.details = { files: body.attachments.length };
        const filing = await filings.submit(body, principal, ability, (newId) => {
          audit.resource = `filing:${newId}`;
          return commitAudited(201);
        });
        return { status: 201, body: filing };
      },
    }),
    defineRoute({
      id: 'filing.correct', method: 'post', path: '/filings/:id/corrections', tag: 'Governance',
      summary: 'Correct a filing: a new version with its reason; every earlier version is kept, and without attachments the previous ones carry over (operators)',
      permission: ['update', 'Filing'], params: idParams, jsonBodyLimitBytes: FILING_BODY_LIMIT,
      body: z.strictObject({ text, reason: z.string().trim().min(1).max(4000), attachments: evidenceUploadsSchema.optional(), partnerReports: partnerReportsSchema.optional() }),
      responses: { 200: { description: 'corrected', schema: filingSchema }, 404: { description: 'not found' }, 422: { description: 'a file that is not valid base64 or too large' } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `filing:${params.id}`;
        return { status: 200, body: await filings.correct(params.id, body, principal, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'filing.attachment', method: 'get', path: '/filings/:id/attachments/:sha256', tag: 'Governance',
      summary: 'Download one attached file of a filing (any version), always as an attachment', permission: ['read', 'Filing'],
      params: z.strictObject({ id, sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex') }),
      responses: { 200: { description: 'the file', contentTypes: ['application/octet-stream'] }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `filing:${params.id}`;
        audit.details = { sha256: params.sha256 };
        const filing = await filings.visible(params.id, ability);
        audit.agreementId = filing.agreementId;
        return evidenceDownload(evidenceFiles, filing.versions.flatMap((v) => v.attachments), params.sha256);
      },
    }),
  ];
}
