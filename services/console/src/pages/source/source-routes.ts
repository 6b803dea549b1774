/** The source area's pages. */
import type { RouteRecordRaw } from 'vue-router';

export const sourceRoutes: RouteRecordRaw[] = [];
