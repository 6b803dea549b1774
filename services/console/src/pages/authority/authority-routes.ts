/** The authority area's pages. */
import type { RouteRecordRaw } from 'vue-router';

export const authorityRoutes: RouteRecordRaw[] = [];
