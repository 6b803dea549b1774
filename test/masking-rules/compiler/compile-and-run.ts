/**
 * Test helper: validate a rule-set document, compile it for a table and run it on a MaskingTestDb.
 */
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';
import { compileProjection, type CompiledProjection } from '../../../masking-rules/compiler/compile-projection';
import type { RuleSet } from '../../../masking-rules/rules/rule-set-schema';
import { validateRuleSet } from '../../../masking-rules/rules/validate-rule-set';
import type { MaskingTestDb } from './masking-test-db';
import { AS_OF, TEST_KEY } from './people-fixture';

export type CompileOptions = {
  schema: DatasetSchema;
  rules: unknown;
  table: string;
  columns?: string[];
  key?: string;
  asOf?: string;
};

/** Validates or throws with every problem in the message. */
export function validRuleSet(rules: unknown, schema: DatasetSchema): RuleSet {
  const result = validateRuleSet(rules, schema);
  if (!result.ok) throw new Error(`invalid rule set: ${JSON.stringify(result.details)}`);
  return result.ruleSet;
}

/** Compiles for `table`; columns default to every column whose rule is not drop. */
export function compileFor(options: CompileOptions): CompiledProjection {
  const ruleSet = validRuleSet(options.rules, options.schema);
  const columns = options.columns ?? options.schema.columns
    .map((c) => c.name)
    .filter((name) => !(Object.hasOwn(ruleSet.columns, name) && ruleSet.columns[name].strategy === 'drop'));
  return compileProjection({
    schema: options.schema,
    ruleSet,
    columns,
    key: options.key ?? TEST_KEY,
    source: { table: options.table },
    asOf: options.asOf ?? AS_OF,
  });
}

/** Compiles and runs; returns the masked rows. */
export async function compileAndRun(db: MaskingTestDb, options: CompileOptions): Promise<Record<string, unknown>[]> {
  return db.all(compileFor(options).sql);
}
