/**
 * `GET /public/disclosures`: the public disclosure of authorizations, without a token, as JSON
 * or (by Accept) printable HTML. Audited like every request, with no actor.
 */
import { z } from 'zod';
import type { AgreementStore } from '../agreements/agreement-store';
import type { CatalogService } from '../catalog/catalog-service';
import type { Clock } from '../config/clock';
import { defineRoute, type Route, type RouteResult } from '../http/route';
import type { ProductStore } from '../products/product-store';
import { disclosureHtml } from './disclosure-html';
import { disclosureReport } from './public-disclosures';

const dataset = z.object({ title: z.string(), sourceUnit: z.string(), level: z.string(), openness: z.string(), columns: z.array(z.string()) });
const authorization = z.object({
  agreementId: z.string(), operatorUnit: z.string(), scenario: z.string(), state: z.string(), startsAt: z.string(), endsAt: z.string(),
  datasets: z.array(dataset), products: z.array(z.object({ name: z.string(), kind: z.string(), status: z.string(), registeredAt: z.string().nullable() })),
});

export function disclosureRoutes(deps: { agreements: AgreementStore; catalog: CatalogService; products: ProductStore; clock: Clock }): Route[] {
  return [
    defineRoute({
      id: 'public.disclosures', method: 'get', path: '/public/disclosures', tag: 'Governance', auth: 'public',
      summary: 'The public disclosure of authorizations (实施规范 Arts. 18–19): operator, datasets and columns, scenario, term, state and registered products of every current and past agreement. No token; JSON, or HTML by Accept. No personal data.',
      permission: ['read', 'Dataset'],
      responses: {
        200: {
          description: 'the report', contentTypes: ['application/json', 'text/html'],
          schema: z.object({ generatedAt: z.string(), current: z.array(authorization), past: z.array(authorization) }),
        },
      },
      handler: async ({ req, audit }) => {
        audit.resource = 'disclosures';
        const [agreements, datasets, products] = await Promise.all([deps.agreements.list(), deps.catalog.list(), deps.products.list()]);
        const report = disclosureReport(agreements, new Map(datasets.map((d) => [d.id, d])), products, deps.clock.now());
        audit.details = { current: report.current.length, past: report.past.length };
        const html: RouteResult = { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, stream: async (out) => void out.write(disclosureHtml(report)) };
        return req.accepts(['application/json', 'text/html']) === 'text/html' ? html : { status: 200, headers: { 'Cache-Control': 'no-store' }, body: report };
      },
    }),
  ];
}
