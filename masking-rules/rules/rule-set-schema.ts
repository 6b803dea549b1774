/**
 * The masking rule-set document (脱敏脱密规则), one per dataset version, written in YAML or JSON:
 *
 * ```yaml
 * columns:
 *   id_number: { strategy: pseudonymize }
 *   mobile:    { strategy: mask, preset: cn_mobile }
 *   gender:    { strategy: keep, justification: "needed for gender statistics; low risk" }
 * rows:
 *   filter: "status = 'active' and age >= 18"
 *   sample: { percent: 10 }
 * ```
 *
 * This schema checks the shape only; validateRuleSet checks the document against the dataset.
 */
import { z } from 'zod';
import { sampleRuleSchema } from '../row-filter/sample-rows';
import { MAX_FILTER_LENGTH } from '../row-filter/tokenize-filter';
import { columnRuleSchema } from '../strategies/strategy-registry';

export const rowRulesSchema = z.strictObject({
  filter: z.string().trim().min(1, 'the filter must not be empty').max(MAX_FILTER_LENGTH).optional(),
  sample: sampleRuleSchema.optional(),
});
export type RowRules = z.infer<typeof rowRulesSchema>;

export const ruleSetSchema = z.strictObject({
  description: z.string().max(2000).optional(),
  columns: z.record(z.string(), columnRuleSchema),
  rows: rowRulesSchema.optional(),
});
/** A validated rule set, defaults filled in. */
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** One problem of a rule set: where (`path`, dotted) and what; `column` when it is about one. */
export type RuleSetProblem = { column?: string; path: string; message: string };
