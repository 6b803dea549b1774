/**
 * `/entrustments`: the authority entrusts an examiner with model and release review, for one
 * agreement or for all (agreementId null), and revokes it; an examiner reads its own.
 */
import { z } from 'zod';
import { permits } from '../../policies/define-ability-for';
import { NotFoundError } from '../errors/app-error';
import { defineRoute, type Route } from '../http/route';
import type { Entrustment } from './entrustment';
import type { EntrustmentService } from './entrustment-service';

export const entrustmentSchema = z.object({
  id: z.string(), examinerId: z.string(), agreementId: z.string().nullable(), note: z.string().nullable(),
  createdBy: z.string(), createdAt: z.string(), revokedBy: z.string().nullable(), revokedAt: z.string().nullable(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const subject = (e: Entrustment) => ({ kind: 'Entrustment' as const, id: e.id, examinerId: e.examinerId });

export function entrustmentRoutes(entrustments: EntrustmentService): Route[] {
  return [
    defineRoute({
      id: 'entrustment.create', method: 'post', path: '/entrustments', tag: 'Governance',
      summary: 'Entrust an examiner (模型查验机构) with model review and release review, for one agreement or for every agreement (agreementId null; authority)',
      permission: ['create', 'Entrustment'],
      body: z.strictObject({ examinerId: z.string().min(1).max(100), agreementId: z.string().min(1).max(100).nullable(), note: z.string().trim().max(2000).optional() }),
      responses: {
        201: { description: 'entrusted', schema: entrustmentSchema },
        409: { description: 'already entrusted with this scope' }, 422: { description: 'not an active examiner, or no such agreement' },
      },
      handler: async ({ body, principal, audit, commitAudited }) => {
        audit.details = { examinerId: body.examinerId, agreementId: body.agreementId };
        const created = await entrustments.create({ examinerId: body.examinerId, agreementId: body.agreementId, note: body.note || null }, principal, (e) => {
          audit.resource = `entrustment:${e.id}`;
          return commitAudited(201);
        });
        return { status: 201, body: created };
      },
    }),
    defineRoute({
      id: 'entrustment.list', method: 'get', path: '/entrustments', tag: 'Governance',
      summary: 'Entrustments, newest first: every one (authority), or one’s own (examiner)',
      permission: ['read', 'Entrustment'],
      responses: { 200: { description: 'entrustments', schema: z.object({ entrustments: z.array(entrustmentSchema) }) } },
      handler: async ({ ability, principal, audit }) => {
        audit.resource = 'entrustments';
        const all = await entrustments.list(ability.can('create', 'Entrustment') ? undefined : principal.id);
        return { status: 200, body: { entrustments: all.filter((e) => permits(ability, 'read', subject(e))) } };
      },
    }),
    defineRoute({
      id: 'entrustment.revoke', method: 'delete', path: '/entrustments/:id', tag: 'Governance',
      summary: 'Revoke an entrustment; the examiner loses that scope from its next request on (authority)',
      permission: ['delete', 'Entrustment'], params: idParams,
      responses: { 200: { description: 'revoked', schema: entrustmentSchema }, 404: { description: 'not found' }, 409: { description: 'already revoked' } },
      handler: async ({ params, ability, principal, audit, commitAudited }) => {
        audit.resource = `entrustment:${params.id}`;
        const found = await entrustments.get(params.id);
        if (!found || !permits(ability, 'delete', subject(found))) throw new NotFoundError('entrustment');
        return { status: 200, body: await entrustments.revoke(params.id, principal, commitAudited(200)) };
      },
    }),
  ];
}
