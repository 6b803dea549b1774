/**
 * Three ways to ask the same question of a sandbox, from the outside in:
 * - api: over HTTP to 127.0.0.1 (authentication, validation, the route, the audit entry);
 * - service: the same service calls the route makes, in-process, with the operator's ability
 *   (visibility and state checks, guard, locked engine connection, limits, row conversion; for
 *   live runs also disclosure control and the run record), but no HTTP and no audit entry;
 * - direct: the SQL on DuckDB directly, on the same file opened READ_ONLY.
 * Comparing neighbours says which layer the time goes to.
 */
import { defineAbilityFor } from '../../policies/define-ability-for';
import { expectStatus } from './bench-platform';
import { directQuery, type DirectDatabase } from './direct-duckdb';
import { AGGREGATE_PARAMS, AGGREGATE_SQL, DEV_AGGREGATE_SQL, type Workspace } from './workspace-setup';

export type Call = () => Promise<unknown>;
export type QueryPaths = { api: Call; service: Call; direct: Call };

export async function workspacePaths(ws: Workspace, dev: DirectDatabase, live: DirectDatabase): Promise<{ dev: QueryPaths; live: QueryPaths }> {
  const { bp, operator, sandboxId, modelId } = ws;
  const { platform } = bp;
  const principal = await platform.principals.authenticate(operator.token);
  if (!principal) throw new Error('the operator token does not authenticate');
  const ability = defineAbilityFor(principal);
  const checkRun = (status: string) => {
    if (status !== 'awaiting-release') throw new Error(`the run was ${status}`);
  };
  return {
    dev: {
      api: async () => expectStatus(await bp.call('POST', `/sandboxes/${sandboxId}/query`, operator.token, { sql: DEV_AGGREGATE_SQL, tier: 'dev' }), 200, 'dev query'),
      service: async () => platform.queries.query(await platform.queries.open(sandboxId, ability, 'dev'), ability, DEV_AGGREGATE_SQL, { actorId: principal.id, role: principal.role, requestId: 'bench' }),
      direct: () => directQuery(dev.connection, DEV_AGGREGATE_SQL),
    },
    live: {
      api: async () => {
        const queued = expectStatus(await bp.call<{ id: string }>('POST', `/models/${modelId}/runs`, operator.token, { params: AGGREGATE_PARAMS }), 201, 'model run');
        await platform.runs.idle();
        checkRun((await platform.runs.visible(queued.id, ability)).status);
      },
      service: async () => {
        const queued = await platform.runs.start(await platform.models.visible(modelId, ability, 'execute'), AGGREGATE_PARAMS, ability, principal);
        await platform.runs.idle();
        checkRun((await platform.runs.visible(queued.id, ability)).status);
      },
      direct: () => directQuery(live.connection, AGGREGATE_SQL, AGGREGATE_PARAMS),
    },
  };
}
