/** Per-agreement controls: read (whoever sees the agreement), change (authority). */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import type { Clock } from '../config/clock';
import { settingsPatchSchema, type AgreementSettingsStore } from './agreement-settings';
import type { AgreementService } from './agreement-service';

const settingsSchema = z.object({ kMin: z.number().int(), queryTimeoutMs: z.number().int(), maxSuppressedShare: z.number() });
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export function agreementSettingsRoutes(agreements: AgreementService, settings: AgreementSettingsStore, clock: Clock): Route[] {
  return [
    defineRoute({
      id: 'agreement.settings.read', method: 'get', path: '/agreements/:id/settings', tag: 'Agreements',
      summary: 'Disclosure-control and query settings of an agreement (k, timeout, suppression share)', permission: ['read', 'Agreement'], params: idParams,
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
      summary: 'Change k (never below 3), the query timeout or the suppression share (authority)', permission: ['update', 'Agreement'], params: idParams,
      body: settingsPatchSchema,
      responses: { 200: { description: 'the settings now in force', schema: settingsSchema } },
      handler: async ({ params, body, ability, principal, audit }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        audit.details = { ...body };
        const agreement = await agreements.visible(params.id, ability, 'update');
        return { status: 200, body: await settings.update(agreement.id, body, principal.id, clock.now().toISOString()) };
      },
    }),
  ];
}
