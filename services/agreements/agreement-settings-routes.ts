/**
 * Per-agreement controls: read (whoever sees the agreement), change (authority). The filing
 * period cannot change once the agreement has a filing or an overdue flag (their periods would
 * no longer match the schedule): 409 `filing_schedule_in_use`; the grace days can, for the
 * obligations not yet flagged.
 */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import type { Clock } from '../config/clock';
import { ConflictError, UnprocessableError } from '../errors/app-error';
import { filingPeriodKinds } from '../filings/filing-schedule';
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
  filingPeriod: z.enum(filingPeriodKinds).describe('the period of its filings (定期报备)'),
  filingGraceDays: z.number().int().describe('days after a period’s end until its filing is due'),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

/** The settings as the API answers them: two-person release as it applies, and whether the data require it. */
async function effective(agreement: Agreement, stored: AgreementSettings, levelOf: LevelOf): Promise<AgreementSettings & { twoPersonReleaseRequired: boolean }> {
  const required = await twoPersonReleaseRequired(agreement, levelOf);
  return { ...stored, twoPersonRelease: stored.twoPersonRelease || required, twoPersonReleaseRequired: required };
}

/** Whether an agreement's filing schedule is in use (it has a filing or an overdue flag). */
export type FilingScheduleInUse = (agreementId: string) => Promise<boolean>;

export function agreementSettingsRoutes(agreements: AgreementService, settings: AgreementSettingsStore, clock: Clock, levelOf: LevelOf, scheduleInUse?: FilingScheduleInUse): Route[] {
  return [
    defineRoute({
      id: 'agreement.settings.read', method: 'get', path: '/agreements/:id/settings', tag: 'Agreements',
      summary: 'Disclosure-control, query, budget and filing-schedule settings of an agreement', permission: ['read', 'Agreement'], params: idParams,
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
      summary: 'Tighten disclosure control (k, dominance, p-ratio, suppression share; never looser than the platform defaults), the query timeout, the run budgets, two-person release and the filing schedule (authority)', permission: ['update', 'Agreement'], params: idParams,
      body: settingsPatchSchema,
      responses: { 200: { description: 'the settings now in force', schema: settingsSchema }, 409: { description: 'the filing period is in use' }, 422: { description: 'a setting would loosen a default' } },
      handler: async ({ params, body, ability, principal, audit, commitAudited }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        audit.details = { ...body };
        const agreement = await agreements.visible(params.id, ability, 'update');
        if (body.twoPersonRelease === false && (await twoPersonReleaseRequired(agreement, levelOf))) {
          throw new UnprocessableError('two-person release cannot be switched off for important or core data', [{ path: 'twoPersonRelease', message: 'required by the data level' }], 'settings_loosened');
        }
        if (body.filingPeriod !== undefined && body.filingPeriod !== (await settings.get(agreement.id)).filingPeriod && (await scheduleInUse?.(agreement.id))) {
          throw new ConflictError('the filing period cannot change once the agreement has filings or overdue flags', 'filing_schedule_in_use');
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
