/** Agreement routes: read, and the supervised transitions (suspend, resume, terminate). */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import { agreementStatuses, type Agreement } from './agreement';
import type { AgreementService } from './agreement-service';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const reasonBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

export const agreementSchema = z.object({
  id: z.string(), applicationId: z.string(), operatorId: z.string(), operatorUnit: z.string(), scenario: z.string(),
  scope: z.array(z.object({ datasetId: z.string(), columns: z.array(z.string()), ownerUnit: z.string() })),
  startsAt: z.string(), endsAt: z.string(), status: z.enum(agreementStatuses), sandboxId: z.string(),
  createdAt: z.string(), statusChangedAt: z.string(), statusReason: z.string().nullable(),
});

type Transition = 'suspend' | 'resume' | 'terminate';
const summaries: Record<Transition, string> = {
  suspend: 'Suspend: the authority, or the agreement’s own operator as a risk stop (reporting a hazard)',
  resume: 'Resume a suspended agreement (authority)',
  terminate: 'Terminate at once; the scheduler then seals and destroys the sandbox (authority)',
};

function transitionRoute(agreements: AgreementService, transition: Transition, onTerminated: () => void): Route {
  return defineRoute({
    id: `agreement.${transition}`, method: 'post', path: `/agreements/:id/${transition}`, tag: 'Agreements',
    summary: summaries[transition], permission: [transition, 'Agreement'], params: idParams,
    body: transition === 'resume' ? reasonBody.partial() : reasonBody,
    responses: { 200: { description: 'the agreement after the transition', schema: agreementSchema }, 409: { description: 'not allowed from the current status' } },
    handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
      audit.resource = `agreement:${params.id}`;
      audit.agreementId = params.id;
      audit.details = { reason: body.reason ?? null };
      const agreement: Agreement = await agreements.request(params.id, transition, principal, ability, body.reason ?? null, commitAudited(200));
      // Sealing and destruction start only once the termination and its entry are committed.
      if (transition === 'terminate') onTerminated();
      return { status: 200, body: agreement };
    },
  });
}

/** `onTerminated` lets the lifecycle job seal and destroy a terminated agreement at once. */
export function agreementRoutes(agreements: AgreementService, onTerminated: () => void): Route[] {
  return [
    defineRoute({
      id: 'agreement.list', method: 'get', path: '/agreements', tag: 'Agreements',
      summary: 'Agreements visible to the caller', permission: ['read', 'Agreement'],
      responses: { 200: { description: 'agreements', schema: z.object({ agreements: z.array(agreementSchema) }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'agreements';
        return { status: 200, body: { agreements: await agreements.list(ability) } };
      },
    }),
    defineRoute({
      id: 'agreement.read', method: 'get', path: '/agreements/:id', tag: 'Agreements',
      summary: 'One agreement, with its transition history', permission: ['read', 'Agreement'], params: idParams,
      responses: { 200: { description: 'the agreement', schema: agreementSchema.extend({ history: z.array(z.object({ at: z.string(), from: z.string(), to: z.string(), actorId: z.string().nullable(), reason: z.string().nullable() })) }) } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        const agreement = await agreements.visible(params.id, ability);
        return { status: 200, body: { ...agreement, history: await agreements.history(agreement.id) } };
      },
    }),
    transitionRoute(agreements, 'suspend', onTerminated),
    transitionRoute(agreements, 'resume', onTerminated),
    transitionRoute(agreements, 'terminate', onTerminated),
  ];
}
