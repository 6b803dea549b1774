/**
 * `/calls` (征集): the authority opens a call for operators with its requirements and deadline,
 * and closes it; every role reads calls (they are published).
 */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import { callStatuses } from './call';
import type { QualificationService } from './qualification-service';

export const callSchema = z.object({
  id: z.string(), title: z.string(), requirements: z.string(), scenarios: z.array(z.string()), deadline: z.string(), status: z.enum(callStatuses),
  openedBy: z.string(), openedAt: z.string(), closedBy: z.string().nullable(), closedAt: z.string().nullable(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export function callRoutes(qualifications: QualificationService): Route[] {
  return [
    defineRoute({
      id: 'call.open', method: 'post', path: '/calls', tag: 'Selection',
      summary: 'Open a call for operators (征集) with its requirements and deadline (authority)',
      permission: ['create', 'Call'],
      body: z.strictObject({
        title: z.string().trim().min(1).max(200).meta({ description: 'The title of the call', example: '2026年光明区公共数据授权运营单位征集' }),
        requirements: z.string().trim().min(1).max(8000).meta({ description: 'What an operator must show (资质要求)', example: '具备数据安全管理制度，通过等级保护三级测评' }),
        scenarios: z.array(z.string().trim().min(1).max(200)).max(50).default([]).meta({ description: 'The scenarios the call is for; empty: any', example: ['就业帮扶', '养老服务'] }),
        deadline: z.iso.datetime({ offset: true }).meta({ description: 'The last moment to submit (ISO 8601 with an offset)', example: '2026-04-30T17:00:00+08:00' }),
      }),
      responses: { 201: { description: 'opened', schema: callSchema }, 422: { description: 'the deadline has passed' } },
      handler: async ({ body, principal, audit, commitAudited }) => {
        audit.details = { title: body.title, deadline: body.deadline };
        const call = await qualifications.openCall(body, principal, (c) => {
          audit.resource = `call:${c.id}`;
          return commitAudited(201);
        });
        return { status: 201, body: call };
      },
    }),
    defineRoute({
      id: 'call.list', method: 'get', path: '/calls', tag: 'Selection',
      summary: 'Calls for operators, newest first', permission: ['read', 'Call'],
      responses: { 200: { description: 'calls', schema: z.object({ calls: z.array(callSchema) }) } },
      handler: async ({ audit }) => {
        audit.resource = 'calls';
        return { status: 200, body: { calls: await qualifications.listCalls() } };
      },
    }),
    defineRoute({
      id: 'call.read', method: 'get', path: '/calls/:id', tag: 'Selection',
      summary: 'One call', permission: ['read', 'Call'], params: idParams,
      responses: { 200: { description: 'the call', schema: callSchema }, 404: { description: 'not found' } },
      handler: async ({ params, audit }) => {
        audit.resource = `call:${params.id}`;
        return { status: 200, body: await qualifications.call(params.id) };
      },
    }),
    defineRoute({
      id: 'call.close', method: 'post', path: '/calls/:id/close', tag: 'Selection',
      summary: 'Close a call before its deadline: no more applications (authority)', permission: ['update', 'Call'], params: idParams,
      responses: { 200: { description: 'closed', schema: callSchema }, 404: { description: 'not found' }, 409: { description: 'already closed' } },
      handler: async ({ params, principal, audit, commitAudited }) => {
        audit.resource = `call:${params.id}`;
        return { status: 200, body: await qualifications.closeCall(params.id, principal, commitAudited(200)) };
      },
    }),
  ];
}
