/** The workspace area's API types, taken from the generated OpenAPI types. */
import type { paths } from '../../api/openapi';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Sandbox = Json<paths['/api/v1/sandboxes/{id}']['get']['responses'][200]>;
export type Agreement = Json<paths['/api/v1/agreements/{id}']['get']['responses'][200]>;
export type AgreementSummary = Json<paths['/api/v1/agreements']['get']['responses'][200]>['agreements'][number];
export type SandboxSchema = Json<paths['/api/v1/sandboxes/{id}/schema']['get']['responses'][200]>;
export type SchemaTable = SandboxSchema['tables'][number];
export type SchemaColumn = SchemaTable['columns'][number];
export type QueryResult = Json<paths['/api/v1/sandboxes/{id}/query']['post']['responses'][200]>;
export type ResultColumn = QueryResult['columns'][number];
export type ModelInput = NonNullable<paths['/api/v1/sandboxes/{id}/models']['post']['requestBody']>['content']['application/json'];
export type ModelParameter = NonNullable<ModelInput['parameters']>[number];
export type ParameterType = ModelParameter['type'];
export type SubmittedModel = Json<paths['/api/v1/sandboxes/{id}/models']['post']['responses'][201]>;
export type ModelCheck = SubmittedModel['checks'][number];

/** A finished query as the page keeps it: the API's result and how long the round trip took. */
export type ShownResult = QueryResult & { elapsedMs: number };
