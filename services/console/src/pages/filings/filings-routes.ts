/**
 * The filings area: quality feedback (质量反馈) between operators and source units, followed by the
 * authority and auditors; and periodic filings (定期报备) from operators to the authority.
 */
import type { RouteRecordRaw } from 'vue-router';

export const filingsRoutes: RouteRecordRaw[] = [
  {
    path: 'feedback', name: 'feedback', component: () => import('./FeedbackPage.vue'),
    meta: { roles: ['authority', 'source', 'operator', 'auditor'], menu: { label: 'filings.menu.feedback', order: 14.7 } },
  },
  {
    path: 'filings', name: 'filings', component: () => import('./FilingsPage.vue'),
    meta: { roles: ['authority', 'operator', 'auditor'], menu: { label: 'filings.menu.filings', order: 14.8 } },
  },
];
