/** Reads and writes products. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Product, ProductStatus } from './product';

type ProductRow = {
  id: string; name: string; kind: string; run_id: string | null; model_id: string | null; agreement_id: string; sandbox_id: string; operator_id: string;
  operator_unit: string; source_units: string; description: string; grantees: string; status: string; created_at: string;
  reviewed_by: string | null; reviewed_at: string | null; review_comment: string | null; parameter_domains: string | null;
};

function toProduct(r: ProductRow): Product {
  return {
    id: r.id, name: r.name, kind: r.kind as Product['kind'], runId: r.run_id, modelId: r.model_id, agreementId: r.agreement_id, sandboxId: r.sandbox_id,
    operatorId: r.operator_id, operatorUnit: r.operator_unit, sourceUnits: JSON.parse(r.source_units) as string[], description: r.description,
    grantees: JSON.parse(r.grantees) as string[], status: r.status as ProductStatus, createdAt: r.created_at, reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at, reviewComment: r.review_comment, parameterDomains: r.parameter_domains ? (JSON.parse(r.parameter_domains) as Product['parameterDomains']) : null,
  };
}

export class ProductStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(p: Product, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('INSERT INTO products VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, NULL, NULL, NULL, NULL)', [
      p.id, p.name, p.kind, p.runId, p.modelId, p.agreementId, p.sandboxId, p.operatorId, p.operatorUnit, JSON.stringify(p.sourceUnits),
      p.description, JSON.stringify(p.grantees), p.status, p.createdAt,
    ]);
  }

  async get(id: string): Promise<Product | undefined> {
    const row = await this.deps.db.one<ProductRow>('SELECT * FROM products WHERE id = $1', [id]);
    return row && toProduct(row);
  }

  async list(): Promise<Product[]> {
    return (await this.deps.db.all<ProductRow>('SELECT * FROM products ORDER BY created_at, id')).map(toProduct);
  }

  async review(id: string, status: 'registered' | 'rejected', by: string, at: string, comment: string | null, domains: Product['parameterDomains'], db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change("UPDATE products SET status = $2, reviewed_by = $3, reviewed_at = $4, review_comment = $5, parameter_domains = $6 WHERE id = $1 AND status = 'submitted'", [
      id, status, by, at, comment, domains === null ? null : JSON.stringify(domains),
    ])) === 1;
  }

  /** Records one call of an API product by a grantee; returns how many calls that grantee made since `since`. */
  async recordCall(call: { id: string; productId: string; granteeId: string; params: Record<string, unknown>; outcome: string; at: string }): Promise<void> {
    await this.deps.db.run('INSERT INTO product_invocations VALUES ($1, $2, $3, $4, $5, $6)', [call.id, call.productId, call.granteeId, JSON.stringify(call.params), call.outcome, call.at]);
  }

  async callsSince(productId: string, granteeId: string, since: string): Promise<number> {
    const row = await this.deps.db.one<{ n: number }>('SELECT count(*) AS n FROM product_invocations WHERE product_id = $1 AND grantee_id = $2 AND created_at >= $3', [productId, granteeId, since]);
    return Number(row?.n ?? 0);
  }
}
