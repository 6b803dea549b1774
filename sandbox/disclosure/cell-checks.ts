/**
 * The statistical checks on one cell, as pure functions over figures computed in DuckDB, so
 * that each can be tested against hand-computed tables. Defaults (policies/disclosure-defaults):
 * threshold k = 10 distinct subjects, n-k dominance with n = 2 and k = 90 %, p-ratio 10 %
 * (SACRO/ACRO's defaults), zeros and single-valued groups treated as class disclosure.
 */
export type DisclosureSettings = { kMin: number; dominanceShare: number; pRatio: number; maxSuppressedShare: number };

/** n-k dominance (n = 2): the two largest contributions make up more than `share` of the total. */
export function dominanceFails(top: number[], total: number, share: number): boolean {
  if (!(total > 0)) return false;
  const [x1 = 0, x2 = 0] = top;
  return x1 + x2 > share * total;
}

/** p-ratio: what the others contribute (beyond the two largest) is less than p of the largest. */
export function pRatioFails(top: number[], total: number, p: number): boolean {
  const [x1 = 0, x2 = 0] = top;
  if (!(x1 > 0)) return false;
  return total - x1 - x2 < p * x1;
}

/** Threshold: every table alias in FROM must bring at least k distinct subjects to the row (an outer join's missing side too: conservative). */
export function groupFails(subjectsPerAlias: number[], k: number): boolean {
  return subjectsPerAlias.length === 0 || subjectsPerAlias.some((n) => n < k);
}

/** Contributors of a cell: every alias must contribute at least k subjects to it (zero is a class disclosure too). */
export function contributorsFail(contributors: number[], _reached: number[], k: number): boolean {
  return contributors.length === 0 || contributors.some((c) => c < k);
}

/**
 * Class disclosure by condition: a cell with a FILTER must leave at least k of its row's subjects
 * outside the condition as well as k inside it. Suppressing only when *every* subject met it
 * would answer a yes/no question about the one subject an operator placed at the edge (NULL
 * when they meet it, a count when they do not); with k on both sides, 0 and 1 look the same.
 */
export function complementFails(contributors: number[], reached: number[], k: number): boolean {
  return contributors.some((c, i) => reached[i] - c < k);
}

/** A quantile needs k contributors on each side of its position: ⌈k / min(p, 1 − p)⌉ in all. */
export function quantileFails(contributors: number[], fraction: number, k: number): boolean {
  const needed = Math.ceil(k / Math.min(fraction, 1 - fraction) - 1e-9);
  return contributors.some((c) => c < needed);
}

/**
 * A lower bound of |A Δ B| from two bottom-m sketches (the m smallest subject hashes, ascending).
 * Below t = the smaller of the two sketches' largest values, each sketch holds exactly its set's
 * hashes, so the sketches' difference below t is part of the sets' difference. Exact when a
 * sketch holds its whole set.
 */
export function sketchDifferenceLowerBound(a: bigint[], b: bigint[], m: number): number {
  const limitA = a.length < m ? null : a[a.length - 1];
  const limitB = b.length < m ? null : b[b.length - 1];
  const t = limitA === null ? limitB : limitB === null ? limitA : limitA < limitB ? limitA : limitB;
  const sa = new Set(a.filter((h) => t === null || h <= t).map(String));
  const sb = new Set(b.filter((h) => t === null || h <= t).map(String));
  let d = 0;
  for (const h of sa) if (!sb.has(h)) d += 1;
  for (const h of sb) if (!sa.has(h)) d += 1;
  return d;
}

/** Whether two subject sets may differ by 1..k-1 subjects (a differencing pair), from sizes, hash sums and sketches. */
export function mayDifferBySome(a: CellSet, b: CellSet, k: number, m: number): boolean {
  if (Math.abs(a.subjects - b.subjects) >= k) return false;
  if (a.subjects === b.subjects && a.hashSum === b.hashSum) return false;
  return sketchDifferenceLowerBound(a.sketch, b.sketch, m) < k;
}

export type CellSet = { table: string; subjects: number; hashSum: string; sketch: bigint[] };
