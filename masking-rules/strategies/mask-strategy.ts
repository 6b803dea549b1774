/**
 * mask (GB/T 37964 masking): keep a prefix and/or suffix and fill the rest with `char` (default '*',
 * exactly one character, not a quote, backslash or whitespace). Give either a `preset` or
 * `keepPrefix`/`keepSuffix`. Presets: cn_id (first 1, last 2), cn_mobile (3 + 4, +86 stripped),
 * cn_name (surname only, compound surnames kept whole), bank_card (4 + 4), plate (province and
 * letter, last character), email (first character, ***, @domain), cn_address (up to the street, else
 * the district). VARCHAR columns only; the output is VARCHAR.
 *
 * Example (masking-rules/examples/mask.yaml):
 * ```yaml
 * mobile:  { strategy: mask, preset: cn_mobile }              # '+8613812345678' → '138****5678'
 * address: { strategy: mask, preset: cn_address }             # '广东省深圳市光明区凤凰街道光明大道123号' → '广东省深圳市光明区凤凰街道'
 * code:    { strategy: mask, keepPrefix: 2, keepSuffix: 1, char: '#' } # 'AB1234C' → 'AB####C'
 * ```
 */
import { z } from 'zod';
import { quoteLiteral } from '../compiler/sql-quote';
import { maskPresets, partialMaskSql, presetMaskSql, presetStorage } from './mask-presets';
import { typeMismatch, type RuleCheck, type RuleCompile } from './strategy-context';

const keepCount = z.number().int().min(0).max(64);

export const maskRuleSchema = z
  .strictObject({
    strategy: z.literal('mask'),
    preset: z.enum(maskPresets).optional(),
    keepPrefix: keepCount.optional(),
    keepSuffix: keepCount.optional(),
    char: z
      .string()
      .refine((c) => Array.from(c).length === 1, 'char must be exactly one character')
      .refine((c) => !/['"\\\s\p{Cc}]/u.test(c), 'char must not be a quote, backslash, whitespace or control character')
      .default('*'),
  })
  .refine((r) => (r.preset === undefined) !== (r.keepPrefix === undefined && r.keepSuffix === undefined), {
    message: 'give either preset or keepPrefix/keepSuffix, not both and not neither',
  });
export type MaskRule = z.infer<typeof maskRuleSchema>;

const check: RuleCheck<MaskRule> = (_rule, column) => typeMismatch('mask', column, ['VARCHAR']);

const compile: RuleCompile<MaskRule> = (rule, input, _ctx) => {
  const fill = quoteLiteral(rule.char);
  const sql = rule.preset !== undefined
    ? presetMaskSql(rule.preset, input, fill)
    : partialMaskSql(input, rule.keepPrefix ?? 0, rule.keepSuffix ?? 0, fill);
  const storage = rule.preset === undefined ? undefined : presetStorage[rule.preset];
  return { sql, type: 'VARCHAR', ...(storage === undefined ? {} : { storage }) };
};

/** The mask strategy: schema, checks and compiler. */
export const maskStrategy = { name: 'mask', schema: maskRuleSchema, check, compile } as const;
