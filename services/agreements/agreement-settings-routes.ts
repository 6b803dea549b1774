/** Per-agreement controls: read (whoever sees the agreement), change (authority). */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import type { Clock } from '../config/clock';
import { UnprocessableError } from '../errors/app-error';
import { SettingsLoosenedError, settingsPatchSchema, type AgreementSettings, type AgreementSettingsStore } from './agreement-settings';
import type { Agreement } from './agreement';
import { twoPersonReleaseRequired } from './two-person-release';

/** A dataset's GB/T 43697 level. */
export type LevelOf = (datasetId: string) => Promise<string>;
import type { AgreementService } from './agreement-service';

const settingsSchema = z.object({
  kMin: z.number().int(), queryTimeoutMs: z.number().int(), maxSuppressedShare: z.number(), dominanceShare: z.number(), pRatio: z.number(),
  runsPerDay: z.number().int(), runsPerModelPerDay: z.number().int(), productCallsPerDay: z.number().int(),
  twoPersonRelease: z.boolean().describe('releases need two different reviewers (always on for important or core data)'),
  twoPersonReleaseRequired: z.boolean().describe('the agreement holds important or core data, so two-person release cannot be switched off'),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

/** The settings as the API answers them: two-person release as it applies, and whether the data require it. */
async function effective(agreement: Agreement, stored: AgreementSettings, levelOf: LevelOf): Promise<AgreementSettings & { twoPersonReleaseRequired: boolean }> {
  const required = await twoPersonReleaseRequired(agreement, levelOf);
  return { ...stored, twoPersonRelease: stored.twoPersonRelease || required, twoPersonReleaseRequired: required };
}

export function agreementSettingsRoutes(agreements: AgreementService, settings: AgreementSettingsStore, clock: Clock, levelOf: LevelOf): Route[] {
  return [
    defineRoute({
      id: 'agreement.settings.read', method: 'get', path: '/agreements/:id/settings', tag: 'Agreements',
      summary: 'Disclosure-control, query and budget settings of an agreement', permission: ['read', 'Agreement'], params: idParams,
      responses: { 200: { description: 'settings', schema: settingsSchema } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        const agreement = await agreements.visible(params.id, ability);
        return { status: 200, body: await effective(agreement, await settings.get(agreement.id), levelOf) };
      },
    }),
    defineRoute({
      id: 'agreement.settings.update', method: 'put', path: '/agreements/:id/settings', tag: 'Agreements',
      summary: 'Tighten disclosure control (k, dominance, p-ratio, suppression share; never looser than the platform defaults), the query timeout, the run budgets and two-person release (authority)', permission: ['update', 'Agreement'], params: idParams,
      body: settingsPatchSchema,
      responses: { 200: { description: 'the settings now in force', schema: settingsSchema } },
      handler: async ({ params, body, ability, principal, audit, commitAudited }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        audit.details = { ...body };
        const agreement = await agreements.visible(params.id, ability, 'update');
        if (body.twoPersonRelease === false && (await twoPersonReleaseRequired(agreement, levelOf))) {
          throw new UnprocessableError('two-person release cannot be switched off for important or core data', [{ path: 'twoPersonRelease', message: 'required by the data level' }], 'settings_loosened');
        }
        try {
          return { status: 200, body: await effective(agreement, await settings.update(agreement.id, body, principal.id, clock.now().toISOString(), commitAudited(200)), levelOf) };
        } catch (error) {
          if (error instanceof SettingsLoosenedError) throw new UnprocessableError(error.message, error.fields.map((f) => ({ path: f, message: 'may only tighten the platform default' })), 'settings_loosened');
          throw error;
        }
      },
    }),
  ];
}
