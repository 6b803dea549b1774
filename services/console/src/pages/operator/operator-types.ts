/** Types of the operator area, taken from the generated OpenAPI types. */
import type { paths } from '../../api/openapi';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type Body<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;

export type CatalogDataset = Get<'/api/v1/datasets'>['datasets'][number];
export type CatalogColumn = CatalogDataset['columns'][number];
/** A dataset's entry in the current directory: the columns and scenarios (none: any) it may be applied for. */
export type DirectoryOffer = { columns: string[]; scenarios: string[] };
export type NewApplication = Body<'/api/v1/applications'>;
export type Application = Get<'/api/v1/applications'>['applications'][number];
export type Agreement = Get<'/api/v1/agreements'>['agreements'][number];
export type AgreementDetail = Get<'/api/v1/agreements/{id}'>;
export type Sandbox = Get<'/api/v1/sandboxes/{id}'>;
export type Model = Get<'/api/v1/sandboxes/{id}/models'>['models'][number];
export type ModelParameter = Model['parameters'][number];
/** What an operator reads of a run (the API never gives it counts or checks before the decision). */
export type OperatorRun = { id: string; modelId: string; status: string; params: Record<string, unknown>; createdAt: string; updatedAt?: string; releaseComment?: string | null };
export type Product = Get<'/api/v1/products'>['products'][number];
export type NewProduct = Body<'/api/v1/products'>;

/** A released output as `GET /runs/:id/output` answers it in JSON. */
export type ReleasedOutput = { manifest: Record<string, unknown>; columns: { name: string; type: string }[]; rows: unknown[][] };

/** The formats a released output downloads in, with the media type the API answers for each. */
export const downloadFormats = [
  { format: 'csv', type: 'text/csv', ext: 'csv' },
  { format: 'parquet', type: 'application/vnd.apache.parquet', ext: 'parquet' },
  { format: 'arrow', type: 'application/vnd.apache.arrow.stream', ext: 'arrows' },
] as const;
export type DownloadFormat = (typeof downloadFormats)[number]['format'];
