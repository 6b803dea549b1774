/**
 * `GET /usage?month=YYYY-MM`: the usage statement as CSV (default, for accounting) or JSON (by
 * Accept), one line per agreement and per product, for the agreements the caller may read.
 */
import { z } from 'zod';
import { permits } from '../../policies/define-ability-for';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { csvField } from '../../sandbox/encoders/output-formats';
import type { AgreementStore } from '../agreements/agreement-store';
import { sourceUnitsOf } from '../applications/application';
import { defineRoute, type Route, type RouteResult } from '../http/route';
import type { ProductStore } from '../products/product-store';
import { productSubject } from '../products/product';
import { usageStatement, type UsageLine } from './usage-statement';

const line = z.object({
  month: z.string(), agreementId: z.string(), operatorUnit: z.string(), scenario: z.string(), productId: z.string().nullable(), productName: z.string().nullable(),
  runs: z.number().int(), releases: z.number().int(), rowsReleased: z.number().int(), productCalls: z.number().int(), rowsServed: z.number().int(),
});
const HEADER: (keyof UsageLine)[] = ['month', 'agreementId', 'operatorUnit', 'scenario', 'productId', 'productName', 'runs', 'releases', 'rowsReleased', 'productCalls', 'rowsServed'];

export function usageRoutes(deps: { db: SqlRunner; agreements: AgreementStore; products: ProductStore }): Route[] {
  return [
    defineRoute({
      id: 'usage.statement', method: 'get', path: '/usage', tag: 'Governance',
      summary: 'The usage statement for 收益 accounting: per agreement and product, for one month (Asia/Shanghai), runs, releases and rows released, product calls and rows served; CSV, or JSON by Accept. Only agreements the caller may read.',
      permission: ['read', 'Agreement'],
      query: z.strictObject({ month: z.string().regex(/^2\d{3}-(0[1-9]|1[0-2])$/, 'YYYY-MM').meta({ description: 'The month of the statement, YYYY-MM', example: '2026-03' }) }),
      responses: { 200: { description: 'the statement', contentTypes: ['text/csv', 'application/json'], schema: z.object({ month: z.string(), lines: z.array(line) }) }, 400: { description: 'month missing or not YYYY-MM' } },
      handler: async ({ query, ability, req, audit }) => {
        audit.resource = 'usage';
        audit.details = { month: query.month };
        const visible = (await deps.agreements.list()).filter((a) => permits(ability, 'read', { kind: 'Agreement', id: a.id, operatorUnit: a.operatorUnit, sourceUnits: sourceUnitsOf(a.scope) }));
        // Only products the caller may read get a line (an examiner reads agreements, never products).
        const products = (await deps.products.list()).filter((p) => permits(ability, 'read', productSubject(p)));
        const lines = await usageStatement(deps.db, query.month, visible, products);
        if (req.accepts(['text/csv', 'application/json']) === 'application/json') return { status: 200, body: { month: query.month, lines } };
        const csv = [HEADER.map(csvField).join(','), ...lines.map((l) => HEADER.map((k) => csvField(l[k])).join(','))].join('\r\n') + '\r\n';
        const result: RouteResult = {
          status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="shuyu-usage-${query.month}.csv"` },
          stream: async (out) => void out.write(csv),
        };
        return result;
      },
    }),
  ];
}
