/**
 * The usage statement for 收益 accounting: per agreement and per product, for one calendar month
 * (Asia/Shanghai), the runs started, the outputs released and their rows, and the product calls
 * answered and the rows they served. Runs and releases come from the runs table; product calls
 * from the audit log (every answered call is an allowed `product.invoke` or `product.data` entry
 * with its row count), so the statement is backed by the hash-chained record.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Agreement } from '../agreements/agreement';
import type { Product } from '../products/product';

export type UsageLine = {
  month: string;
  agreementId: string;
  operatorUnit: string;
  scenario: string;
  /** null: the agreement's own line (its runs and releases, and the sum of its products' calls). */
  productId: string | null;
  productName: string | null;
  runs: number;
  releases: number;
  rowsReleased: number;
  productCalls: number;
  rowsServed: number;
};

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The month's bounds as UTC instants: [first day 00:00 Shanghai, next month's first day 00:00 Shanghai). */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const from = new Date(Date.UTC(year, m - 1, 1) - SHANGHAI_OFFSET_MS).toISOString();
  const to = new Date(Date.UTC(year, m, 1) - SHANGHAI_OFFSET_MS).toISOString();
  return { from, to };
}

type RunCounts = { agreement_id: string; runs: bigint; releases: bigint; rows_released: bigint | null };
type CallCounts = { agreement_id: string; product_id: string; calls: bigint; rows_served: bigint | null };

export async function usageStatement(db: SqlRunner, month: string, agreements: Agreement[], products: Product[]): Promise<UsageLine[]> {
  const { from, to } = monthBounds(month);
  const runs = await db.all<RunCounts>(
    `SELECT agreement_id,
       count(*) FILTER (WHERE coalesce(created_at, started_at) >= $1 AND coalesce(created_at, started_at) < $2) AS runs,
       count(*) FILTER (WHERE status = 'released' AND released_at >= $1 AND released_at < $2) AS releases,
       sum(row_count) FILTER (WHERE status = 'released' AND released_at >= $1 AND released_at < $2) AS rows_released
     FROM runs GROUP BY agreement_id`,
    [from, to],
  );
  const calls = await db.all<CallCounts>(
    `SELECT agreement_id, substr(resource, 9) AS product_id, count(*) AS calls,
       sum(coalesce(TRY_CAST(json_extract_string(details, '$.rowCount') AS BIGINT), 0)) AS rows_served
     FROM audit_log
     WHERE action IN ('product.invoke', 'product.data') AND outcome = 'allowed' AND resource LIKE 'product:%'
       AND occurred_at >= $1 AND occurred_at < $2
     GROUP BY agreement_id, product_id`,
    [from, to],
  );
  const runsOf = new Map(runs.map((r) => [r.agreement_id, r]));
  const callsOf = new Map(calls.map((c) => [c.product_id, c]));
  const lines: UsageLine[] = [];
  for (const a of [...agreements].sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id))) {
    const own = products.filter((p) => p.agreementId === a.id).sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    const productLines = own.map((p): UsageLine => {
      const c = callsOf.get(p.id);
      return { month, agreementId: a.id, operatorUnit: a.operatorUnit, scenario: a.scenario, productId: p.id, productName: p.name, runs: 0, releases: 0, rowsReleased: 0, productCalls: Number(c?.calls ?? 0), rowsServed: Number(c?.rows_served ?? 0) };
    });
    const r = runsOf.get(a.id);
    lines.push({
      month, agreementId: a.id, operatorUnit: a.operatorUnit, scenario: a.scenario, productId: null, productName: null,
      runs: Number(r?.runs ?? 0), releases: Number(r?.releases ?? 0), rowsReleased: Number(r?.rows_released ?? 0),
      productCalls: productLines.reduce((n, l) => n + l.productCalls, 0), rowsServed: productLines.reduce((n, l) => n + l.rowsServed, 0),
    }, ...productLines);
  }
  return lines;
}
