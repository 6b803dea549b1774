/**
 * `/qualifications` (运营单位资格): an operator unit applies to an open call with material
 * (files kept by SHA-256, never opened); the authority reviews (qualified for a term, or not,
 * with reasons) and may revoke, which suspends the unit's active agreements. Operators read
 * their own unit's; the authority and auditors read all; another unit's answers 404.
 */
import { z } from 'zod';
import { evidenceDownload } from '../evidence/evidence-download';
import { EVIDENCE_BODY_LIMIT_BYTES, evidenceFileSchema, evidenceUploadSchema } from '../evidence/evidence-file';
import type { EvidenceStore } from '../evidence/evidence-store';
import { defineRoute, type Route } from '../http/route';
import { qualificationStatuses } from './qualification';
import type { QualificationService } from './qualification-service';

export const qualificationSchema = z.object({
  id: z.string(), callId: z.string().nullable(), operatorUnit: z.string(), applicantId: z.string(), statement: z.string(),
  materials: z.array(evidenceFileSchema), status: z.enum(qualificationStatuses), submittedAt: z.string(),
  reviewedBy: z.string().nullable(), reviewedAt: z.string().nullable(), reasons: z.string().nullable(), validUntil: z.string().nullable(),
  revokedBy: z.string().nullable(), revokedAt: z.string().nullable(), revocationReason: z.string().nullable(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const text = z.string().trim().min(1).max(4000);

export function qualificationRoutes(qualifications: QualificationService, evidenceFiles: EvidenceStore): Route[] {
  return [
    defineRoute({
      id: 'qualification.submit', method: 'post', path: '/qualifications', tag: 'Selection',
      summary: 'Apply to an open call with a statement and qualification material (operators); files are kept by SHA-256',
      permission: ['create', 'Qualification'], jsonBodyLimitBytes: EVIDENCE_BODY_LIMIT_BYTES,
      body: z.strictObject({
        callId: z.string().min(1).max(100),
        statement: z.string().trim().min(1).max(8000).meta({ description: 'The operator’s statement of how it meets the requirements', example: '本单位已建立数据安全管理制度，并通过等级保护三级测评。' }),
        materials: z.array(evidenceUploadSchema).min(1).max(10).meta({ description: 'The supporting documents (at most 10)', example: [{ name: '等保测评报告.pdf', contentType: 'application/pdf', base64: 'JVBERi0xLjcK' }] }),
      }),
      responses: {
        201: { description: 'submitted', schema: qualificationSchema },
        409: { description: 'the call is closed, or the unit already has an application to it under review' }, 422: { description: 'no such call, or a file is not acceptable' },
      },
      handler: async ({ body, principal, audit, commitAudited }) => {
        const created = await qualifications.submit(body, principal, (q) => {
          audit.resource = `qualification:${q.id}`;
          return commitAudited(201);
        });
        return { status: 201, body: created };
      },
    }),
    defineRoute({
      id: 'qualification.list', method: 'get', path: '/qualifications', tag: 'Selection',
      summary: 'Qualifications, newest first: every one (authority, auditors), or one’s own unit’s (operators)',
      permission: ['read', 'Qualification'],
      responses: { 200: { description: 'qualifications', schema: z.object({ qualifications: z.array(qualificationSchema) }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'qualifications';
        return { status: 200, body: { qualifications: await qualifications.list(ability) } };
      },
    }),
    defineRoute({
      id: 'qualification.read', method: 'get', path: '/qualifications/:id', tag: 'Selection',
      summary: 'One qualification', permission: ['read', 'Qualification'], params: idParams,
      responses: { 200: { description: 'the qualification', schema: qualificationSchema }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `qualification:${params.id}`;
        return { status: 200, body: await qualifications.visible(params.id, ability) };
      },
    }),
    defineRoute({
      id: 'qualification.material', method: 'get', path: '/qualifications/:id/materials/:sha256', tag: 'Selection',
      summary: 'Download one material file (always as an attachment)', permission: ['read', 'Qualification'],
      params: z.strictObject({ id: z.string().min(1).max(100), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
      responses: { 200: { description: 'the file', contentTypes: ['application/octet-stream'] }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `qualification:${params.id}`;
        audit.details = { sha256: params.sha256 };
        const q = await qualifications.visible(params.id, ability);
        return evidenceDownload(evidenceFiles, q.materials, params.sha256);
      },
    }),
    defineRoute({
      id: 'qualification.review', method: 'post', path: '/qualifications/:id/review', tag: 'Selection',
      summary: 'Review a qualification: qualified (for a term; three years unless stated) or unqualified, with reasons (authority)',
      permission: ['decide', 'Qualification'], params: idParams,
      body: z.strictObject({
        decision: z.enum(['qualified', 'unqualified']).meta({ description: 'qualified (通过) or unqualified (不通过)', example: 'qualified' }),
        reasons: text.meta({ description: 'The reasons, as the operator will read them', example: '材料齐全，符合征集要求' }),
        validUntil: z.iso.datetime({ offset: true }).optional().meta({ description: 'Until when the qualification holds (ISO 8601 with an offset)', example: '2029-04-30T23:59:59+08:00' }),
      }),
      responses: {
        200: { description: 'reviewed', schema: qualificationSchema }, 404: { description: 'not found' },
        409: { description: 'already reviewed' }, 422: { description: 'a term not between now and five years from now' },
      },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `qualification:${params.id}`;
        return { status: 200, body: await qualifications.review(params.id, body.decision, body.reasons, body.validUntil, principal, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'qualification.revoke', method: 'post', path: '/qualifications/:id/revoke', tag: 'Selection',
      summary: 'Revoke a qualification with a reason; the unit’s active agreements are suspended with it (authority)',
      permission: ['revoke', 'Qualification'], params: idParams, body: z.strictObject({ reason: text }),
      responses: {
        200: { description: 'revoked, with the agreements suspended', schema: z.object({ qualification: qualificationSchema, suspended: z.array(z.string()) }) },
        404: { description: 'not found' }, 409: { description: 'not a qualified unit’s qualification' },
      },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `qualification:${params.id}`;
        return { status: 200, body: await qualifications.revoke(params.id, body.reason, principal, ability, commitAudited(200)) };
      },
    }),
  ];
}
