/**
 * Validates a rule-set document against its dataset and reports ALL problems at once:
 * malformed documents, unknown columns, invalid strategy parameters, strategy/type mismatches,
 * `keep` without justification on personal or identifier columns, row filters that do not parse or
 * name unknown columns, and — privacy by default — every personal, sensitive or identifier column
 * that has no rule. Columns that need no rule and have none are kept as they are.
 */
import { z } from 'zod';
import { needsRule, type DatasetSchema } from '../dataset-schema';
import { checkFilter } from '../row-filter/compile-filter';
import { FilterError } from '../row-filter/filter-ast';
import { parseFilter } from '../row-filter/parse-filter';
import { checkColumnRule, columnRuleSchema, type ColumnRule } from '../strategies/strategy-registry';
import { rowRulesSchema, type RuleSet, type RuleSetProblem } from './rule-set-schema';

export { parseRuleSetText } from './parse-rule-set-text';

export type RuleSetValidation = { ok: true; ruleSet: RuleSet } | { ok: false; details: RuleSetProblem[] };

const TOP_LEVEL_KEYS = ['description', 'columns', 'rows'];

/** Checks `document` against `schema`; on success returns the typed rule set with defaults. */
export function validateRuleSet(document: unknown, schema: DatasetSchema): RuleSetValidation {
  if (!isPlainObject(document)) return { ok: false, details: [{ path: '', message: 'the rule set must be an object with columns' }] };
  const details: RuleSetProblem[] = [];
  for (const key of Object.keys(document)) {
    if (!TOP_LEVEL_KEYS.includes(key)) details.push({ path: key, message: `unknown key ${JSON.stringify(key)}` });
  }
  const description = z.string().max(2000).optional().safeParse(document.description);
  if (!description.success) details.push({ path: 'description', message: 'description must be a string of at most 2000 characters' });
  const rawColumns = Object.hasOwn(document, 'columns') ? document.columns : undefined;
  const rules = isPlainObject(rawColumns) ? validateColumns(rawColumns, schema, details) : [];
  if (!isPlainObject(rawColumns)) details.push({ path: 'columns', message: 'columns must be an object of column rules' });
  for (const column of schema.columns) {
    if (needsRule(column) && !(isPlainObject(rawColumns) && Object.hasOwn(rawColumns, column.name))) {
      details.push({ column: column.name, path: `columns.${column.name}`, message: `personal/identifier column ${column.name} has no rule` });
    }
  }
  const rows = Object.hasOwn(document, 'rows') ? validateRows(document.rows, schema, details) : undefined;
  if (details.length > 0) return { ok: false, details };
  const ruleSet: RuleSet = { columns: Object.fromEntries(rules) };
  if (description.success && description.data !== undefined) ruleSet.description = description.data;
  if (rows !== undefined) ruleSet.rows = rows;
  return { ok: true, ruleSet };
}

function validateColumns(raw: Record<string, unknown>, schema: DatasetSchema, details: RuleSetProblem[]): [string, ColumnRule][] {
  const rules: [string, ColumnRule][] = [];
  for (const [name, value] of Object.entries(raw)) {
    const path = `columns.${name}`;
    const column = schema.columns.find((c) => c.name === name);
    if (column === undefined) {
      details.push({ column: name, path, message: `unknown column ${JSON.stringify(name)}: dataset ${schema.name} has no such column` });
      continue;
    }
    const parsed = columnRuleSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) details.push({ column: name, path: joinPath(path, issue.path), message: issue.message });
      continue;
    }
    for (const message of checkColumnRule(parsed.data, column, schema)) details.push({ column: name, path, message });
    rules.push([name, parsed.data]);
  }
  return rules;
}

function validateRows(raw: unknown, schema: DatasetSchema, details: RuleSetProblem[]): RuleSet['rows'] {
  const parsed = rowRulesSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) details.push({ path: joinPath('rows', issue.path), message: issue.message });
    return undefined;
  }
  if (parsed.data.filter !== undefined) {
    try {
      for (const problem of checkFilter(parseFilter(parsed.data.filter), schema)) {
        details.push({ path: 'rows.filter', message: problem.message });
      }
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      details.push({ path: 'rows.filter', message: error.message });
    }
  }
  return parsed.data;
}

function joinPath(base: string, path: readonly PropertyKey[]): string {
  return [base, ...path.map(String)].join('.');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
