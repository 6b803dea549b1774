/**
 * The governance area (the 办法's parties and procedures): entrustments of examiners
 * (模型查验机构), and risk reports (风险报备). The authority entrusts and revokes, and acknowledges
 * and closes risk reports; an examiner reads its own entrustments; operators and auditors read
 * risk reports.
 */
import type { RouteRecordRaw } from 'vue-router';

export const governanceRoutes: RouteRecordRaw[] = [
  {
    path: 'governance/entrustments', name: 'entrustments', component: () => import('./EntrustmentsPage.vue'),
    meta: { roles: ['authority', 'examiner'], menu: { label: 'governance.menu.entrustments', order: 14.5 } },
  },
  {
    path: 'governance/risk-reports', name: 'risk-reports', component: () => import('./RiskReportsPage.vue'),
    meta: { roles: ['authority', 'operator', 'auditor'], menu: { label: 'governance.menu.risks', order: 14.6 } },
  },
];
