/**
 * keep (GB/T 37964: no transformation): the column is copied as is. Keeping a personal, sensitive or
 * identifier column in clear must be written out: such a column needs a `justification` of at least
 * 10 characters, or the rule set is refused.
 *
 * Example (masking-rules/examples/keep.yaml):
 * ```yaml
 * gender: { strategy: keep, justification: "needed for gender statistics; low risk" }
 * # 'F' → 'F'
 * ```
 */
import { z } from 'zod';
import { needsRule } from '../dataset-schema';
import type { RuleCheck, RuleCompile } from './strategy-context';

export const keepRuleSchema = z.strictObject({
  strategy: z.literal('keep'),
  justification: z.string().trim().min(10, 'justification must be at least 10 characters').max(1000).optional(),
});
export type KeepRule = z.infer<typeof keepRuleSchema>;

const check: RuleCheck<KeepRule> = (rule, column) =>
  needsRule(column) && rule.justification === undefined
    ? ['keeping a personal/identifier column in clear needs a justification (at least 10 characters)']
    : [];

const compile: RuleCompile<KeepRule> = (_rule, input, ctx) => ({ sql: input, type: ctx.column.type });

/** The keep strategy: schema, checks and compiler. */
export const keepStrategy = { name: 'keep', schema: keepRuleSchema, check, compile } as const;
