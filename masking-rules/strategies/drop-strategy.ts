/**
 * drop (GB/T 37964: suppression of the attribute): the column never reaches the sandbox. Selecting a
 * dropped column in a projection is an error, so this strategy compiles to nothing.
 *
 * Example (masking-rules/examples/drop.yaml):
 * ```yaml
 * notes: { strategy: drop }
 * # the output has no `notes` column
 * ```
 */
import { z } from 'zod';
import type { RuleCheck, RuleCompile } from './strategy-context';

export const dropRuleSchema = z.strictObject({ strategy: z.literal('drop') });
export type DropRule = z.infer<typeof dropRuleSchema>;

const check: RuleCheck<DropRule> = () => [];

const compile: RuleCompile<DropRule> = () => null;

/** The drop strategy: schema, checks and compiler (which yields no column). */
export const dropStrategy = { name: 'drop', schema: dropRuleSchema, check, compile } as const;
