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
 * only hashes of Z's sketch, and two disjoint sets share no hash. Families of disjoint pieces
 * whose sizes leave fewer than k subjects are searched depth first (`packings`), and one query
 * on `live` confirms each exactly (the pieces lie in Z, are disjoint, and leave that many out).
 * Past `maxExact` confirmations, candidates count as trackers.
 * Not covered: combinations with overlapping pieces (inclusion–exclusion over many releases),
 * and wholes that are themselves unions of several released cells.
 */
import type { StatementRunner } from '../worker/sandbox-statements';
import type { ReleasedCell } from './differencing';

export type Tracker = { whole: { sourceId: string; cell: string }; pieces: { sourceId: string; cell: string }[]; residue: number };

export async function findTrackers(
  db: StatementRunner, current: ReleasedCell[], earlier: ReleasedCell[], k: number, m: number, limits: { timeoutMs: number; maxExact: number },
): Promise<Map<ReleasedCell, Tracker>> {
  const found = new Map<ReleasedCell, Tracker>();
  const isNew = new Set(current);
  const pool = [...current, ...earlier];
  let exactLeft = limits.maxExact;
  for (const whole of pool) {
    if (whole.subjects < 2 * k) continue;
    const pieces = pool
      .filter((x) => x !== whole && x.table === whole.table && x.subjects < whole.subjects && maySubset(x, whole, m))
      // Largest first; of cells over one set, a new one first (the one a family keeps).
      .sort((a, b) => b.subjects - a.subjects || Number(isNew.has(b)) - Number(isNew.has(a)));
    if (!isNew.has(whole) && !pieces.some((x) => isNew.has(x))) continue;
    for (const chosen of packings(pieces, whole, k, m, (c) => isNew.has(whole) || c.some((x) => isNew.has(x)))) {
      const residue = whole.subjects - chosen.reduce((n, c) => n + c.subjects, 0);
      if (exactLeft > 0) {
        exactLeft -= 1;
        if (!(await confirmed(db, whole, chosen, residue, limits.timeoutMs))) continue;
      }
      hold(whole, chosen, residue);
      break;
    }
  }
  return found;

  function hold(whole: ReleasedCell, chosen: ReleasedCell[], residue: number): void {
    const tracker: Tracker = { whole: { sourceId: whole.sourceId, cell: whole.cell }, pieces: chosen.map((c) => ({ sourceId: c.sourceId, cell: c.cell })), residue };
    // Every new cell over the same subjects as a held one goes too (count and sum of one set are one piece).
    const newPieces = chosen.filter((c) => isNew.has(c)).sort((a, b) => a.subjects - b.subjects);
    const heldSets = isNew.has(whole) ? [whole] : newPieces.slice(0, 1);
    for (const held of current) if (heldSets.some((h) => sameSet(h, held)) && !found.has(held)) found.set(held, tracker);
  }
}

/**
 * Families of at least two pairwise disjoint pieces that leave fewer than k of the whole's
 * subjects, depth first over the pieces (largest first, one of each set), taking and skipping
 * each, so that a decoy piece that overlaps the real ones cannot hide them. At most 3 families
 * and 5,000 steps per whole.
 */
function packings(pieces: ReleasedCell[], whole: ReleasedCell, k: number, m: number, involvesNew: (chosen: ReleasedCell[]) => boolean): ReleasedCell[][] {
  const distinct = pieces.filter((p, i) => pieces.findIndex((q) => sameSet(p, q)) === i);
  const rest = distinct.map((_, i) => distinct.slice(i).reduce((n, p) => n + p.subjects, 0));
  const found: ReleasedCell[][] = [];
  const chosen: ReleasedCell[] = [];
  let steps = 0;
  const walk = (i: number, total: number): void => {
    if (found.length >= 3 || ++steps > 5000) return;
    const residue = whole.subjects - total;
    if (chosen.length >= 2 && residue >= 0 && residue < k && involvesNew(chosen)) {
      found.push([...chosen]);
      return;
    }
    if (i >= distinct.length || total + rest[i] <= whole.subjects - k) return;
    const x = distinct[i];
    if (total + x.subjects <= whole.subjects && chosen.every((c) => mayBeDisjoint(x, c, m))) {
      chosen.push(x);
      walk(i + 1, total + x.subjects);
      chosen.pop();
    }
    walk(i + 1, total);
  };
  walk(0, 0);
  return found;
}

/** The pieces lie inside the whole, do not overlap, and leave exactly `residue` subjects out. */
async function confirmed(db: StatementRunner, whole: ReleasedCell, pieces: ReleasedCell[], residue: number, timeoutMs: number): Promise<boolean> {
  const union = pieces.map((p) => `(${p.lineage})`).join(' UNION ALL ');
  const sql = `WITH z AS (${whole.lineage}), u AS (${union}) SELECT
    (SELECT count(*) FROM (SELECT * FROM z EXCEPT SELECT * FROM u)) AS outside,
    (SELECT count(*) FROM (SELECT * FROM u EXCEPT SELECT * FROM z)) AS stray,
    (SELECT count(*) FROM u) AS listed,
    (SELECT count(*) FROM (SELECT DISTINCT * FROM u)) AS distinct_listed`;
  const [outside, stray, listed, distinctListed] = ((await db.query(sql, { timeoutMs, maxRows: 1 })).rows[0] ?? []).map(Number);
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
