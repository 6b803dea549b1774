/** The governance area's API types, taken from the generated OpenAPI types. */
import type { paths } from '../../api/openapi';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Entrustment = Json<paths['/api/v1/entrustments']['get']['responses'][200]>['entrustments'][number];
export type Principal = Json<paths['/api/v1/principals']['get']['responses'][200]>['principals'][number];
export type RiskReport = Json<paths['/api/v1/risk-reports']['get']['responses'][200]>['riskReports'][number];
export type AgreementSummary = Json<paths['/api/v1/agreements']['get']['responses'][200]>['agreements'][number];
