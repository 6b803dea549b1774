/**
 * Differencing between releases: a cell whose subject set differs by 1 to k-1 subjects from an
 * earlier released cell (of the same agreement or product), or from another cell of the same
 * output, lets the operator subtract the two and learn about those few people. Candidates are
 * found from set sizes, hash sums and bottom-64 sketches (cell-checks.ts); each candidate pair is
 * then counted exactly by re-running both cells' stored subject-set queries on `live`, which
 * does not change during an agreement. Past `maxExact` exact counts, candidates count as pairs.
 */
import type { StatementRunner } from '../worker/sandbox-statements';
import { mayDifferBySome, type CellSet } from './cell-checks';

/** A cell's subject set as stored when its output is released. */
export type ReleasedCell = CellSet & { sourceId: string; cell: string; lineage: string };
export type DifferencingPair = { cell: string; earlier: { sourceId: string; cell: string }; difference: number };

export async function findDifferencingPairs(
  db: StatementRunner, current: ReleasedCell[], earlier: ReleasedCell[], k: number, m: number, limits: { timeoutMs: number; maxExact: number },
): Promise<Map<ReleasedCell, DifferencingPair>> {
  const pairs = new Map<ReleasedCell, DifferencingPair>();
  let exactLeft = limits.maxExact;
  const compare = async (c: ReleasedCell, e: ReleasedCell): Promise<boolean> => {
    if (c.table !== e.table || !mayDifferBySome(c, e, k, m)) return false;
    let difference = k - 1;
    if (exactLeft > 0) {
      exactLeft -= 1;
      difference = await exactDifference(db, c.lineage, e.lineage, limits.timeoutMs);
    }
    if (difference === 0 || difference >= k) return false;
    pairs.set(c, { cell: c.cell, earlier: { sourceId: e.sourceId, cell: e.cell }, difference });
    return true;
  };
  for (let i = 0; i < current.length; i += 1) {
    const c = current[i];
    let flagged = false;
    for (const e of earlier) if (!flagged) flagged = await compare(c, e);
    // Within one output, the later cell of a pair is the one held back.
    for (let j = 0; j < i && !flagged; j += 1) if (!pairs.has(current[j])) flagged = await compare(c, current[j]);
  }
  return pairs;
}

async function exactDifference(db: StatementRunner, a: string, b: string, timeoutMs: number): Promise<number> {
  const sql = `SELECT (SELECT count(*) FROM ((${a}) EXCEPT (${b}))) + (SELECT count(*) FROM ((${b}) EXCEPT (${a}))) AS d`;
  const result = await db.query(sql, { timeoutMs, maxRows: 1 });
  return Number(result.rows[0]?.[0] ?? 0);
}
