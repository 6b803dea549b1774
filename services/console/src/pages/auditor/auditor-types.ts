/** The auditor area's types, taken from the generated OpenAPI types. */
import type { paths } from '../../api/openapi';

type Json<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type AuditPage = Json<paths['/api/v1/audit']['get']>;
export type AuditEntry = AuditPage['entries'][number];
export type AuditOutcome = AuditEntry['outcome'];
export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;
export type VerifyReport = Json<paths['/api/v1/audit/verify']['get']>;
export type Agreement = Json<paths['/api/v1/agreements']['get']>['agreements'][number];
export type Certificate = Json<paths['/api/v1/agreements/{id}/certificate']['get']>;

export const auditOutcomes: readonly AuditOutcome[] = ['allowed', 'denied', 'failed'];
