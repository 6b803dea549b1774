/**
 * The data-source unit's pages: its datasets (register, upload versions, masking rules, detection)
 * and the consent inbox for applications that ask for its data. Source units only.
 */
import type { RouteRecordRaw } from 'vue-router';

const roles = ['source'] as const;

export const sourceRoutes: RouteRecordRaw[] = [
  { path: 'source/datasets', name: 'source-datasets', component: () => import('./MyDatasetsPage.vue'), meta: { roles, menu: { label: 'source.menu.datasets', order: 10 } } },
  { path: 'source/datasets/new', name: 'source-dataset-new', component: () => import('./RegisterDatasetPage.vue'), meta: { roles } },
  { path: 'source/datasets/:id', name: 'source-dataset', component: () => import('./SourceDatasetPage.vue'), props: true, meta: { roles } },
  { path: 'source/consents', name: 'source-consents', component: () => import('./ConsentInboxPage.vue'), meta: { roles, menu: { label: 'source.menu.consents', order: 11 } } },
];
