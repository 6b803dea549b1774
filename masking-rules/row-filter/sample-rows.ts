/**
 * Deterministic row sampling: a row is kept when the keyed hash of its identity, read as an integer
 * n in [0, 2^52), satisfies n % 1,000,000 < percent × 10,000. The same key keeps the same rows on
 * every load; the identity is the subjectKey (so a subject is in or out everywhere), else the row.
 *
 * Example: `rows: { sample: { percent: 10 } }` keeps about one row in ten.
 */
import { z } from 'zod';
import { hashIntSql, keyedDrawSql } from '../compiler/keyed-hash';

export const sampleRuleSchema = z.strictObject({
  percent: z.number().min(0.0001, 'percent must be more than 0 (at least 0.0001)').max(100, 'percent must be at most 100'),
});
export type SampleRule = z.infer<typeof sampleRuleSchema>;

/** The boolean SQL that keeps `percent`% of rows; `identitySql` is a VARCHAR expression. */
export function compileSample(sample: SampleRule, key: string, identitySql: string): string {
  const threshold = Math.round(sample.percent * 10_000);
  if (threshold >= 1_000_000) return 'TRUE';
  return `(${hashIntSql(keyedDrawSql(key, identitySql, 'sample'))} % 1000000 < ${threshold})`;
}
