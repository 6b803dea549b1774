/** The auditor area's pages. */
import type { RouteRecordRaw } from 'vue-router';

export const auditorRoutes: RouteRecordRaw[] = [];
