/** `GET /models`: the model versions of every sandbox the caller may list (the reviewer's and the operator's inbox), newest first. */
import { z } from 'zod';
import { answerLanguage, localizeModel } from '../http/error-language/localize-views';
import { defineRoute, type Route } from '../http/route';
import { collectPage, decodeCursor, pageQuery, statusQuery } from '../inbox/keyset-page';
import type { SandboxScope } from '../inbox/sandbox-scope';
import { modelStatuses } from './model';
import { modelSchema } from './model-routes';
import type { ModelService } from './model-service';

export function modelListRoute(models: ModelService, scope: SandboxScope): Route {
  return defineRoute({
    id: 'model.list-all', method: 'get', path: '/models', tag: 'Models',
    summary: 'Model versions across sandboxes, newest first, each as GET /models/:id answers: every open sandbox for the authority, its own for an operator. Filter by status (repeat it for several); page with limit and the nextCursor of the previous page',
    permission: ['list', 'Sandbox'],
    query: z.strictObject({ status: statusQuery(modelStatuses), ...pageQuery }),
    responses: { 200: { description: 'a page of models', schema: z.object({ models: z.array(modelSchema), nextCursor: z.string().nullable() }) }, 400: { description: 'invalid status, limit or cursor' } },
    handler: async ({ query, ability, req, res, audit }) => {
      audit.resource = 'models';
      audit.details = { status: query.status ?? null, limit: query.limit, cursor: query.cursor !== undefined };
      const after = decodeCursor(query.cursor);
      const sandboxIds = await scope.ids(ability, 'list');
      const page = await collectPage((from, count) => models.page({ sandboxIds, statuses: query.status, after: from }, count), (m) => m, query.limit, after);
      const language = answerLanguage({ req, res });
      return { status: 200, body: { models: page.items.map((m) => localizeModel(m, language)), nextCursor: page.nextCursor } };
    },
  });
}
