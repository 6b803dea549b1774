/**
 * keep (GB/T 37964: no transformation): the column is copied as is. Keeping a personal, sensitive or
 * identifier (direct or quasi) column in clear must be written out and argued: such a column needs a
 * `justification` of at least 20 characters that says something, or the rule set is refused. A
 * justification with fewer than 6 distinct non-space characters, or made of one character or one
 * pattern repeated ('xxxxxxxxxxxxxxxxxxxx', 'abababababababababab', '12341234123412341234'), is junk.
 * Any justification, on any column, is at least 10 characters.
 *
 * A rule set that keeps such a column in clear is also stored as `keeps_identifiers` and cannot be
 * used by any application or sandbox until the authority has approved that version
 * (services/catalog/masking-rules-service.ts).
 *
 * Example (masking-rules/examples/keep.yaml):
 * ```yaml
 * gender: { strategy: keep, justification: "needed for gender statistics; low risk" }
 * # 'F' → 'F'
 * ```
 */
import { z } from 'zod';
import { needsRule, type ColumnSpec } from '../dataset-schema';
import type { RuleCheck, RuleCompile } from './strategy-context';

/** Shortest justification for keeping a personal/identifier column in clear. */
export const MIN_KEEP_JUSTIFICATION = 20;
/** Fewest distinct non-space characters a justification must use. */
export const MIN_DISTINCT_CHARACTERS = 6;

export const keepRuleSchema = z.strictObject({
  strategy: z.literal('keep'),
  justification: z.string().trim().min(10, 'justification must be at least 10 characters').max(1000).optional(),
});
export type KeepRule = z.infer<typeof keepRuleSchema>;

/** True when keeping this column in clear needs a justification and the authority's approval. */
export function keepsIdentifierInClear(rule: { strategy: string }, column: ColumnSpec): boolean {
  return rule.strategy === 'keep' && needsRule(column);
}

/** The problem with a justification for keeping a personal/identifier column, or null when it will do. */
export function justificationProblem(justification: string | undefined): string | null {
  const text = (justification ?? '').trim();
  if (text === '') return `keeping a personal/identifier column in clear needs a justification (at least ${MIN_KEEP_JUSTIFICATION} characters)`;
  const chars = [...text];
  if (chars.length < MIN_KEEP_JUSTIFICATION) return `a justification for keeping a personal/identifier column in clear must be at least ${MIN_KEEP_JUSTIFICATION} characters`;
  const compact = [...text.toLowerCase().replace(/\s+/gu, '')];
  if (new Set(compact).size < MIN_DISTINCT_CHARACTERS || isRepetition(compact)) {
    return 'the justification says nothing: write why this column must stay in clear, not filler or a repeated pattern';
  }
  return null;
}

/** True when the characters are one unit repeated at least twice (a trailing partial unit allowed). */
function isRepetition(chars: string[]): boolean {
  for (let period = 1; period <= chars.length / 2; period += 1) {
    if (chars.every((c, i) => i < period || c === chars[i - period])) return true;
  }
  return false;
}

const check: RuleCheck<KeepRule> = (rule, column) => {
  if (!needsRule(column)) return [];
  const problem = justificationProblem(rule.justification);
  return problem === null ? [] : [problem];
};

const compile: RuleCompile<KeepRule> = (_rule, input, ctx) => ({ sql: input, type: ctx.column.type });

/** The keep strategy: schema, checks and compiler. */
export const keepStrategy = { name: 'keep', schema: keepRuleSchema, check, compile } as const;
