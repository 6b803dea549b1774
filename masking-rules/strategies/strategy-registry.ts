/**
 * All masking strategies (GB/T 37964 de-identification catalogue) and the column-rule schema that is
 * their discriminated union on `strategy`. The only place that dispatches on a rule's strategy.
 */
import { z } from 'zod';
import type { ColumnSpec, DatasetSchema } from '../dataset-schema';
import { dropStrategy, dropRuleSchema } from './drop-strategy';
import { fakeStrategy, fakeRuleSchema } from './fake-strategy';
import { generalizeStrategy, generalizeRuleSchema } from './generalize-strategy';
import { keepStrategy, keepRuleSchema } from './keep-strategy';
import { maskStrategy, maskRuleSchema } from './mask-strategy';
import { noiseStrategy, noiseRuleSchema } from './noise-strategy';
import { pseudonymizeStrategy, pseudonymizeRuleSchema } from './pseudonymize-strategy';
import { redactStrategy, redactRuleSchema } from './redact-strategy';
import type { SqlExpression, StrategyContext } from './strategy-context';

export const strategyNames = ['keep', 'drop', 'redact', 'mask', 'pseudonymize', 'generalize', 'noise', 'fake'] as const;
export type StrategyName = (typeof strategyNames)[number];

export const columnRuleSchema = z.discriminatedUnion('strategy', [
  keepRuleSchema,
  dropRuleSchema,
  redactRuleSchema,
  maskRuleSchema,
  pseudonymizeRuleSchema,
  generalizeRuleSchema,
  noiseRuleSchema,
  fakeRuleSchema,
]);
/** One column's rule after parsing (defaults filled in). */
export type ColumnRule = z.infer<typeof columnRuleSchema>;
/** One column's rule as written in the document (defaults may be missing). */
export type ColumnRuleInput = z.input<typeof columnRuleSchema>;

/** Problems of a parsed rule on its column: type mismatches, missing justification, bad bounds. */
export function checkColumnRule(rule: ColumnRule, column: ColumnSpec, schema: DatasetSchema): string[] {
  switch (rule.strategy) {
    case 'keep': return keepStrategy.check(rule, column, schema);
    case 'drop': return dropStrategy.check(rule, column, schema);
    case 'redact': return redactStrategy.check(rule, column, schema);
    case 'mask': return maskStrategy.check(rule, column, schema);
    case 'pseudonymize': return pseudonymizeStrategy.check(rule, column, schema);
    case 'generalize': return generalizeStrategy.check(rule, column, schema);
    case 'noise': return noiseStrategy.check(rule, column, schema);
    case 'fake': return fakeStrategy.check(rule, column, schema);
  }
}

/** The SQL of a parsed rule over a quoted input expression; null when the column is dropped. */
export function compileColumnRule(rule: ColumnRule, input: string, ctx: StrategyContext): SqlExpression | null {
  switch (rule.strategy) {
    case 'keep': return keepStrategy.compile(rule, input, ctx);
    case 'drop': return dropStrategy.compile(rule, input, ctx);
    case 'redact': return redactStrategy.compile(rule, input, ctx);
    case 'mask': return maskStrategy.compile(rule, input, ctx);
    case 'pseudonymize': return pseudonymizeStrategy.compile(rule, input, ctx);
    case 'generalize': return generalizeStrategy.compile(rule, input, ctx);
    case 'noise': return noiseStrategy.compile(rule, input, ctx);
    case 'fake': return fakeStrategy.compile(rule, input, ctx);
  }
}
