/**
 * The workspace's first two requests (the sandbox and its schema), started by main.ts when the
 * console opens on a workspace, so they run while the page's code downloads. The page takes them
 * once, within a few seconds; later visits ask again.
 */
import { api, unwrap } from '../../api/client';
import type { Sandbox, SchemaTable } from './workspace-types';

export type WorkspaceFirstLoad = { sandbox: Promise<Sandbox>; schema: Promise<SchemaTable[]> };

const FRESH_MS = 10_000;
let started: { sandboxId: string; at: number; load: WorkspaceFirstLoad } | null = null;

export function prefetchWorkspace(params: Record<string, string | string[]>): void {
  const sandboxId = params.sandboxId;
  if (typeof sandboxId !== 'string') return;
  const path = { params: { path: { id: sandboxId } } };
  const load: WorkspaceFirstLoad = {
    sandbox: unwrap(api.GET('/api/v1/sandboxes/{id}', path)),
    schema: unwrap(api.GET('/api/v1/sandboxes/{id}/schema', path)).then((b) => b.tables),
  };
  // Nobody may be waiting yet (or ever, if the router sends the visitor elsewhere).
  load.sandbox.catch(() => undefined);
  load.schema.catch(() => undefined);
  started = { sandboxId, at: Date.now(), load };
}

/** The prefetched requests for this sandbox, once; undefined when there are none or they are stale. */
export function takePrefetchedWorkspace(sandboxId: string): WorkspaceFirstLoad | undefined {
  const taken = started;
  started = null;
  if (!taken || taken.sandboxId !== sandboxId || Date.now() - taken.at > FRESH_MS) return undefined;
  return taken.load;
}
