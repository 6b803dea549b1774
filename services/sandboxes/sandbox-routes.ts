/** Sandbox routes: state, provisioning progress and tables (never rows). */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import { sandboxStates } from './sandbox';
import type { SandboxService } from './sandbox-service';

const columns = z.array(z.object({ name: z.string(), type: z.string() }));
export const sandboxViewSchema = z.object({
  id: z.string(),
  agreementId: z.string(),
  state: z.enum(sandboxStates),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int(), columns })),
  loadedFrom: z.array(z.object({ datasetId: z.string(), table: z.string(), vaultVersion: z.number().int(), rulesVersion: z.number().int() })),
  error: z.string().nullable(),
});

export function sandboxRoutes(sandboxes: SandboxService): Route[] {
  return [
    defineRoute({
      id: 'sandbox.read', method: 'get', path: '/sandboxes/:id', tag: 'Sandboxes',
      summary: 'State, provisioning progress (done/total) and tables of a sandbox',
      permission: ['read', 'Sandbox'],
      params: z.strictObject({ id: z.string().min(1).max(100) }),
      responses: { 200: { description: 'the sandbox', schema: sandboxViewSchema }, 404: { description: 'not found or not visible' }, 410: { description: 'sealed or destroyed' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `sandbox:${params.id}`;
        const { sandbox } = await sandboxes.visible(params.id, ability);
        audit.agreementId = sandbox.agreementId;
        return { status: 200, body: sandboxes.view(sandbox) };
      },
    }),
  ];
}
