/**
 * The operator's sandbox workspace: the list of its agreements' sandboxes, and one sandbox's workspace.
 * A partner (运营合作方) works in the sandboxes of the operator that filed it.
 */
import type { RouteRecordRaw } from 'vue-router';
import { prefetchWorkspace } from './workspace-prefetch';

export const workspaceRoutes: RouteRecordRaw[] = [
  {
    path: 'workspace', name: 'workspaces', component: () => import('./WorkspaceListPage.vue'),
    meta: { roles: ['operator', 'partner'], menu: { label: 'workspace.menu', order: 11.5 } },
  },
  { path: 'workspace/:sandboxId', name: 'workspace', component: () => import('./WorkspacePage.vue'), props: true, meta: { roles: ['operator', 'partner'], prefetch: prefetchWorkspace } },
];
