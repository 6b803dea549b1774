/**
 * What the twin generator needs of one live table, from the dataset's schema, the rule set the
 * table was masked with and the live table's columns: per column its output type, semantic,
 * strategy and params, whether it is personal or an identifier; and the subject key, when live
 * holds it. Columns without a rule were kept.
 */
import { needsRule, type DatasetSchema } from '../../masking-rules/dataset-schema';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import type { TwinStrategy, TwinTable } from './twin-types';

export type LiveTableOf = { table: string; schema: DatasetSchema; ruleSet: RuleSet; columns: { name: string; type: string }[] };

export function twinTableOf({ table, schema, ruleSet, columns }: LiveTableOf): TwinTable {
  const subjectKey = schema.subjectKey;
  return {
    name: table,
    ...(subjectKey !== undefined && columns.some((c) => c.name === subjectKey) ? { subjectKey } : {}),
    columns: columns.map(({ name, type }) => {
      const column = schema.columns.find((c) => c.name === name);
      const rule = ruleSet.columns[name] ?? { strategy: 'keep' as const };
      const { strategy, ...params } = rule as { strategy: TwinStrategy } & Record<string, unknown>;
      return { name, type, semantic: column?.semantic, strategy, sensitive: column ? needsRule(column) : true, params };
    }),
  };
}
