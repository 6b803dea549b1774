/** Catalog routes: register and read datasets, upload vault versions, list version history. */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import type { CatalogService } from './catalog-service';
import { datasetIdParams, datasetSchema, newDatasetSchema, uploadQuery, uploadResultSchema, versionSchema } from './catalog-schemas';
import { uploadContentTypes } from './upload-content-type';

export function catalogRoutes(catalog: CatalogService): Route[] {
  return [
    defineRoute({
      id: 'dataset.create',
      method: 'post',
      path: '/datasets',
      tag: 'Catalog',
      summary: 'Register a dataset with its classification and column schema (source units)',
      permission: ['create', 'Dataset'],
      body: newDatasetSchema,
      responses: { 201: { description: 'registered', schema: datasetSchema }, 409: { description: 'name taken' }, 422: { description: 'inconsistent schema' } },
      handler: async ({ body, principal, audit, commitAudited }) => {
        const dataset = await catalog.register(body, principal, (d) => {
          audit.resource = `dataset:${d.id}`;
          audit.details = { name: d.name, level: d.level, openness: d.openness, columns: d.columns.length };
          return commitAudited(201);
        });
        return { status: 201, body: dataset };
      },
    }),
    defineRoute({
      id: 'dataset.list',
      method: 'get',
      path: '/datasets',
      tag: 'Catalog',
      summary: 'The catalog: metadata of every dataset (never data)',
      permission: ['read', 'Dataset'],
      responses: { 200: { description: 'datasets', schema: z.object({ datasets: z.array(datasetSchema) }) } },
      handler: async ({ audit }) => {
        audit.resource = 'datasets';
        return { status: 200, body: { datasets: await catalog.list() } };
      },
    }),
    defineRoute({
      id: 'dataset.read',
      method: 'get',
      path: '/datasets/:id',
      tag: 'Catalog',
      summary: 'One dataset’s metadata',
      permission: ['read', 'Dataset'],
      params: datasetIdParams,
      responses: { 200: { description: 'the dataset', schema: datasetSchema }, 404: { description: 'not found' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `dataset:${params.id}`;
        return { status: 200, body: await catalog.visible(params.id, ability) };
      },
    }),
    defineRoute({
      id: 'dataset.versions',
      method: 'get',
      path: '/datasets/:id/versions',
      tag: 'Catalog',
      summary: 'The vault version history of a dataset (metadata only)',
      permission: ['read', 'Dataset'],
      params: datasetIdParams,
      responses: { 200: { description: 'versions, oldest first', schema: z.object({ versions: z.array(versionSchema) }) } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `dataset:${params.id}`;
        const dataset = await catalog.visible(params.id, ability);
        return { status: 200, body: { versions: await catalog.versions(dataset.id) } };
      },
    }),
    defineRoute({
      id: 'dataset.upload',
      method: 'put',
      path: '/datasets/:id/data',
      tag: 'Catalog',
      summary: 'Upload data as a new immutable vault version: CSV (UTF-8, GB18030 or GBK), an .xlsx sheet, Parquet or Arrow (streamed to disk; owning source unit)',
      permission: ['update', 'Dataset'],
      params: datasetIdParams,
      query: uploadQuery,
      bodyKind: 'stream',
      bodyTypes: [...uploadContentTypes],
      responses: {
        200: { description: 'the new version is in force', schema: uploadResultSchema },
        413: { description: 'over the upload limit, or a workbook that expands past the limits' },
        415: { description: 'unsupported content type or charset; a legacy .xls workbook' },
        422: { description: 'the data does not fit the schema (details name row and column), an undetectable charset, an unreadable workbook or an unknown sheet' },
      },
      handler: async ({ params, query, ability, principal, req, audit, requestId, commitAudited }) => {
        audit.resource = `dataset:${params.id}`;
        const dataset = await catalog.visible(params.id, ability, 'update');
        const declaration = { contentType: req.get('content-type'), contentDisposition: req.get('content-disposition'), sheet: query.sheet };
        const result = await catalog.upload(dataset, principal, req, declaration, { requestId, commit: commitAudited(200) });
        return { status: 200, body: result };
      },
    }),
  ];
}
