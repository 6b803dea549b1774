/** What a console route declares: who may open it and where it sits in the menu. */
import type { RouteRecordRaw } from 'vue-router';
import type { Role } from './session/session';

export type MenuEntry = { label: string; order: number };

declare module 'vue-router' {
  interface RouteMeta {
    /** Roles that may open the page; absent: every signed-in principal. */
    roles?: readonly Role[];
    /** Shown in the menu under this message key. */
    menu?: MenuEntry;
    /** Open without signing in. */
    public?: boolean;
    /** Starts the page's first API requests when the console opens on it (see main.ts). */
    prefetch?: (params: Record<string, string | string[]>) => void;
  }
}

export type ConsoleRoute = RouteRecordRaw;
