/** Routes for principals: create (token shown once), list, read, revoke, and `GET /me`. */
import { z } from 'zod';
import { roles } from '../../policies/roles';
import { permits } from '../../policies/define-ability-for';
import { NotFoundError } from '../errors/app-error';
import { defineRoute, type Route } from '../http/route';
import type { PrincipalService } from './principal-service';

const principalSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unit: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const newPrincipal = z.strictObject({
  name: z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N} ._-]+$/u, 'letters, digits, spaces, dot, underscore or hyphen'),
  role: z.enum(roles),
  unit: z.string().trim().min(1).max(200),
});

export function principalRoutes(principals: PrincipalService): Route[] {
  return [
    defineRoute({
      id: 'principal.create',
      method: 'post',
      path: '/principals',
      tag: 'Principals',
      summary: 'Create a principal; its token is returned only in this response',
      permission: ['create', 'Principal'],
      body: newPrincipal,
      responses: { 201: { description: 'created', schema: principalSchema.extend({ token: z.string() }) } },
      handler: async ({ body, principal, audit, commitAudited }) => {
        const created = await principals.create(body, principal.id, {
          commitFor: (p) => {
            audit.resource = `principal:${p.id}`;
            audit.details = { name: body.name, role: body.role, unit: body.unit };
            return commitAudited(201);
          },
        });
        return { status: 201, body: { ...created.principal, token: created.token } };
      },
    }),
    defineRoute({
      id: 'principal.list',
      method: 'get',
      path: '/principals',
      tag: 'Principals',
      summary: 'List principals (never their tokens)',
      permission: ['list', 'Principal'],
      responses: { 200: { description: 'principals', schema: z.object({ principals: z.array(principalSchema) }) } },
      handler: async () => ({ status: 200, body: { principals: await principals.list() } }),
    }),
    defineRoute({
      id: 'principal.read',
      method: 'get',
      path: '/principals/:id',
      tag: 'Principals',
      summary: 'Read one principal (others than oneself: authority only)',
      permission: ['read', 'Principal'],
      params: idParams,
      responses: { 200: { description: 'the principal', schema: principalSchema }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `principal:${params.id}`;
        const found = await principals.get(params.id).catch(() => null);
        if (!found || !permits(ability, 'read', { kind: 'Principal', id: found.id, unit: found.unit })) throw new NotFoundError('principal');
        return { status: 200, body: found };
      },
    }),
    defineRoute({
      id: 'principal.revoke',
      method: 'delete',
      path: '/principals/:id',
      tag: 'Principals',
      summary: 'Revoke a principal; its token answers 401 from the next request on',
      permission: ['delete', 'Principal'],
      params: idParams,
      responses: { 200: { description: 'revoked', schema: principalSchema }, 404: { description: 'not found' }, 409: { description: 'already revoked, or the last authority' } },
      handler: async ({ params, audit, commitAudited }) => {
        audit.resource = `principal:${params.id}`;
        return { status: 200, body: await principals.revoke(params.id, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'me.read',
      method: 'get',
      path: '/me',
      tag: 'Principals',
      summary: 'Who am I',
      permission: ['read', 'Principal'],
      responses: { 200: { description: 'the calling principal', schema: z.object({ id: z.string(), name: z.string(), role: z.enum(roles), unit: z.string() }) } },
      handler: async ({ principal, audit }) => {
        audit.resource = `principal:${principal.id}`;
        return { status: 200, body: { id: principal.id, name: principal.name, role: principal.role, unit: principal.unit } };
      },
    }),
  ];
}
