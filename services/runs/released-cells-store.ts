/**
 * The subject sets of every released cell (of runs and of API product calls), kept for the
 * differencing check of later outputs of the same agreement: size, hash sum, bottom-64 sketch
 * and the stand-alone query that recomputes the set on the agreement's `live` database.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { ReleasedCell } from '../../sandbox/disclosure/differencing';

/** A released cell's origin and the query that recomputes its subject set on `live`. */
export type ReleasedLineage = { sourceId: string; productId: string | null; table: string; lineage: string };

type Row = { source_id: string; cell: string; table_name: string; subjects: number; hash_sum: string; sketch: string; lineage: string };

export class ReleasedCellsStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  /** Stores a release's cells, many to a statement. */
  async add(agreementId: string, productId: string | null, cells: ReleasedCell[], at: string): Promise<void> {
    const BATCH = 200;
    for (let start = 0; start < cells.length; start += BATCH) {
      const batch = cells.slice(start, start + BATCH);
      const values = batch.map((_, i) => `(${Array.from({ length: 10 }, (__, c) => `$${i * 10 + c + 1}`).join(', ')})`).join(', ');
      await this.deps.db.run(`INSERT INTO released_cells VALUES ${values}`, batch.flatMap((c) => [
        agreementId, c.sourceId, productId, c.cell, c.table, c.subjects, c.hashSum, JSON.stringify(c.sketch.map(String)), c.lineage, at,
      ]));
    }
  }

  /** Where each released cell of the agreement came from (a run, or a call of a product) and its subject-set query. */
  async lineageOf(agreementId: string): Promise<ReleasedLineage[]> {
    const rows = await this.deps.db.all<Pick<Row, 'source_id' | 'table_name' | 'lineage'> & { product_id: string | null }>(
      'SELECT source_id, product_id, table_name, lineage FROM released_cells WHERE agreement_id = $1', [agreementId],
    );
    return rows.map((r) => ({ sourceId: r.source_id, productId: r.product_id, table: r.table_name, lineage: r.lineage }));
  }

  /** Every released cell of the agreement (runs and the product's earlier calls). */
  async forAgreement(agreementId: string): Promise<ReleasedCell[]> {
    const rows = await this.deps.db.all<Row>('SELECT source_id, cell, table_name, subjects, hash_sum, sketch, lineage FROM released_cells WHERE agreement_id = $1', [agreementId]);
    return rows.map((r) => ({
      sourceId: r.source_id, cell: r.cell, table: r.table_name, subjects: Number(r.subjects), hashSum: r.hash_sum,
      sketch: (JSON.parse(r.sketch) as string[]).map((h) => BigInt(h)), lineage: r.lineage,
    }));
  }
}
