/** The operator's sandbox workspace: the list of its agreements' sandboxes, and one sandbox's workspace. */
import type { RouteRecordRaw } from 'vue-router';
import { prefetchWorkspace } from './workspace-prefetch';

export const workspaceRoutes: RouteRecordRaw[] = [
  {
    path: 'workspace', name: 'workspaces', component: () => import('./WorkspaceListPage.vue'),
    meta: { roles: ['operator'], menu: { label: 'workspace.menu', order: 11.5 } },
  },
  { path: 'workspace/:sandboxId', name: 'workspace', component: () => import('./WorkspacePage.vue'), props: true, meta: { roles: ['operator'], prefetch: prefetchWorkspace } },
];
