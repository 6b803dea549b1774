/**
 * The auditor area's pages: the audit log (query, verify, export) and the destruction
 * certificates. Read-only. The authority may read, verify and export the audit log too, so the
 * log is open to it; it reads certificates on its own page (`authority-certificates`), so this
 * one is the auditor's only (the API would also let the authority read every certificate).
 */
import type { RouteRecordRaw } from 'vue-router';

export const auditorRoutes: RouteRecordRaw[] = [
  {
    path: 'auditor/audit-log',
    name: 'audit-log',
    component: () => import('./AuditLogPage.vue'),
    meta: { roles: ['auditor', 'authority'], menu: { label: 'auditor.menu.auditLog', order: 80 } },
  },
  {
    path: 'auditor/certificates',
    name: 'auditor-certificates',
    component: () => import('./CertificatesPage.vue'),
    meta: { roles: ['auditor'], menu: { label: 'auditor.menu.certificates', order: 81 } },
  },
];
