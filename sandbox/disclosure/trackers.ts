/**
 * Trackers: a cell Z that holds released cells X1, X2, … (pairwise disjoint) and only r more
 * subjects, r < k, gives those r subjects away as Z − X1 − X2 − … although every pair of the
 * cells differs by far more than k (which is all that pairwise differencing sees). The cells are
 * those of this output and every earlier release of the agreement (and product).
 *
 * r = 0 is held back too: otherwise a question built so that one person makes r = 1 would be
 * answered by whether the cell is suppressed. A cell held at r = 0 is the sum of the others, so
 * nothing is lost that the operator cannot add up. When Z is new, Z is held; when Z was released
 * before, only the smallest new piece is held (the rest of a breakdown still comes out), in
 * both cases whatever r is.
 *
 * Pieces are found from bottom-64 sketches: below Z's sketch threshold, a subset's sketch holds
 * only hashes of Z's sketch, and two disjoint sets share no hash. The largest candidate pieces
 * are taken greedily while they stay disjoint; if the sizes leave 1 to k−1 subjects, one query
 * on `live` confirms exactly (the pieces lie in Z, are disjoint, and leave that many out).
 * Past `maxExact` confirmations, candidates count as trackers.
 * Not covered: combinations with overlapping pieces (inclusion–exclusion over many releases).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { runQuery } from '../engine/run-query';
import type { ReleasedCell } from './differencing';

export type Tracker = { whole: { sourceId: string; cell: string }; pieces: { sourceId: string; cell: string }[]; residue: number };

export async function findTrackers(
  db: DuckDBConnection, current: ReleasedCell[], earlier: ReleasedCell[], k: number, m: number, limits: { timeoutMs: number; maxExact: number },
): Promise<Map<ReleasedCell, Tracker>> {
  const found = new Map<ReleasedCell, Tracker>();
  const isNew = new Set(current);
  const pool = [...current, ...earlier];
  let exactLeft = limits.maxExact;
  for (const whole of pool) {
    if (whole.subjects < 2 * k) continue;
    const pieces = pool
      .filter((x) => x !== whole && x.table === whole.table && x.subjects < whole.subjects && maySubset(x, whole, m))
      .sort((a, b) => b.subjects - a.subjects);
    if (!isNew.has(whole) && !pieces.some((x) => isNew.has(x))) continue;
    const chosen: ReleasedCell[] = [];
    let total = 0;
    for (const x of pieces) {
      if (total + x.subjects > whole.subjects || chosen.some((c) => !mayBeDisjoint(x, c, m))) continue;
      chosen.push(x);
      total += x.subjects;
    }
    const residue = whole.subjects - total;
    if (chosen.length < 2 || residue < 0 || residue >= k || !(isNew.has(whole) || chosen.some((c) => isNew.has(c)))) continue;
    if (exactLeft > 0) {
      exactLeft -= 1;
      if (!(await confirmed(db, whole, chosen, residue, limits.timeoutMs))) continue;
    }
    const tracker: Tracker = { whole: { sourceId: whole.sourceId, cell: whole.cell }, pieces: chosen.map((c) => ({ sourceId: c.sourceId, cell: c.cell })), residue };
    // Every new cell over the same subjects as a held one goes too (count and sum of one set are one piece).
    const newPieces = chosen.filter((c) => isNew.has(c)).sort((a, b) => a.subjects - b.subjects);
    const heldSets = isNew.has(whole) ? [whole] : newPieces.slice(0, 1);
    for (const held of current) if (heldSets.some((h) => sameSet(h, held)) && !found.has(held)) found.set(held, tracker);
  }
  return found;
}

/** The pieces lie inside the whole, do not overlap, and leave exactly `residue` subjects out. */
async function confirmed(db: DuckDBConnection, whole: ReleasedCell, pieces: ReleasedCell[], residue: number, timeoutMs: number): Promise<boolean> {
  const union = pieces.map((p) => `(${p.lineage})`).join(' UNION ALL ');
  const sql = `WITH z AS (${whole.lineage}), u AS (${union}) SELECT
    (SELECT count(*) FROM (SELECT * FROM z EXCEPT SELECT * FROM u)) AS outside,
    (SELECT count(*) FROM (SELECT * FROM u EXCEPT SELECT * FROM z)) AS stray,
    (SELECT count(*) FROM u) AS listed,
    (SELECT count(*) FROM (SELECT DISTINCT * FROM u)) AS distinct_listed`;
  const [outside, stray, listed, distinctListed] = ((await runQuery(db, sql, undefined, { timeoutMs, maxRows: 1 })).rows[0] ?? []).map(Number);
  return outside === residue && stray === 0 && listed === distinctListed;
}

function sameSet(a: ReleasedCell, b: ReleasedCell): boolean {
  return a.table === b.table && a.subjects === b.subjects && a.hashSum === b.hashSum;
}

/** The hashes below a sketch's threshold are all of its set's hashes there (a short sketch is its whole set). */
function threshold(sketch: bigint[], m: number): bigint | null {
  return sketch.length < m ? null : sketch[sketch.length - 1];
}

const sketchSets = new WeakMap<ReleasedCell, Set<bigint>>();
function hashesOf(cell: ReleasedCell): Set<bigint> {
  let set = sketchSets.get(cell);
  if (!set) sketchSets.set(cell, (set = new Set(cell.sketch)));
  return set;
}

/** Necessary for x ⊆ z: every hash of x's sketch up to z's threshold is in z's sketch. */
function maySubset(x: ReleasedCell, z: ReleasedCell, m: number): boolean {
  const limit = threshold(z.sketch, m);
  const inZ = hashesOf(z);
  return x.sketch.every((h) => (limit !== null && h > limit) || inZ.has(h));
}

/** Necessary for disjoint sets: no hash below both thresholds in both sketches. */
function mayBeDisjoint(a: ReleasedCell, b: ReleasedCell, m: number): boolean {
  const ta = threshold(a.sketch, m);
  const tb = threshold(b.sketch, m);
  const inB = hashesOf(b);
  return !a.sketch.some((h) => (ta === null || h <= ta) && (tb === null || h <= tb) && inB.has(h));
}
