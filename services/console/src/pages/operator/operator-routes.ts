/** The operator area's pages. */
import type { RouteRecordRaw } from 'vue-router';

export const operatorRoutes: RouteRecordRaw[] = [];
