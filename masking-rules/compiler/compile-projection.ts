/**
 * Compiles a validated rule set, a column selection and an agreement key into ONE DuckDB query:
 *
 *   SELECT <expr> AS "<col>", … FROM "<catalog>"."<table>" AS "src" [WHERE <filter> AND <sample>]
 *
 * Pure and deterministic: the same input always gives the same string, and nothing runs. Every name
 * goes through quoteIdentifier and every value through quoteLiteral. Columns are referenced as
 * "src"."<col>", so the WHERE clause always sees raw source values, never the masked aliases.
 * THE RETURNED SQL IS SECRET: it contains the agreement key as a literal. Never log it, audit it or
 * send it to a client; log the rule-set version and the column list instead.
 */
import { columnTypes, type DatasetSchema } from '../dataset-schema';
import { compileFilter, isRealDate } from '../row-filter/compile-filter';
import { parseFilter } from '../row-filter/parse-filter';
import { compileSample } from '../row-filter/sample-rows';
import type { RuleSet, RuleSetProblem } from '../rules/rule-set-schema';
import { validateRuleSet } from '../rules/validate-rule-set';
import type { ColumnStorage } from '../strategies/strategy-context';
import { compileColumnRule, type ColumnRule } from '../strategies/strategy-registry';
import { assertKey } from './keyed-hash';
import { columnIdentitySql, rowIdentitySql, type ColumnRef } from './record-identity';
import { quoteIdentifier } from './sql-quote';

export type ProjectionInput = {
  schema: DatasetSchema;
  ruleSet: RuleSet;
  /** Output columns, in order. Each must exist and must not be dropped. */
  columns: string[];
  /** The agreement's masking key: 32 to 128 lower-case hex characters. */
  key: string;
  source: { catalog?: string; table: string };
  /** Reference date for age bands, YYYY-MM-DD. */
  asOf: string;
};

/** One output column of a projection: name, DuckDB type and, when its strategy knows it, storage. */
export type CompiledColumn = { name: string; type: string; storage?: ColumnStorage };

export type CompiledProjection = { sql: string; columns: CompiledColumn[] };

/** A projection that cannot be compiled; `details` never contain the key or cell values. */
export class ProjectionError extends Error {
  constructor(message: string, readonly details: RuleSetProblem[] = []) {
    super(message);
    this.name = 'ProjectionError';
  }
}

/** The alias of the source table inside the compiled query. */
export const SOURCE_ALIAS = 'src';

/** Builds the masked projection; throws ProjectionError on any invalid input. */
export function compileProjection(input: ProjectionInput): CompiledProjection {
  const { schema, key, asOf } = input;
  try {
    assertKey(key);
  } catch (error) {
    throw new ProjectionError((error as Error).message);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !isRealDate(asOf)) throw new ProjectionError('asOf must be a real date YYYY-MM-DD');
  assertSchema(schema);
  const validation = validateRuleSet(input.ruleSet, schema);
  if (!validation.ok) throw new ProjectionError('the rule set is invalid for this dataset', validation.details);
  const ruleSet = validation.ruleSet;
  const ref: ColumnRef = (name) => `${quoteIdentifier(SOURCE_ALIAS)}.${quoteIdentifier(name)}`;
  const selected = selectedColumns(input.columns, schema, ruleSet);
  const items = selected.map(({ name, rule }) => {
    const column = schema.columns.find((c) => c.name === name);
    if (column === undefined) throw new ProjectionError(`unknown column ${JSON.stringify(name)}`);
    const ctx = { schema, column, key, asOf, identity: columnIdentitySql(schema, name, ref) };
    const expr = compileColumnRule(rule, ref(name), ctx);
    if (expr === null) throw new ProjectionError(`column ${JSON.stringify(name)} is dropped by its rule and cannot be selected`);
    const output: CompiledColumn = { name, type: expr.type, ...(expr.storage === undefined ? {} : { storage: expr.storage }) };
    return { sql: `  ${expr.sql} AS ${quoteIdentifier(name)}`, column: output };
  });
  const from = input.source.catalog === undefined
    ? quoteIdentifier(input.source.table)
    : `${quoteIdentifier(input.source.catalog)}.${quoteIdentifier(input.source.table)}`;
  const where: string[] = [];
  if (ruleSet.rows?.filter !== undefined) where.push(compileFilter(parseFilter(ruleSet.rows.filter), schema, ref));
  if (ruleSet.rows?.sample !== undefined) where.push(compileSample(ruleSet.rows.sample, key, rowIdentitySql(schema, ref)));
  const sql = [
    'SELECT',
    items.map((i) => i.sql).join(',\n'),
    `FROM ${from} AS ${quoteIdentifier(SOURCE_ALIAS)}`,
    ...(where.length > 0 ? [`WHERE ${where.join('\n  AND ')}`] : []),
  ].join('\n');
  return { sql, columns: items.map((i) => i.column) };
}

function selectedColumns(columns: string[], schema: DatasetSchema, ruleSet: RuleSet): { name: string; rule: ColumnRule }[] {
  if (!Array.isArray(columns) || columns.length === 0) throw new ProjectionError('select at least one column');
  const seen = new Set<string>();
  return columns.map((name) => {
    if (seen.has(name)) throw new ProjectionError(`column ${JSON.stringify(name)} is selected twice`);
    seen.add(name);
    if (!schema.columns.some((c) => c.name === name)) {
      throw new ProjectionError(`unknown column ${JSON.stringify(name)}: dataset ${schema.name} has no such column`);
    }
    const rule: ColumnRule = Object.hasOwn(ruleSet.columns, name) ? ruleSet.columns[name] : { strategy: 'keep' };
    if (rule.strategy === 'drop') throw new ProjectionError(`column ${JSON.stringify(name)} is dropped by its rule and cannot be selected`);
    return { name, rule };
  });
}

/** Column types are spliced into CASTs, so they must come from the allowed list. */
function assertSchema(schema: DatasetSchema): void {
  const allowed: readonly string[] = columnTypes;
  for (const column of schema.columns) {
    if (!allowed.includes(column.type)) throw new ProjectionError(`column ${JSON.stringify(column.name)} has an unsupported type`);
  }
  if (schema.subjectKey !== undefined && !schema.columns.some((c) => c.name === schema.subjectKey)) {
    throw new ProjectionError('the subjectKey is not a column of the dataset');
  }
}
