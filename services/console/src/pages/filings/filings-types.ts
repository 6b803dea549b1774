/** The filings area's API types (quality feedback and periodic filings), taken from the generated OpenAPI types. */
import type { paths } from '../../api/openapi';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: infer R } } ? Json<R> : never;

export type Feedback = Get<'/api/v1/feedback'>['feedback'][number];
export type FeedbackStatistics = Get<'/api/v1/feedback/statistics'>['sources'][number];
export type NewFeedback = paths['/api/v1/feedback']['post']['requestBody']['content']['application/json'];
export type FilingOverview = Get<'/api/v1/filings'>;
export type Obligation = FilingOverview['obligations'][number];
export type Filing = FilingOverview['filings'][number];
export type Agreement = Get<'/api/v1/agreements'>['agreements'][number];
export type Dataset = Get<'/api/v1/datasets'>['datasets'][number];
export type AgreementSettings = Get<'/api/v1/agreements/{id}/settings'>;

export const feedbackCategories = ['accuracy', 'completeness', 'timeliness', 'consistency', 'other'] as const;
export const obligationStates = ['upcoming', 'due', 'overdue', 'filed', 'filed_late'] as const;
