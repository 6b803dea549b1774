/** Types of the source area, taken from the generated OpenAPI types. */
import type { paths } from '../../api/openapi';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type Post<P extends keyof paths, S extends 200 | 201> = paths[P] extends { post: { responses: infer R } } ? (R extends Record<S, infer X> ? Json<X> : never) : never;

export type NewDataset = paths['/api/v1/datasets']['post']['requestBody']['content']['application/json'];
export type NewColumn = NewDataset['columns'][number];
export type DataVersion = Get<'/api/v1/datasets/{id}/versions'>['versions'][number];
export type RuleSets = Get<'/api/v1/datasets/{id}/masking-rules'>;
export type RuleSetVersion = RuleSets['versions'][number];
export type Preview = Post<'/api/v1/datasets/{id}/masking-rules/preview', 200>;
export type Detection = Post<'/api/v1/datasets/{id}/detect', 200>['columns'][number];
export type Application = Get<'/api/v1/applications'>['applications'][number];
export type UploadResult = paths['/api/v1/datasets/{id}/data']['put']['responses'][200]['content']['application/json'];

/** The DuckDB column types a dataset column may have (masking-rules/dataset-schema.ts). */
export const columnTypes = ['VARCHAR', 'BOOLEAN', 'INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,2)', 'DATE', 'TIMESTAMP'] as const;
export const semantics = [
  'cn_id', 'cn_mobile', 'cn_name', 'cn_address', 'uscc', 'bank_card', 'plate', 'email',
  'date', 'birth_date', 'region_code', 'amount', 'category', 'free_text',
] as const;
export const levels = ['general', 'important', 'core'] as const;
export const opennesses = ['unconditional', 'conditional', 'closed'] as const;
export const personalKinds = ['none', 'personal', 'sensitive'] as const;
export const identifierKinds = ['direct', 'quasi', 'none'] as const;

/** A column of the registration form (semantic '' = none). */
export type ColumnDraft = { name: string; type: NewColumn['type']; description: string; personal: NewColumn['personal']; identifier: NewColumn['identifier']; semantic: string };
