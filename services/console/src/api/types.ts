/** Named response types, taken from the generated OpenAPI types. */
import type { paths } from './openapi';

type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'delete'> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never;

export type Dataset = Ok<'/api/v1/datasets/{id}', 'get'>;
export type DatasetColumn = Dataset['columns'][number];
