/** The catalog: every role reads datasets' metadata (never their rows). */
import type { RouteRecordRaw } from 'vue-router';

export const catalogRoutes: RouteRecordRaw[] = [
  { path: 'catalog', name: 'catalog', component: () => import('./CatalogPage.vue'), meta: { menu: { label: 'shell.menu.catalog', order: 1 } } },
  { path: 'catalog/:id', name: 'dataset', component: () => import('./DatasetPage.vue'), props: true },
];
