/** Per-agreement controls: read (whoever sees the agreement), change (authority). */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import type { Clock } from '../config/clock';
import { UnprocessableError } from '../errors/app-error';
import { SettingsLoosenedError, settingsPatchSchema, type AgreementSettingsStore } from './agreement-settings';
import type { AgreementService } from './agreement-service';

const settingsSchema = z.object({
  kMin: z.number().int(), queryTimeoutMs: z.number().int(), maxSuppressedShare: z.number(), dominanceShare: z.number(), pRatio: z.number(),
  runsPerDay: z.number().int(), runsPerModelPerDay: z.number().int(), productCallsPerDay: z.number().int(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export function agreementSettingsRoutes(agreements: AgreementService, settings: AgreementSettingsStore, clock: Clock): Route[] {
  return [
    defineRoute({
      id: 'agreement.settings.read', method: 'get', path: '/agreements/:id/settings', tag: 'Agreements',
      summary: 'Disclosure-control, query and budget settings of an agreement', permission: ['read', 'Agreement'], params: idParams,
      responses: { 200: { description: 'settings', schema: settingsSchema } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        const agreement = await agreements.visible(params.id, ability);
        return { status: 200, body: await settings.get(agreement.id) };
      },
    }),
    defineRoute({
      id: 'agreement.settings.update', method: 'put', path: '/agreements/:id/settings', tag: 'Agreements',
      summary: 'Tighten disclosure control (k, dominance, p-ratio, suppression share; never looser than the platform defaults), the query timeout and the run budgets (authority)', permission: ['update', 'Agreement'], params: idParams,
      body: settingsPatchSchema,
      responses: { 200: { description: 'the settings now in force', schema: settingsSchema } },
      handler: async ({ params, body, ability, principal, audit, commitAudited }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        audit.details = { ...body };
        const agreement = await agreements.visible(params.id, ability, 'update');
        try {
          return { status: 200, body: await settings.update(agreement.id, body, principal.id, clock.now().toISOString(), commitAudited(200)) };
        } catch (error) {
          if (error instanceof SettingsLoosenedError) throw new UnprocessableError(error.message, error.fields.map((f) => ({ path: f, message: 'may only tighten the platform default' })), 'settings_loosened');
          throw error;
        }
      },
    }),
  ];
}
