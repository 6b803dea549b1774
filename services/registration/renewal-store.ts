/** Reads and writes `product_renewals`; a renewal is stored only if it extends the current expiry. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Renewal } from './registration-validity';

type Row = { product_id: string; previous_expiry: string; new_expiry: string; renewed_by: string; renewed_at: string; comment: string | null };

const toRenewal = (r: Row): Renewal => ({
  productId: r.product_id, previousExpiry: r.previous_expiry, newExpiry: r.new_expiry, renewedBy: r.renewed_by, renewedAt: r.renewed_at, comment: r.comment,
});

export class RenewalStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async forProduct(productId: string): Promise<Renewal[]> {
    return (await this.deps.db.all<Row>('SELECT * FROM product_renewals WHERE product_id = $1 ORDER BY previous_expiry', [productId])).map(toRenewal);
  }

  /** Every product's renewals, by product (for lists). */
  async all(): Promise<Map<string, Renewal[]>> {
    const byProduct = new Map<string, Renewal[]>();
    for (const row of await this.deps.db.all<Row>('SELECT * FROM product_renewals ORDER BY product_id, previous_expiry')) {
      byProduct.set(row.product_id, [...(byProduct.get(row.product_id) ?? []), toRenewal(row)]);
    }
    return byProduct;
  }

  /** Compare-and-set: false when the registration was renewed meanwhile (its expiry is no longer `previousExpiry`). */
  async insert(r: Renewal, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change(
      `INSERT INTO product_renewals SELECT $1, $2, $3, $4, $5, $6
        WHERE NOT EXISTS (SELECT 1 FROM product_renewals WHERE product_id = $1 AND previous_expiry >= $2)`,
      [r.productId, r.previousExpiry, r.newExpiry, r.renewedBy, r.renewedAt, r.comment],
    )) === 1;
  }
}
