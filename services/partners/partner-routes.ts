/**
 * `/partners` (运营合作方): an operator files its partners with their documents; the authority accepts
 * or rejects them and grants live work; the operator or the authority ends them. Operators read
 * their own unit's, the authority and auditors all; another unit's answers 404.
 */
import { z } from 'zod';
import { evidenceDownload } from '../evidence/evidence-download';
import { EVIDENCE_BODY_LIMIT_BYTES, evidenceFileSchema, evidenceUploadSchema } from '../evidence/evidence-file';
import type { EvidenceStore } from '../evidence/evidence-store';
import { defineRoute, type Route } from '../http/route';
import { partnerStatuses } from './partner';
import type { PartnerService } from './partner-service';

export const partnerSchema = z.object({
  id: z.string(), operatorUnit: z.string(), name: z.string(), unit: z.string(), duties: z.string(), startsAt: z.string(), endsAt: z.string(),
  documents: z.array(evidenceFileSchema), status: z.enum(partnerStatuses), liveAccess: z.boolean().describe('may start runs on live data and read released outputs'),
  filedBy: z.string(), filedAt: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), decisionComment: z.string().nullable(),
  endedBy: z.string().nullable(), endedAt: z.string().nullable(), endReason: z.string().nullable(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const text = z.string().trim().min(1).max(4000);
const isoTime = z.iso.datetime({ offset: true });

export function partnerRoutes(partners: PartnerService, evidenceFiles: EvidenceStore): Route[] {
  return [
    defineRoute({
      id: 'partner.file', method: 'post', path: '/partners', tag: 'Partners',
      summary: 'File a partner (运营合作方) with its duties, term and documents (the partnership agreement and the like; operators); the authority accepts or rejects it',
      permission: ['create', 'Partner'], jsonBodyLimitBytes: EVIDENCE_BODY_LIMIT_BYTES,
      body: z.strictObject({
        name: z.string().trim().min(1).max(200).meta({ description: 'The partner’s name', example: '深圳某算法服务公司' }),
        unit: z.string().trim().min(1).max(200).meta({ description: 'The unit its principals will act for', example: '深圳某算法服务公司' }),
        duties: z.string().trim().min(1).max(8000).meta({ description: 'What the partner does under the operator (合作内容)', example: '协助开发就业帮扶统计模型，不接触原始数据' }),
        startsAt: isoTime, endsAt: isoTime,
        documents: z.array(evidenceUploadSchema).min(1).max(10).meta({ description: 'The partnership agreement and the like (at most 10)', example: [{ name: '合作协议.pdf', contentType: 'application/pdf', base64: 'JVBERi0xLjcK' }] }),
      }),
      responses: { 201: { description: 'filed', schema: partnerSchema }, 422: { description: 'term, unit or a file not acceptable' } },
      handler: async ({ body, principal, audit, commitAudited }) => {
        const filed = await partners.file(body, principal, (p) => {
          audit.resource = `partner:${p.id}`;
          return commitAudited(201);
        });
        return { status: 201, body: filed };
      },
    }),
    defineRoute({
      id: 'partner.list', method: 'get', path: '/partners', tag: 'Partners',
      summary: 'Partners, newest first: every one (authority, auditors), or one’s own unit’s (operators)', permission: ['read', 'Partner'],
      responses: { 200: { description: 'partners', schema: z.object({ partners: z.array(partnerSchema) }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'partners';
        return { status: 200, body: { partners: await partners.list(ability) } };
      },
    }),
    defineRoute({
      id: 'partner.read', method: 'get', path: '/partners/:id', tag: 'Partners',
      summary: 'One partner', permission: ['read', 'Partner'], params: idParams,
      responses: { 200: { description: 'the partner', schema: partnerSchema }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `partner:${params.id}`;
        return { status: 200, body: await partners.visible(params.id, ability) };
      },
    }),
    defineRoute({
      id: 'partner.document', method: 'get', path: '/partners/:id/documents/:sha256', tag: 'Partners',
      summary: 'Download one of its documents (always as an attachment)', permission: ['read', 'Partner'],
      params: z.strictObject({ id: z.string().min(1).max(100), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
      responses: { 200: { description: 'the file', contentTypes: ['application/octet-stream'] }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `partner:${params.id}`;
        audit.details = { sha256: params.sha256 };
        return evidenceDownload(evidenceFiles, (await partners.visible(params.id, ability)).documents, params.sha256);
      },
    }),
    defineRoute({
      id: 'partner.decide', method: 'post', path: '/partners/:id/decision', tag: 'Partners',
      summary: 'Accept or reject a filed partner, with a comment (authority)', permission: ['decide', 'Partner'], params: idParams,
      body: z.strictObject({ decision: z.enum(['accept', 'reject']), comment: z.string().trim().max(2000).optional() }),
      responses: { 200: { description: 'decided', schema: partnerSchema }, 404: { description: 'not found' }, 409: { description: 'already decided' } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `partner:${params.id}`;
        return { status: 200, body: await partners.decide(params.id, body.decision, body.comment || null, principal, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'partner.access', method: 'post', path: '/partners/:id/access', tag: 'Partners',
      summary: 'Grant (or withdraw) an accepted partner live work: starting runs and reading released outputs (authority)',
      permission: ['update', 'Partner'], params: idParams, body: z.strictObject({ live: z.boolean().meta({ description: 'Whether the partner may start runs on live data and read released outputs', example: true }), reason: text }),
      responses: { 200: { description: 'changed', schema: partnerSchema }, 404: { description: 'not found' }, 409: { description: 'not accepted' } },
      handler: async ({ params, body, ability, audit, commitAudited }) => {
        audit.resource = `partner:${params.id}`;
        return { status: 200, body: await partners.setLiveAccess(params.id, body.live, body.reason, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'partner.end', method: 'post', path: '/partners/:id/end', tag: 'Partners',
      summary: 'End a partnership with a reason (its operator, or the authority); its principals lose every access from their next request',
      permission: ['terminate', 'Partner'], params: idParams, body: z.strictObject({ reason: text }),
      responses: { 200: { description: 'ended', schema: partnerSchema }, 404: { description: 'not found' }, 409: { description: 'already ended or rejected' } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `partner:${params.id}`;
        return { status: 200, body: await partners.end(params.id, body.reason, principal, ability, commitAudited(200)) };
      },
    }),
  ];
}
