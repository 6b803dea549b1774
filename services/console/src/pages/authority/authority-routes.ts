/**
 * The authority area's pages (主管部门): the inboxes (applications, model reviews, release
 * reviews, product registrations), agreements, principals, data-subject requests and destruction certificates.
 */
import type { RouteRecordRaw } from 'vue-router';

const roles = ['authority'] as const;
/** Model review and release review: the authority, or an examiner it has entrusted. */
const reviewers = ['authority', 'examiner'] as const;

export const authorityRoutes: RouteRecordRaw[] = [
  { path: 'authority/applications', name: 'authority-applications', component: () => import('./ApplicationsPage.vue'), meta: { roles, menu: { label: 'authority.menu.applications', order: 10 } } },
  { path: 'authority/models', name: 'authority-models', component: () => import('./ModelsPage.vue'), meta: { roles: reviewers, menu: { label: 'authority.menu.models', order: 11 } } },
  { path: 'authority/runs', name: 'authority-runs', component: () => import('./RunsPage.vue'), meta: { roles: reviewers, menu: { label: 'authority.menu.runs', order: 12 } } },
  { path: 'authority/runs/:id', name: 'authority-run', component: () => import('./RunReviewPage.vue'), props: true, meta: { roles: reviewers } },
  { path: 'authority/products', name: 'authority-products', component: () => import('./ProductsPage.vue'), meta: { roles, menu: { label: 'authority.products.menu', order: 12.5 } } },
  { path: 'authority/agreements', name: 'authority-agreements', component: () => import('./AgreementsPage.vue'), meta: { roles, menu: { label: 'authority.menu.agreements', order: 13 } } },
  { path: 'authority/agreements/:id', name: 'authority-agreement', component: () => import('./AgreementPage.vue'), props: true, meta: { roles } },
  { path: 'authority/principals', name: 'authority-principals', component: () => import('./PrincipalsPage.vue'), meta: { roles, menu: { label: 'authority.menu.principals', order: 14 } } },
  { path: 'authority/subjects', name: 'authority-subjects', component: () => import('./SubjectRequestPage.vue'), meta: { roles, menu: { label: 'authority.menu.subjects', order: 15 } } },
  { path: 'authority/certificates', name: 'authority-certificates', component: () => import('./CertificatesPage.vue'), meta: { roles } },
];
