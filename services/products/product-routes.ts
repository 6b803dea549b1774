/** Product routes: register, review, read, invoke an API product, fetch a dataset product. */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import { registrationValiditySchema } from '../registration/registration-schema';
import { productKinds, productStatuses } from './product';
import type { ProductService } from './product-service';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const productSchema = z.object({
  id: z.string(), name: z.string(), kind: z.enum(productKinds), runId: z.string().nullable(), modelId: z.string().nullable(), agreementId: z.string(),
  sandboxId: z.string(), operatorId: z.string(), operatorUnit: z.string(), sourceUnits: z.array(z.string()), description: z.string(), grantees: z.array(z.string()),
  status: z.enum(productStatuses), createdAt: z.string(), reviewedBy: z.string().nullable(), reviewedAt: z.string().nullable(), reviewComment: z.string().nullable(),
  parameterDomains: z.record(z.string(), z.object({ values: z.array(z.unknown()).optional(), min: z.unknown().optional(), max: z.unknown().optional() })).nullable(),
  registration: registrationValiditySchema.nullable().optional().describe('once registered (登记): the registration’s validity and renewals'),
});
const result = z.object({ columns: z.array(z.object({ name: z.string(), type: z.string() })), rows: z.array(z.array(z.unknown())) });

export function productRoutes(products: ProductService): Route[] {
  return [
    defineRoute({
      id: 'product.create', method: 'post', path: '/products', tag: 'Products',
      summary: 'Register a released output (kind dataset) or an approved model (kind api) as a product (operator)', permission: ['create', 'Product'],
      body: z.strictObject({
        name: z.string().trim().min(1).max(200).meta({ description: 'The product’s name in the register', example: '光明区街道就业困难人员分布（季度）' }),
        kind: z.enum(productKinds).meta({ description: 'dataset: a released output (give runId); api: an approved model others may call (give modelId)', example: 'dataset' }),
        runId: z.string().max(100).optional(), modelId: z.string().max(100).optional(),
        description: z.string().trim().min(1).max(4000).meta({ description: 'What the product offers and to whom', example: '按季度发布各街道就业困难人员数量，供人社部门规划帮扶' }),
        grantees: z.array(z.string().trim().min(1).max(200)).max(100).default([]).meta({ description: 'The units that may use the product (API products)', example: ['光明区人力资源局'] }),
      }),
      responses: { 201: { description: 'submitted for review', schema: z.object({ id: z.string(), status: z.enum(productStatuses) }) } },
      handler: async ({ body, ability, principal, audit, commitAudited }) => {
        const product = await products.register(body, ability, principal, (p) => {
          audit.resource = `product:${p.id}`;
          audit.agreementId = p.agreementId;
          audit.details = { name: p.name, kind: p.kind, runId: p.runId, modelId: p.modelId, grantees: p.grantees };
          return commitAudited(201);
        });
        return { status: 201, body: { id: product.id, status: product.status } };
      },
    }),
    defineRoute({
      id: 'product.review', method: 'post', path: '/products/:id/review', tag: 'Products',
      summary: 'Register or reject a product (登记备案; authority)', permission: ['decide', 'Product'], params: idParams,
      body: z.strictObject({
        decision: z.enum(['approve', 'reject']), comment: z.string().max(2000).optional(),
        parameterDomains: z.record(z.string(), z.strictObject({
          values: z.array(z.union([z.string().max(1000), z.number(), z.boolean()])).min(1).max(1000).optional().meta({ description: 'The only values callers may pass', example: ['光明街道', '公明街道'] }),
          min: z.union([z.number(), z.string().max(100)]).optional().meta({ description: 'The least value callers may pass', example: '1950-01-01' }),
          max: z.union([z.number(), z.string().max(100)]).optional().meta({ description: 'The greatest value callers may pass', example: '2000-12-31' }),
        })).optional().meta({ description: 'For an API product: the values each parameter may take when others call it', example: { street: { values: ['光明街道', '公明街道'] } } }),
      }),
      responses: { 200: { description: 'the reviewed product', schema: productSchema }, 422: { description: 'an API product needs a domain for each parameter' } },
      handler: async ({ params, body, ability, principal, audit, commitAudited }) => {
        audit.resource = `product:${params.id}`;
        audit.details = { decision: body.decision, comment: body.comment ?? null, parameterDomains: body.parameterDomains ?? null };
        const product = await products.review(params.id, ability, body.decision, body.comment ?? null, principal, body.parameterDomains ?? null, commitAudited(200));
        return { status: 200, body: product };
      },
    }),
    defineRoute({
      id: 'product.list', method: 'get', path: '/products', tag: 'Products', summary: 'Products visible to the caller', permission: ['read', 'Product'],
      responses: { 200: { description: 'products', schema: z.object({ products: z.array(productSchema) }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'products';
        return { status: 200, body: { products: await products.list(ability) } };
      },
    }),
    defineRoute({
      id: 'product.read', method: 'get', path: '/products/:id', tag: 'Products', summary: 'One product', permission: ['read', 'Product'], params: idParams,
      responses: { 200: { description: 'the product', schema: productSchema } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `product:${params.id}`;
        const product = await products.visible(params.id, ability);
        audit.agreementId = product.agreementId;
        return { status: 200, body: product };
      },
    }),
    defineRoute({
      id: 'product.invoke', method: 'get', path: '/products/:id/invoke', tag: 'Products',
      summary: 'Run an API product’s model for a grantee, under disclosure control, rate limited; the model’s parameters go in the query string',
      permission: ['invoke', 'Product'], params: idParams, query: z.record(z.string().max(63), z.string().max(1000)),
      responses: { 200: { description: 'the result', schema: result }, 410: { description: 'ended with its agreement, or its registration expired (registration_expired)' }, 422: { description: 'withheld by disclosure control, or parameters outside the approved domain' }, 429: { description: 'rate limit or daily budget' } },
      handler: async ({ params, query, ability, principal, audit }) => {
        audit.resource = `product:${params.id}`;
        audit.details = { params: query };
        const product = await products.visible(params.id, ability, 'invoke');
        audit.agreementId = product.agreementId;
        const out = await products.invoke(product, query, principal);
        audit.details = { params: query, rowCount: out.rows.length, suppressedRows: out.suppressedRows };
        return { status: 200, body: { columns: out.columns, rows: out.rows } };
      },
    }),
    defineRoute({
      id: 'product.data', method: 'get', path: '/products/:id/data', tag: 'Products',
      summary: 'The released output behind a dataset product, with its provenance (grantees)', permission: ['invoke', 'Product'], params: idParams,
      responses: { 200: { description: 'the output and its manifest', schema: result.extend({ manifest: z.record(z.string(), z.unknown()) }) }, 410: { description: 'ended with its agreement, or its registration expired (registration_expired)' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `product:${params.id}`;
        const product = await products.visible(params.id, ability, 'invoke');
        audit.agreementId = product.agreementId;
        const { output, manifest } = products.dataOf(product);
        audit.details = { runId: manifest.runId, fingerprint: manifest.fingerprint, rowCount: output.rows.length };
        return { status: 200, body: { manifest, ...output } };
      },
    }),
  ];
}
