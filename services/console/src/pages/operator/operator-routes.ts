/**
 * The operator area's pages (运营单位): apply for data, follow applications and agreements,
 * run approved models, download released outputs and register products. The SQL workspace
 * itself is its own area (route `workspace`).
 */
import type { RouteRecordRaw } from 'vue-router';

const roles = ['operator'] as const;
/** A partner (运营合作方) reads its operator's models and runs; it never applies or registers products. */
const withPartner = ['operator', 'partner'] as const;

export const operatorRoutes: RouteRecordRaw[] = [
  { path: 'operator/apply', name: 'operator-apply', component: () => import('./ApplyPage.vue'), meta: { roles } },
  { path: 'operator/applications', name: 'operator-applications', component: () => import('./ApplicationsPage.vue'), meta: { roles, menu: { label: 'operator.menu.applications', order: 11 } } },
  { path: 'operator/models', name: 'operator-models', component: () => import('./ModelsPage.vue'), meta: { roles: withPartner, menu: { label: 'operator.menu.models', order: 12 } } },
  { path: 'operator/runs', name: 'operator-runs', component: () => import('./RunsPage.vue'), meta: { roles: withPartner, menu: { label: 'operator.menu.runs', order: 13 } } },
  { path: 'operator/products', name: 'operator-products', component: () => import('./ProductsPage.vue'), meta: { roles, menu: { label: 'operator.menu.products', order: 14 } } },
];
