/**
 * The selection area (办法 Ch. 3): calls and qualifications (征集与资格), the directory of data open
 * to authorized operation (授权运营目录), and operators' partners (运营合作方). Every role reads the
 * directory; calls, qualifications and partners are the authority's, the operators' and the
 * auditors' pages (each sees what the API lets it see).
 */
import type { RouteRecordRaw } from 'vue-router';

export const selectionRoutes: RouteRecordRaw[] = [
  {
    path: 'selection/calls', name: 'selection-calls', component: () => import('./CallsPage.vue'),
    meta: { roles: ['authority', 'operator', 'auditor'], menu: { label: 'selection.menu.calls', order: 14.1 } },
  },
  {
    path: 'selection/directory', name: 'selection-directory', component: () => import('./DirectoryPage.vue'),
    meta: { menu: { label: 'selection.menu.directory', order: 14.2 } },
  },
  {
    path: 'selection/partners', name: 'selection-partners', component: () => import('./PartnersPage.vue'),
    meta: { roles: ['authority', 'operator', 'auditor'], menu: { label: 'selection.menu.partners', order: 14.3 } },
  },
];
