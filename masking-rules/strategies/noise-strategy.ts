/**
 * noise (GB/T 37964 noise addition): adds Laplace or Gaussian noise of the given `scale` to a numeric
 * column, optionally rounded to `round` decimal places. The noise comes from the keyed draw of the
 * record's identity under the sub-key for `noise|<column>` (compiler/keyed-hash); the identity is
 * the subjectKey value (or the column's own value when the dataset has no subjectKey). It is therefore the same on every read
 * and in every table holding that subject, and averaging repeated reads cannot remove it.
 * Uniforms are (n + 0.5) / 2^52 from 52-bit slices of the draw, so never 0 or 1.
 * Laplace: noise = −scale·sign(u − ½)·ln(1 − 2|u − ½|). Gaussian: Box–Muller from two slices.
 * The output is always DOUBLE (also for INTEGER and DECIMAL columns); NULL stays NULL.
 *
 * Example (masking-rules/examples/noise.yaml):
 * ```yaml
 * income: { strategy: noise, distribution: laplace, scale: 500, round: 0 }
 * # 8000 → 8474 for subject p1 under the example key (mean absolute deviation 500 over many records)
 * ```
 */
import { z } from 'zod';
import { keyedDrawSql, uniformSql } from '../compiler/keyed-hash';
import { quoteLiteral } from '../compiler/sql-quote';
import { numericTypes, typeMismatch, type RuleCheck, type RuleCompile } from './strategy-context';

export const noiseRuleSchema = z.strictObject({
  strategy: z.literal('noise'),
  distribution: z.enum(['laplace', 'gaussian']),
  scale: z.number().positive().max(1e12),
  round: z.number().int().min(0).max(10).optional(),
});
export type NoiseRule = z.infer<typeof noiseRuleSchema>;

const check: RuleCheck<NoiseRule> = (_rule, column) => typeMismatch('noise', column, numericTypes);

/** The noise term alone, as a DOUBLE SQL expression over a draw expression (compiler/keyed-hash). */
export function noiseTermSql(distribution: NoiseRule['distribution'], scale: number, hash: string): string {
  const s = quoteLiteral(scale);
  if (distribution === 'laplace') {
    const d = `(${uniformSql(hash, 0)} - 0.5)`;
    return `(-${s} * sign(${d}) * ln(1 - 2 * abs(${d})))`;
  }
  return `(${s} * sqrt(-2 * ln(${uniformSql(hash, 0)})) * cos(2 * pi() * ${uniformSql(hash, 1)}))`;
}

const compile: RuleCompile<NoiseRule> = (rule, input, ctx) => {
  const hash = keyedDrawSql(ctx.key, ctx.identity, `noise|${ctx.column.name}`);
  const noisy = `(CAST(${input} AS DOUBLE) + ${noiseTermSql(rule.distribution, rule.scale, hash)})`;
  return { sql: rule.round === undefined ? noisy : `round(${noisy}, ${rule.round})`, type: 'DOUBLE' };
};

/** The noise strategy: schema, checks and compiler. */
export const noiseStrategy = { name: 'noise', schema: noiseRuleSchema, check, compile } as const;
