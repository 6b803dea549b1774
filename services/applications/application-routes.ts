/** Application routes: apply (operator), consent (owning source unit), decide (authority), read. */
import { z } from 'zod';
import { identifierName } from '../../masking-rules/dataset-schema';
import { defineRoute, type Route } from '../http/route';
import { applicationStatuses } from './application';
import type { ApplicationService } from './application-service';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const isoTime = z.iso.datetime({ offset: true });
const comment = z.string().trim().max(2000).optional();

const newApplication = z.strictObject({
  scenario: z.string().trim().min(1).max(200).meta({ description: 'The application scenario (应用场景), within the directory', example: '就业帮扶' }),
  purpose: z.string().trim().min(1).max(4000).meta({ description: 'What the data is for, as the source units and the authority will read it', example: '统计各街道就业困难人员分布，用于精准帮扶' }),
  datasets: z.array(z.strictObject({
    datasetId: z.string().min(1).max(100),
    columns: z.array(identifierName).min(1).max(500).meta({ description: 'The columns asked for, each open to the scenario in the directory', example: ['street', 'birth_date'] }),
  })).min(1).max(50).meta({ description: 'The datasets and columns asked for', example: [{ datasetId: 'ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90', columns: ['street', 'birth_date'] }] }),
  startsAt: isoTime,
  endsAt: isoTime,
});

const consentSchema = z.object({ datasetId: z.string(), sourceUnit: z.string(), decision: z.enum(['approve', 'reject']), comment: z.string().nullable(), decidedBy: z.string(), decidedAt: z.string() });

const applicationSchema = z.object({
  id: z.string(), operatorId: z.string(), operatorUnit: z.string(), scenario: z.string(), purpose: z.string(),
  datasets: z.array(z.object({ datasetId: z.string(), columns: z.array(z.string()), ownerUnit: z.string() })),
  startsAt: z.string(), endsAt: z.string(), status: z.enum(applicationStatuses), createdAt: z.string(),
  decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), decisionComment: z.string().nullable(),
  consents: z.array(consentSchema),
  reopened: z.array(consentSchema.extend({ reopenedBy: z.string(), reopenedAt: z.string(), note: z.string() }))
    .describe('refusals the authority reopened by coordination (协调), each with its note; each dataset at most once'),
});

export function applicationRoutes(applications: ApplicationService, onApproved: (sandboxId: string) => void): Route[] {
  return [
    defineRoute({
      id: 'application.create', method: 'post', path: '/applications', tag: 'Applications',
      summary: 'Apply to use named columns of datasets for one scenario and one term (operators)',
      permission: ['create', 'Application'],
      body: newApplication,
      responses: { 201: { description: 'submitted', schema: z.object({ id: z.string(), status: z.enum(applicationStatuses) }) }, 422: { description: 'scope or term not acceptable' } },
      handler: async ({ body, principal, audit, commitAudited }) => {
        const application = await applications.submit(body, principal, (a) => {
          audit.resource = `application:${a.id}`;
          audit.details = { scenario: body.scenario, datasets: a.datasets.map((d) => ({ datasetId: d.datasetId, columns: d.columns })), startsAt: a.startsAt, endsAt: a.endsAt };
          return commitAudited(201);
        });
        return { status: 201, body: { id: application.id, status: application.status } };
      },
    }),
    defineRoute({
      id: 'application.list', method: 'get', path: '/applications', tag: 'Applications',
      summary: 'Applications visible to the caller', permission: ['read', 'Application'],
      responses: { 200: { description: 'applications', schema: z.object({ applications: z.array(applicationSchema) }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'applications';
        return { status: 200, body: { applications: await applications.list(ability) } };
      },
    }),
    defineRoute({
      id: 'application.read', method: 'get', path: '/applications/:id', tag: 'Applications',
      summary: 'One application with its consents', permission: ['read', 'Application'], params: idParams,
      responses: { 200: { description: 'the application', schema: applicationSchema }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `application:${params.id}`;
        return { status: 200, body: await applications.visible(params.id, ability) };
      },
    }),
    defineRoute({
      id: 'application.consent', method: 'post', path: '/applications/:id/consents', tag: 'Applications',
      summary: 'Consent to or refuse the use of one of your datasets (owning source unit); a refusal needs its reason (comment) and moves the application to refused', permission: ['consent', 'Application'],
      params: idParams,
      body: z.strictObject({ datasetId: z.string().min(1).max(100), decision: z.enum(['approve', 'reject']), comment }),
      responses: { 201: { description: 'recorded', schema: applicationSchema }, 404: { description: 'not your dataset' }, 409: { description: 'already decided or consented' }, 422: { description: 'a refusal without its reason' } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `application:${params.id}`;
        audit.details = { datasetId: body.datasetId, decision: body.decision, comment: body.comment ?? null };
        return { status: 201, body: await applications.consent(params.id, body.datasetId, body.decision, body.comment ?? null, principal, ability, commitAudited(201)) };
      },
    }),
    defineRoute({
      id: 'application.coordinate', method: 'post', path: '/applications/:id/coordination', tag: 'Applications',
      summary: 'Coordinate after a refusal (协调; authority): reopens one refused dataset’s decision once, with a note the source unit reads; the refusal stays in the history',
      permission: ['decide', 'Application'], params: idParams,
      body: z.strictObject({ datasetId: z.string().min(1).max(100), note: z.string().trim().min(1).max(2000) }),
      responses: {
        200: { description: 'the application, submitted again once no refusal remains', schema: applicationSchema },
        404: { description: 'not found, or the dataset is not in the application' },
        409: { description: 'not refused, the dataset was not refused, or it was coordinated once already' },
      },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `application:${params.id}`;
        audit.details = { datasetId: body.datasetId, note: body.note };
        return { status: 200, body: await applications.coordinate(params.id, body.datasetId, body.note, principal, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'application.decide', method: 'post', path: '/applications/:id/decision', tag: 'Applications',
      summary: 'Approve (needs every consent; creates the agreement and starts provisioning) or reject (also a refused application; authority)',
      permission: ['decide', 'Application'], params: idParams,
      body: z.strictObject({ decision: z.enum(['approve', 'reject']), comment }),
      responses: {
        201: { description: 'decided', schema: z.object({ id: z.string(), status: z.enum(applicationStatuses), agreementId: z.string().optional(), sandboxId: z.string().optional() }) },
        409: { description: 'already decided, or a consent is missing' },
      },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `application:${params.id}`;
        audit.details = { decision: body.decision, comment: body.comment ?? null };
        const { application, agreement } = await applications.decide(params.id, body.decision, body.comment ?? null, principal, ability, commitAudited(201));
        // Provisioning starts only once the agreement and its entry are committed.
        if (agreement) onApproved(agreement.sandboxId);
        return { status: 201, body: { id: application.id, status: application.status, ...(agreement ? { agreementId: agreement.id, sandboxId: agreement.sandboxId } : {}) } };
      },
    }),
  ];
}
