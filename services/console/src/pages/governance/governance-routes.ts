/**
 * The governance area (the 办法's parties and procedures): entrustments of examiners
 * (模型查验机构). The authority entrusts and revokes; an examiner reads its own.
 */
import type { RouteRecordRaw } from 'vue-router';

export const governanceRoutes: RouteRecordRaw[] = [
  {
    path: 'governance/entrustments', name: 'entrustments', component: () => import('./EntrustmentsPage.vue'),
    meta: { roles: ['authority', 'examiner'], menu: { label: 'governance.menu.entrustments', order: 14.5 } },
  },
];
