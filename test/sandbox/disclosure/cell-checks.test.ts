/**
 * The statistical cell checks against hand-computed tables: threshold, contributors, n-k
 * dominance (n = 2), p-ratio, class disclosure by condition, and the sketch bound used to find
 * differencing candidates.
 */
import {
  complementFails, contributorsFail, quantileFails, dominanceFails, groupFails, mayDifferBySome, pRatioFails, sketchDifferenceLowerBound, type CellSet,
} from '../../../sandbox/disclosure/cell-checks';

const big = (xs: number[]): bigint[] => xs.map((x) => BigInt(x));
const cell = (subjects: number, hashSum: string, sketch: number[]): CellSet => ({ table: 'residents', subjects, hashSum, sketch: big(sketch) });

describe('n-k dominance (n = 2)', () => {
  it.each([
    // top two, total, share, fails?   (hand computation)
    [[50, 45], 100, 0.9, true], //   50 + 45 = 95 > 90
    [[40, 30], 100, 0.9, false], //  40 + 30 = 70 ≤ 90   ([40, 30, 20, 10])
    [[60, 30], 100, 0.9, false], //  60 + 30 = 90, not > 90 (the boundary passes)
    [[60, 31], 100, 0.9, true], //   91 > 90
    [[95], 100, 0.9, true], //       one contributor of 95 (the second is 0)
    [[100], 100, 0.9, true], //      a single contributor
    [[40, 30], 100, 0.6, true], //   a tightened share: 70 > 60
    [[5, 5], 0, 0.9, false], //      no positive total: nothing to dominate
    [[5, 5], -10, 0.9, false],
  ])('top %j of total %d at share %d → fails %s', (top, total, share, expected) => {
    expect(dominanceFails(top as number[], total as number, share as number)).toBe(expected);
  });
  it('an empty contributor list never fails', () => {
    expect(dominanceFails([], 100, 0.9)).toBe(false);
  });
});

describe('p-ratio', () => {
  it.each([
    // [100, 5, 4] total 109: the rest (beyond the two largest) is 4 < 10 % of 100 → fails
    [[100, 5], 109, 0.1, true],
    // [100, 5, 10, 5] total 120: rest 15 ≥ 10 → passes
    [[100, 5], 120, 0.1, false],
    // rest exactly 10 % of the largest: 110 - 100 - 0 = 10, not < 10 → passes
    [[100], 110, 0.1, false],
    // rest 9.99 < 10 → fails
    [[100], 109.99, 0.1, true],
    // [40, 30, 20, 10] total 100: rest 30 ≥ 4 → passes
    [[40, 30], 100, 0.1, false],
    // a tightened p of 0.8: rest 30 < 32 → fails
    [[40, 30], 100, 0.8, true],
    // no positive largest contribution: nothing to protect
    [[0, 0], 100, 0.1, false],
    [[], 100, 0.1, false],
  ])('top %j of total %d at p %d → fails %s', (top, total, p, expected) => {
    expect(pRatioFails(top as number[], total as number, p as number)).toBe(expected);
  });
});

describe('threshold per subject kind', () => {
  it.each([
    [[10], 10, false],
    [[9], 10, true],
    [[0], 10, true], //            nobody reached the row
    [[], 10, true],
    [[25, 0], 10, true], //        an alias that brought no subject fails too (conservative on outer joins)
    [[25, 3], 10, true], //        every kind that reached it needs k
    [[10, 10, 10], 10, false],
    [[10, 10, 9], 10, true],
  ])('subjects %j at k %d → fails %s', (subjects, k, expected) => {
    expect(groupFails(subjects as number[], k as number)).toBe(expected);
  });
});

describe('contributors per cell', () => {
  it.each([
    [[10], [12], 10, false],
    [[9], [12], 10, true],
    [[0], [12], 10, true], //         zero contributors of a reached row: class disclosure
    [[0], [0], 10, true], //          no contributor at all: suppressed
    [[12, 3], [12, 0], 10, true], //  every alias must contribute k
    [[12, 3], [12, 5], 10, true],
  ])('contributors %j of reached %j at k %d → fails %s', (contributors, reached, k, expected) => {
    expect(contributorsFail(contributors as number[], reached as number[], k as number)).toBe(expected);
  });
});

describe('class disclosure by condition: k on both sides of a FILTER', () => {
  it.each([
    [[20], [20], 10, true], //         everyone in the row met the condition
    [[19], [20], 10, true], //         one subject outside: as disclosive as none outside
    [[10], [20], 10, false], //        10 inside, 10 outside
    [[11], [20], 10, true], //         only 9 outside
    [[30, 12], [40, 25], 10, false],
    [[30, 20], [40, 25], 10, true], //  the second alias leaves 5 outside
    [[], [], 10, false],
  ])('contributors %j of reached %j at k %i → fails %s', (contributors, reached, k, expected) => {
    expect(complementFails(contributors as number[], reached as number[], k as number)).toBe(expected);
  });
});

describe('quantiles need k contributors on each side', () => {
  it.each([
    [[19], 0.5, 10, true], //   the median of 19 is the 10th value: 9 below it
    [[20], 0.5, 10, false],
    [[99], 0.1, 10, true], //   the 10th percentile needs 100 contributors
    [[100], 0.1, 10, false],
    [[100], 0.9, 10, false],
    [[100, 50], 0.5, 10, false],
    [[100, 19], 0.5, 10, true],
  ])('contributors %j, fraction %d, k %i → fails %s', (contributors, fraction, k, expected) => {
    expect(quantileFails(contributors as number[], fraction as number, k as number)).toBe(expected);
  });
});

describe('bottom-m sketch difference lower bound', () => {
  it('is exact when both sketches hold their whole sets (fewer than m hashes)', () => {
    // {1,2,3,4,5} Δ {1,2,3,6} = {4,5,6}
    expect(sketchDifferenceLowerBound(big([1, 2, 3, 4, 5]), big([1, 2, 3, 6]), 8)).toBe(3);
    expect(sketchDifferenceLowerBound(big([1, 2, 3]), big([1, 2, 3]), 8)).toBe(0);
    expect(sketchDifferenceLowerBound(big([]), big([7, 9]), 8)).toBe(2);
  });

  it('counts only below the smaller of the two full sketches’ largest hashes', () => {
    // m = 4. A = {1,2,3,4,10,11}, B = {1,2,3,5,10,11}: exact Δ = {4,5} = 2.
    // Sketches [1,2,3,4] and [1,2,3,5]; t = 4; below t A has 4, B has nothing → bound 1 ≤ 2.
    expect(sketchDifferenceLowerBound(big([1, 2, 3, 4]), big([1, 2, 3, 5]), 4)).toBe(1);
    // m = 3. A = {1,5,9,...}, B = {2,5,9,...}: t = 9, below it {1} vs {2} → 2 (exact Δ ≥ 2).
    expect(sketchDifferenceLowerBound(big([1, 5, 9]), big([2, 5, 9]), 3)).toBe(2);
  });

  it('uses the full sketch’s largest hash when only one sketch is full', () => {
    // m = 3. A full [1,2,3] (A = {1,2,3,...more}), B whole {1,3}: t = 3 → {2} differs → 1.
    expect(sketchDifferenceLowerBound(big([1, 2, 3]), big([1, 3]), 3)).toBe(1);
    // B whole {1,2,3,50}: 50 lies above t = 3, so it is not counted.
    expect(sketchDifferenceLowerBound(big([1, 2, 3]), big([1, 2, 3, 50]), 3)).toBe(0);
  });

  it('handles hashes beyond 2^53 without losing precision', () => {
    const h = 2n ** 63n - 5n;
    expect(sketchDifferenceLowerBound([h, h + 1n], [h, h + 2n], 8)).toBe(2);
  });
});

describe('differencing candidates', () => {
  const k = 10;
  const m = 64;
  it('sets of equal size and hash sum are the same set (difference 0): no pair', () => {
    expect(mayDifferBySome(cell(50, '123', [1, 2, 3]), cell(50, '123', [1, 2, 3]), k, m)).toBe(false);
  });
  it('sizes k or more apart can never differ by fewer than k', () => {
    expect(mayDifferBySome(cell(60, '1', [1]), cell(50, '2', [1]), k, m)).toBe(false);
    expect(mayDifferBySome(cell(50, '1', [1]), cell(60, '2', [1]), k, m)).toBe(false);
  });
  it('one subject dropped (exact small sets) is a candidate', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const b = a.filter((x) => x !== 7);
    expect(mayDifferBySome(cell(12, 'a', a), cell(11, 'b', b), k, m)).toBe(true);
  });
  it('equal sizes with different hash sums: a swap of subjects is a candidate when the sketches differ by fewer than k', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const b = [...a.slice(0, 11), 99]; // 12 swapped for 99: Δ = 2
    expect(mayDifferBySome(cell(12, 'a', a), cell(12, 'b', b), k, m)).toBe(true);
  });
  it('sketches that already differ by k or more rule the pair out', () => {
    // Disjoint sets of 12 and 11 subjects, whole sketches: Δ = 23 ≥ 10.
    const a = Array.from({ length: 12 }, (_, i) => i + 1);
    const b = Array.from({ length: 11 }, (_, i) => i + 100);
    expect(mayDifferBySome(cell(12, 'a', a), cell(11, 'b', b), k, m)).toBe(false);
  });
  it('a difference of exactly k - 1 in the sketches is still a candidate; exactly k is not', () => {
    const base = Array.from({ length: 20 }, (_, i) => i + 1);
    const minus9 = base.slice(9);
    const minus10 = base.slice(10);
    expect(mayDifferBySome(cell(20, 'a', base), cell(11, 'b', minus9), k, m)).toBe(true);
    expect(mayDifferBySome(cell(20, 'a', base), cell(10, 'b', minus10), k, m)).toBe(false);
  });
});
