/**
 * Routes, split per role area (each area's pages load on demand). A route that needs a sign-in
 * sends the visitor to sign-in and back; a route for other roles shows the forbidden page; a 401
 * from the API at any time ends the session and returns to sign-in.
 */
import { watch } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import './route-meta';
import { session } from './session/session';
import { authorityRoutes } from './pages/authority/authority-routes';
import { auditorRoutes } from './pages/auditor/auditor-routes';
import { governanceRoutes } from './pages/governance/governance-routes';
import { filingsRoutes } from './pages/filings/filings-routes';
import { selectionRoutes } from './pages/selection/selection-routes';
import { catalogRoutes } from './pages/catalog/catalog-routes';
import { operatorRoutes } from './pages/operator/operator-routes';
import { sourceRoutes } from './pages/source/source-routes';
import { workspaceRoutes } from './pages/workspace/workspace-routes';

const shellChildren: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('./pages/home/HomePage.vue'), meta: { menu: { label: 'shell.menu.home', order: 0 } } },
  ...catalogRoutes,
  ...sourceRoutes,
  ...operatorRoutes,
  ...workspaceRoutes,
  ...authorityRoutes,
  ...auditorRoutes,
  ...governanceRoutes,
  ...filingsRoutes,
  ...selectionRoutes,
  { path: 'forbidden', name: 'forbidden', component: () => import('./shell/ForbiddenPage.vue') },
  { path: ':unknown(.*)*', name: 'not-found', component: () => import('./shell/NotFoundPage.vue') },
];

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: () => import('./shell/SignInPage.vue'), meta: { public: true } },
    { path: '/', component: () => import('./shell/AppShell.vue'), children: shellChildren },
  ],
});

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!(await session.restore())) return { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  const roles = to.meta.roles;
  const role = session.me.value?.role;
  if (roles && (!role || !roles.includes(role))) return { name: 'forbidden', query: { page: String(to.name ?? to.path) } };
  return true;
});

watch(session.expired, (expired) => {
  if (expired && router.currentRoute.value.name !== 'sign-in') void router.push({ name: 'sign-in', query: { expired: '1' } });
});

/** The menu for the signed-in role: every shell route with a menu entry the role may open. */
export function menuFor(role: string | undefined): { name: string; label: string }[] {
  return shellChildren
    .filter((r) => r.meta?.menu && (!r.meta.roles || (role !== undefined && (r.meta.roles as readonly string[]).includes(role))))
    .sort((a, b) => (a.meta!.menu!.order - b.meta!.menu!.order))
    .map((r) => ({ name: String(r.name), label: r.meta!.menu!.label }));
}
