/**
 * `GET /runs`: the runs of every sandbox the caller may list, newest first. Reviewers (who may
 * release) read whole runs and filter by stored status, e.g. everything that waits for them:
 * `awaiting-release`, `blocked` and `failed`. Everyone else gets exactly the operator's view
 * (run-views.ts) and filters by the status that view shows, never by the stored one: a filter
 * on `blocked` or `failed` would be an oracle on live values, so it answers 400.
 */
import { z } from 'zod';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { Clock } from '../config/clock';
import { BadRequestError } from '../errors/app-error';
import { answerLanguage, localizeRun } from '../http/error-language/localize-views';
import { defineRoute, type Route } from '../http/route';
import { collectPage, decodeCursor, pageQuery, statusQuery } from '../inbox/keyset-page';
import type { SandboxScope } from '../inbox/sandbox-scope';
import { operatorRunStatuses, runStatuses, type OperatorRunStatus, type Run } from './run';
import { operatorRunSchema, runSchema } from './run-routes';
import type { RunService } from './run-service';
import { operatorView } from './run-views';

export type RunListDeps = { runs: RunService; scope: SandboxScope; settings: AgreementSettingsStore; clock: Clock };

export function runListRoute({ runs, scope, settings, clock }: RunListDeps): Route {
  return defineRoute({
    id: 'run.list-all', method: 'get', path: '/runs', tag: 'Runs',
    summary: 'Runs across sandboxes, newest first: the authority sees every open sandbox’s runs whole (the release inbox: status=awaiting-release&status=blocked&status=failed); an operator sees only its own, in the operator view (status: queued, running, awaiting-release, released, rejected). Page with limit and the nextCursor of the previous page',
    permission: ['list', 'Sandbox'],
    query: z.strictObject({ status: statusQuery(runStatuses), ...pageQuery }),
    responses: {
      200: { description: 'a page of runs (reviewers: whole runs; operators: the operator view)', schema: z.object({ runs: z.array(z.union([runSchema, operatorRunSchema])), nextCursor: z.string().nullable() }) },
      400: { description: 'invalid status, limit or cursor' },
    },
    handler: async ({ query, ability, req, res, audit }) => {
      audit.resource = 'runs';
      audit.details = { status: query.status ?? null, limit: query.limit, cursor: query.cursor !== undefined };
      const after = decodeCursor(query.cursor);
      const reviewer = ability.can('release', 'Run');
      const sandboxIds = await scope.ids(ability, 'list');
      if (reviewer) {
        const page = await collectPage((from, count) => runs.page({ sandboxIds, statuses: query.status, after: from }, count), (r) => r, query.limit, after);
        const language = answerLanguage({ req, res });
        return { status: 200, body: { runs: page.items.map((r) => localizeRun(r, language)), nextCursor: page.nextCursor } };
      }
      const shown = query.status?.map((s) => {
        if (!(operatorRunStatuses as readonly string[]).includes(s)) {
          throw new BadRequestError('invalid request query', [{ path: 'query.status', message: `filter by ${operatorRunStatuses.join(', ')}` }], 'invalid_request');
        }
        return s as OperatorRunStatus;
      });
      const timeouts = new Map<string, Promise<number>>();
      const timeoutOf = (run: Run) => {
        if (!timeouts.has(run.agreementId)) timeouts.set(run.agreementId, settings.get(run.agreementId).then((s) => s.queryTimeoutMs));
        return timeouts.get(run.agreementId) as Promise<number>;
      };
      const now = clock.now();
      const view = async (run: Run) => {
        const seen = operatorView(run, await timeoutOf(run), now);
        return !shown || shown.includes(seen.status) ? seen : null;
      };
      // No stored status reaches the query: the filter applies to the view only.
      const page = await collectPage((from, count) => runs.page({ sandboxIds, after: from }, count), view, query.limit, after);
      return { status: 200, body: { runs: page.items, nextCursor: page.nextCursor } };
    },
  });
}
