/**
 * pseudonymize (GB/T 37964 keyed cryptographic hash): `sha256(k || CAST(value AS VARCHAR))`, where k is
 * the agreement key's pseudonym sub-key (see compiler/keyed-hash), cut to the first `length` hex
 * characters (16..64, default 32) behind an optional short `prefix`. The key is supplied at compile
 * time, one per agreement. Neither the column nor the dataset name is
 * hashed, so the same value gets the same pseudonym in every table compiled with the same key (joins
 * work within an agreement), and a different pseudonym under any other key. NULL stays NULL.
 * Works on every column type; the output is VARCHAR.
 *
 * Example (masking-rules/examples/pseudonymize.yaml):
 * ```yaml
 * id_number: { strategy: pseudonymize, length: 16, prefix: P }
 * # '11010519491231002X' → 'P' followed by 16 hex characters, the same in every table under one key
 * ```
 */
import { z } from 'zod';
import { asVarchar, keyedHashSql } from '../compiler/keyed-hash';
import { quoteLiteral } from '../compiler/sql-quote';
import type { RuleCheck, RuleCompile } from './strategy-context';

export const pseudonymizeRuleSchema = z.strictObject({
  strategy: z.literal('pseudonymize'),
  length: z.number().int().min(16).max(64).default(32),
  prefix: z.string().regex(/^[A-Za-z0-9]{1,8}$/, 'prefix must be 1 to 8 letters or digits').optional(),
});
export type PseudonymizeRule = z.infer<typeof pseudonymizeRuleSchema>;

const check: RuleCheck<PseudonymizeRule> = () => [];

const compile: RuleCompile<PseudonymizeRule> = (rule, input, ctx) => {
  const hash = `left(${keyedHashSql(ctx.key, asVarchar(input))}, ${rule.length})`;
  return { sql: rule.prefix === undefined ? hash : `${quoteLiteral(rule.prefix)} || ${hash}`, type: 'VARCHAR', storage: 'uncompressed' };
};

/** The pseudonymize strategy: schema, checks and compiler. */
export const pseudonymizeStrategy = { name: 'pseudonymize', schema: pseudonymizeRuleSchema, check, compile } as const;
