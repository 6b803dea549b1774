/**
 * generalize (GB/T 37964 generalisation): `to` one of
 * - `year` / `month`: DATE or TIMESTAMP → 'YYYY' / 'YYYY-MM' (VARCHAR);
 * - `age_band`: birth DATE/TIMESTAMP → '30-39' bands of `width` years (default 10) on the compile
 *   date asOf, '80+' at or above `max` (default 80) (VARCHAR);
 * - `bucket`: number → lower bound of a `width`-wide bucket (column type for an integer width, else
 *   DOUBLE), or ascending `breaks` → labels '(-inf,0)', '[0,1000)', '[1000,+inf)' (VARCHAR);
 * - `region`: 6-digit region code → first `digits` (6/4/2) padded with zeros (VARCHAR);
 * - `clamp`: top/bottom coding of a number to `min` and/or `max` (column type).
 *
 * Example (masking-rules/examples/generalize.yaml):
 * ```yaml
 * birth_date:  { strategy: generalize, to: age_band, width: 10 }  # 1990-05-01 on 2024-04-30 → '30-39'
 * region_code: { strategy: generalize, to: region, digits: 4 }    # '440311' → '440300'
 * income:      { strategy: generalize, to: clamp, max: 50000 }    # 120000 → 50000
 * ```
 */
import { z } from 'zod';
import { numericTypes, temporalTypes, typeMismatch, type RuleCheck, type RuleCompile } from './strategy-context';
import { ageBandSql, bucketBreaksSql, bucketWidthSql, clampSql, regionSql, truncateDateSql } from './generalize-sql';

const strategy = z.literal('generalize');
const finite = z.number().refine(Number.isFinite, 'must be finite');

export const generalizeRuleSchema = z.discriminatedUnion('to', [
  z.strictObject({ strategy, to: z.literal('year') }),
  z.strictObject({ strategy, to: z.literal('month') }),
  z.strictObject({
    strategy, to: z.literal('age_band'),
    width: z.number().int().min(1).max(100).default(10),
    max: z.number().int().min(1).max(150).default(80),
  }),
  z.strictObject({
    strategy, to: z.literal('bucket'),
    width: z.number().positive().max(1e15).optional(),
    breaks: z.array(finite).min(1).max(50)
      .refine((b) => b.every((x, i) => i === 0 || x > b[i - 1]), 'breaks must be strictly ascending').optional(),
  }).refine((r) => (r.width === undefined) !== (r.breaks === undefined), 'give either width or breaks'),
  z.strictObject({ strategy, to: z.literal('region'), digits: z.union([z.literal(2), z.literal(4), z.literal(6)]) }),
  z.strictObject({ strategy, to: z.literal('clamp'), min: finite.optional(), max: finite.optional() })
    .refine((r) => r.min !== undefined || r.max !== undefined, 'give min and/or max')
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max'),
]);
export type GeneralizeRule = z.infer<typeof generalizeRuleSchema>;

const integerTypes: readonly string[] = ['INTEGER', 'BIGINT'];

const check: RuleCheck<GeneralizeRule> = (rule, column) => {
  switch (rule.to) {
    case 'year':
    case 'month':
    case 'age_band':
      return typeMismatch(`generalize to ${rule.to}`, column, temporalTypes);
    case 'region':
      return typeMismatch('generalize to region', column, ['VARCHAR']);
    case 'bucket':
      return typeMismatch('generalize to bucket', column, numericTypes);
    case 'clamp': {
      const problems = typeMismatch('generalize to clamp', column, numericTypes);
      const bounds = [rule.min, rule.max].filter((b): b is number => b !== undefined);
      if (integerTypes.includes(column.type) && !bounds.every(Number.isSafeInteger)) {
        problems.push(`clamp bounds must be integers on a ${column.type} column`);
      }
      return problems;
    }
  }
};

const compile: RuleCompile<GeneralizeRule> = (rule, input, ctx) => {
  const type = ctx.column.type;
  switch (rule.to) {
    case 'year':
    case 'month':
      return { sql: truncateDateSql(input, rule.to), type: 'VARCHAR', storage: 'dictionary' };
    case 'age_band':
      return { sql: ageBandSql(input, ctx.asOf, rule.width, rule.max), type: 'VARCHAR', storage: 'dictionary' };
    case 'region':
      return { sql: regionSql(input, rule.digits), type: 'VARCHAR', storage: 'dictionary' };
    case 'clamp':
      return { sql: clampSql(input, rule.min, rule.max, type), type };
    case 'bucket': {
      if (rule.breaks !== undefined) return { sql: bucketBreaksSql(input, rule.breaks), type: 'VARCHAR', storage: 'dictionary' };
      const width = rule.width ?? 1;
      const outType = Number.isInteger(width) ? type : 'DOUBLE';
      return { sql: bucketWidthSql(input, width, outType), type: outType };
    }
  }
};

/** The generalize strategy: schema, checks and compiler. */
export const generalizeStrategy = { name: 'generalize', schema: generalizeRuleSchema, check, compile } as const;
