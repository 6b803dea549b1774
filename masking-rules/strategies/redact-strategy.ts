/**
 * redact (GB/T 37964: suppression of values): every value is replaced by one constant, NULL by
 * default, cast to the column's type. A string constant is allowed only on a VARCHAR column; a
 * number must fit the column type (an integer for INTEGER/BIGINT); a boolean fits BOOLEAN or VARCHAR.
 *
 * Example (masking-rules/examples/redact.yaml):
 * ```yaml
 * status: { strategy: redact }                  # 'active' → NULL
 * notes:  { strategy: redact, value: "[removed]" } # 'anything' → '[removed]'
 * ```
 */
import { z } from 'zod';
import type { ColumnType } from '../dataset-schema';
import { quoteLiteral } from '../compiler/sql-quote';
import type { RuleCheck, RuleCompile } from './strategy-context';

export const redactRuleSchema = z.strictObject({
  strategy: z.literal('redact'),
  value: z.union([z.string().max(200).refine((v) => !v.includes('\u0000'), 'must not contain NUL'), z.number().refine(Number.isFinite, 'must be finite'), z.boolean(), z.null()]).default(null),
});
export type RedactRule = z.infer<typeof redactRuleSchema>;

const INT_RANGES: Partial<Record<ColumnType, number>> = {
  INTEGER: 2_147_483_647,
  BIGINT: Number.MAX_SAFE_INTEGER,
};

const check: RuleCheck<RedactRule> = (rule, column) => {
  const value = rule.value;
  const type = column.type;
  if (value === null || type === 'VARCHAR') return [];
  if (typeof value === 'string') return [`a string constant cannot redact a ${type} column`];
  if (typeof value === 'boolean') return type === 'BOOLEAN' ? [] : [`a boolean constant cannot redact a ${type} column`];
  if (type === 'DOUBLE') return [];
  if (type === 'DECIMAL(18,2)') return Math.abs(value) < 1e16 ? [] : ['the constant does not fit DECIMAL(18,2)'];
  const limit = INT_RANGES[type];
  if (limit === undefined) return [`a number constant cannot redact a ${type} column`];
  return Number.isInteger(value) && Math.abs(value) <= limit ? [] : [`the constant must be an integer that fits ${type}`];
};

const compile: RuleCompile<RedactRule> = (rule, _input, ctx) => ({
  sql: `CAST(${quoteLiteral(rule.value)} AS ${ctx.column.type})`,
  type: ctx.column.type,
});

/** The redact strategy: schema, checks and compiler. */
export const redactStrategy = { name: 'redact', schema: redactRuleSchema, check, compile } as const;
