/** Routes for principals: create (token shown once), list, read, revoke, and `GET /me`. */
import { z } from 'zod';
import { roles } from '../../policies/roles';
import { permits } from '../../policies/define-ability-for';
import { NotFoundError, UnprocessableError } from '../errors/app-error';
import { defineRoute, type Route } from '../http/route';
import type { PrincipalService } from './principal-service';

const principalSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unit: z.string(),
  partnerId: z.string().nullable().describe('the partner (运营合作方) a partner principal acts for'),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const newPrincipal = z.strictObject({
  name: z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N} ._-]+$/u, 'letters, digits, spaces, dot, underscore or hyphen')
    .meta({ description: 'The principal’s display name: letters (any script), digits, spaces, dot, underscore or hyphen', example: '光明区人口管理办 数据专员' }),
  role: z.enum(roles).meta({ description: 'What the principal may do (see the permissions matrix)', example: 'source' }),
  unit: z.string().trim().min(1).max(200).meta({ description: 'The organisation the principal acts for; records are scoped to it', example: '光明区人口管理办' }),
  partnerId: z.string().min(1).max(100).optional(),
});

/** Whether a principal may act for a partner: it must be accepted, and the principal of its unit. */
export type PartnerAdmission = (partnerId: string, unit: string) => Promise<void>;

export function principalRoutes(principals: PrincipalService, admitPartner: PartnerAdmission): Route[] {
  return [
    defineRoute({
      id: 'principal.create',
      method: 'post',
      path: '/principals',
      tag: 'Principals',
      summary: 'Create a principal; its token is returned only in this response',
      permission: ['create', 'Principal'],
      body: newPrincipal,
      responses: {
        201: { description: 'created', schema: principalSchema.extend({ token: z.string() }) },
        422: { description: 'a partner principal without an accepted partner of its unit, or a partnerId on another role' },
      },
      handler: async ({ body, principal, audit, commitAudited }) => {
        if ((body.role === 'partner') !== (body.partnerId !== undefined)) {
          throw new UnprocessableError('partnerId names the partner of a partner principal, and only of one', [{ path: 'partnerId', message: 'required for the role partner, and only for it' }], 'invalid_partner');
        }
        if (body.partnerId) await admitPartner(body.partnerId, body.unit);
        const created = await principals.create(body, principal.id, {
          commitFor: (p) => {
            audit.resource = `principal:${p.id}`;
            audit.details = { name: body.name, role: body.role, unit: body.unit, ...(body.partnerId ? { partnerId: body.partnerId } : {}) };
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
