/**
 * The form a model must have to run on `live` under disclosure control, read from its parse tree.
 *
 * A live model is one SELECT over sandbox tables joined in its FROM (no subqueries, CTEs, set
 * operations, window functions or grouping sets), so that the platform, not the operator's SQL,
 * decides which rows stand for which subjects: every table alias in the FROM contributes its own
 * subjects to every output row, through every join. Direct identifiers and pseudonyms may only
 * join tables or be counted. Internal names are reserved. What is not aggregated, explodes
 * values (unnest and friends) or uses unsafe statistics is reported so that only an explicit
 * review grant lets it run.
 */
import type { JsonObject } from '../guard/parse-tree';
import { aggregatesOutputs } from '../guard/query-shape';
import { aggregateFunctions } from '../guard/allowed-functions';
import { statementLineage, type OutputLineage, type SourceColumn } from './output-lineage';
import { COLLECTING, COUNTING, QUANTILES, RESERVED_PREFIX, SAFE_AGGREGATES, SET_RETURNING, SPREAD, SUM_LIKE } from './statistics';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `columns`: every column of the live table; without it, an unqualified name may be any table's. */
export type TableProfile = { subjectKey: string | null; sensitive: Set<string>; personal: Set<string>; columns?: ReadonlySet<string> };
export type AliasInfo = { alias: string; table: string; subjectKey: string | null };
export type CallPlace = 'select' | 'having' | 'order';
export type AggregateCall = {
  index: number; place: CallPlace; item: number; name: string; node: JsonObject;
  sumLike: boolean; unsafe: boolean; personalArg: boolean; conditional: boolean;
  /** Spread statistics (variance and kin): magnitude checks weigh squares. */
  spread: boolean;
  /** The fraction of a quantile (median: 0.5), else null. */
  quantile: number | null;
};
export type LiveForm = {
  node: JsonObject; aliases: AliasInfo[]; calls: AggregateCall[]; aggregates: boolean;
  /** ORDER BY ranks rows by an aggregate (its own, or a select item's by position or alias). */
  orderedByAggregate: boolean;
  problems: string[]; recordLevel: string[]; unsafe: string[];
  /** The output columns and the sandbox columns their values come from (output-lineage.ts). */
  outputs: OutputLineage[];
};

/** How a model's column references bind: the statement's lineage, and the FROM aliases for what it cannot place. */
type Binder = { aliases: AliasInfo[]; tables: Map<string, TableProfile>; refs: Map<JsonObject, SourceColumn[]> };

const isObject = (v: Json | undefined): v is JsonObject => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
const lower = (s: unknown) => String(s ?? '').toLowerCase();

export function liveModelForm(tree: JsonObject, tables: Map<string, TableProfile>): LiveForm {
  const problems = new Set<string>();
  const recordLevel = new Set<string>();
  const statement = Array.isArray(tree.statements) && isObject(tree.statements[0]) ? tree.statements[0] : null;
  const node = statement && isObject(statement.node) ? statement.node : null;
  if (!node || node.type !== 'SELECT_NODE') {
    return { node: node ?? {}, aliases: [], calls: [], aggregates: false, orderedByAggregate: false, problems: ['a model on live is one SELECT: UNION, EXCEPT and INTERSECT are not allowed'], recordLevel: [], unsafe: [], outputs: [] };
  }
  const aliases: AliasInfo[] = [];
  collectAliases(node.from_table, tables, aliases, problems);
  const lineage = statementLineage(tree, (table) => {
    const columns = tables.get(table)?.columns;
    return columns === undefined ? undefined : [...columns];
  });
  const binder: Binder = { aliases, tables, refs: lineage.refs };
  if (isObject(node.cte_map) && Array.isArray(node.cte_map.map) && node.cte_map.map.length > 0) problems.add('WITH (common table expressions) is not allowed in a model on live: name the tables in FROM');
  if (node.qualify !== null && node.qualify !== undefined) problems.add('QUALIFY is not allowed in a model on live');
  if (Array.isArray(node.group_sets) && node.group_sets.length > 1) problems.add('GROUPING SETS, ROLLUP and CUBE are not allowed in a model on live: submit one model per grouping');

  scanTree(tree, problems, recordLevel);
  checkSensitiveUses(node, binder, problems, recordLevel);

  const calls: AggregateCall[] = [];
  const addCalls = (n: Json | undefined, place: CallPlace, item: number) => findCalls(n, (call) => {
    const name = lower(call.function_name);
    if (COLLECTING.has(name)) recordLevel.add(`${name}() returns many contributors' values in one cell`);
    const quantile = checkArguments(name, call, problems);
    calls.push({
      index: calls.length, place, item, name, node: call, sumLike: SUM_LIKE.has(name), unsafe: !SAFE_AGGREGATES.has(name), spread: SPREAD.has(name), quantile,
      personalArg: referencesPersonal(call.children, binder), conditional: call.filter !== null && call.filter !== undefined,
    });
  });
  (node.select_list as Json[]).forEach((item, i) => addCalls(item, 'select', i));
  addCalls(node.having, 'having', -1);
  for (const modifier of Array.isArray(node.modifiers) ? node.modifiers : []) if (isObject(modifier) && modifier.type === 'ORDER_MODIFIER') addCalls(modifier.orders, 'order', -1);

  const aggregates = aggregatesOutputs(node);
  if (!aggregates) recordLevel.add('the query does not aggregate: its rows are records');
  return { node, aliases, calls, aggregates, orderedByAggregate: orderedByAggregate(node, calls), problems: [...problems], recordLevel: [...recordLevel], unsafe: [...new Set(calls.filter((c) => c.unsafe).map((c) => c.name))], outputs: lineage.outputs };
}

function orderedByAggregate(node: JsonObject, calls: AggregateCall[]): boolean {
  if (calls.some((c) => c.place === 'order')) return true;
  const items = node.select_list as JsonObject[];
  const aggregated = (item: JsonObject | undefined) => item !== undefined && calls.some((c) => c.place === 'select' && items[c.item] === item);
  for (const modifier of Array.isArray(node.modifiers) ? node.modifiers : []) {
    if (!isObject(modifier) || modifier.type !== 'ORDER_MODIFIER' || !Array.isArray(modifier.orders)) continue;
    for (const order of modifier.orders) {
      const e = isObject(order) && isObject(order.expression) ? order.expression : null;
      if (!e) continue;
      if (e.class === 'CONSTANT' && isObject(e.value) && aggregated(items[Number(e.value.value) - 1])) return true;
      if (e.class === 'COLUMN_REF' && Array.isArray(e.column_names) && e.column_names.length === 1) {
        const name = lower(e.column_names[0]);
        if (aggregated(items.find((i) => lower(i.alias) === name))) return true;
      }
    }
  }
  return false;
}

function collectAliases(ref: Json | undefined, tables: Map<string, TableProfile>, out: AliasInfo[], problems: Set<string>): void {
  if (!isObject(ref)) return;
  if (ref.type === 'BASE_TABLE') {
    const table = lower(ref.table_name);
    const profile = tables.get(table);
    if (!profile) return void problems.add(`a model on live reads sandbox tables only (${String(ref.table_name)})`);
    if (Array.isArray(ref.column_name_alias) && ref.column_name_alias.length > 0) problems.add('column aliases on a table reference are not allowed in a model on live');
    out.push({ alias: String(ref.alias || ref.table_name), table, subjectKey: profile.subjectKey });
  } else if (ref.type === 'JOIN') {
    collectAliases(ref.left, tables, out, problems);
    collectAliases(ref.right, tables, out, problems);
  } else if (ref.type !== 'EMPTY') {
    problems.add('FROM may name sandbox tables and join them, nothing else (no subqueries, VALUES or table functions)');
  }
}

/** Subqueries, windows, stars, exploding functions and the reserved prefix, anywhere in the tree. */
function scanTree(n: Json | undefined, problems: Set<string>, recordLevel: Set<string>): void {
  if (Array.isArray(n)) return n.forEach((x) => scanTree(x, problems, recordLevel));
  if (!isObject(n)) return;
  if (n.class === 'SUBQUERY' || n.type === 'SUBQUERY') problems.add('subqueries are not allowed in a model on live: join the tables in FROM');
  if (n.class === 'WINDOW') problems.add('window functions are not allowed in a model on live');
  if (n.class === 'STAR') problems.add('* and COLUMNS(...) are not allowed in a model on live: name each column');
  if (n.class === 'FUNCTION' && SET_RETURNING.has(lower(n.function_name))) recordLevel.add(`${lower(n.function_name)}() turns values back into rows`);
  for (const name of [n.alias, ...(Array.isArray(n.column_names) ? n.column_names : []), n.identifier]) {
    if (typeof name === 'string' && name.toLowerCase().startsWith(RESERVED_PREFIX)) problems.add(`names starting with ${RESERVED_PREFIX} are reserved for the platform (${name})`);
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'value' || n.class !== 'CONSTANT') scanTree(value, problems, recordLevel);
}

/**
 * The columns a reference may be, each as (table, column): where the lineage binds it, those; else
 * its qualifier's table, or every FROM table (that has the column, when the columns are known).
 */
function candidates(ref: JsonObject, binder: Binder): SourceColumn[] {
  const bound = binder.refs.get(ref);
  if (bound !== undefined && bound.length > 0) return bound;
  const names = (ref.column_names as Json[]).map(lower);
  const column = names[names.length - 1];
  const named = names.length >= 2 ? binder.aliases.filter((a) => lower(a.alias) === names[names.length - 2] || a.table === names[names.length - 2]) : binder.aliases;
  return named.flatMap((a) => {
    const known = binder.tables.get(a.table)?.columns;
    const spelled = known === undefined ? column : [...known].find((c) => c.toLowerCase() === column);
    return spelled === undefined ? [] : [{ table: a.table, column: spelled }];
  });
}

/** The candidates of a reference that are sensitive (or, for `personal`, personal or sensitive) columns. */
function matching(ref: JsonObject, binder: Binder, kind: 'sensitive' | 'personal'): SourceColumn[] {
  return candidates(ref, binder).filter(({ table, column }) => {
    const profile = binder.tables.get(table);
    const has = (set: Set<string>) => [...set].some((c) => c.toLowerCase() === column.toLowerCase());
    return profile !== undefined && (has(profile[kind]) || (kind === 'personal' && has(profile.sensitive)));
  });
}

/** `table.column` of each column a reference stands for. */
const qualified = (columns: SourceColumn[]) => [...new Set(columns.map((c) => `${c.table}.${c.column}`))].join(', ');

/**
 * Identifiers and pseudonyms may appear only in column = column (a join) or as what a count
 * counts. Anywhere else in the output they make the model record-level (the review may grant
 * it); in filters, groups, HAVING or ORDER BY they single people out and refuse the model.
 */
function checkSensitiveUses(node: JsonObject, binder: Binder, problems: Set<string>, recordLevel: Set<string>): void {
  const visit = (n: Json | undefined, allowed: boolean, output: boolean): void => {
    if (Array.isArray(n)) return n.forEach((x) => visit(x, allowed, output));
    if (!isObject(n)) return;
    if (n.class === 'COLUMN_REF' && Array.isArray(n.column_names)) {
      const sensitive = allowed ? [] : matching(n, binder, 'sensitive');
      if (sensitive.length === 0) return;
      const name = qualified(sensitive);
      if (output) recordLevel.add(`outputs identifier or pseudonym column ${name}`);
      else problems.add(`identifier or pseudonym column ${name} may only join tables or be counted in a model on live (no filters, parameters, groups or orderings on it)`);
      return;
    }
    const joinEquality = n.class === 'COMPARISON' && n.type === 'COMPARE_EQUAL' && isObject(n.left) && isObject(n.right) && n.left.class === 'COLUMN_REF' && n.right.class === 'COLUMN_REF';
    const counting = n.class === 'FUNCTION' && COUNTING.has(lower(n.function_name));
    for (const [key, value] of Object.entries(n)) {
      if (key === 'value' && n.class === 'CONSTANT') continue;
      const direct = (joinEquality && (key === 'left' || key === 'right')) || (counting && key === 'children' && Array.isArray(value) && value.every((c) => isObject(c) && c.class === 'COLUMN_REF'));
      visit(value, direct, output && !(n.class === 'FUNCTION' && key === 'filter'));
    }
  };
  for (const [key, value] of Object.entries(node)) visit(value, false, key === 'select_list');
}

/**
 * Aggregate arguments on live are plain columns (or constants, or casts of them): any
 * computation inside an aggregate can weight or pick one person (`sum(income * length(band))`,
 * digits of `floor(income / …)`); compute on the aggregates instead (`avg(income) / 12`) and put
 * conditions in FILTER (WHERE …), where the contributor counts see them. Quantile fractions are
 * one constant from 0.1 to 0.9. Returns the quantile's fraction (median: 0.5), else null.
 */
function checkArguments(name: string, call: JsonObject, problems: Set<string>): number | null {
  const args = Array.isArray(call.children) ? call.children : [];
  const plain = (n: Json): boolean => isObject(n) && (n.class === 'COLUMN_REF' || n.class === 'CONSTANT' || (n.class === 'CAST' && plain(n.child ?? null)));
  if (name === 'median') {
    if (!args.every(plain)) problems.add(`${name}() takes a column on live: compute on the aggregate, and put conditions in FILTER (WHERE …)`);
    return 0.5;
  }
  if (QUANTILES.has(name)) {
    const value = constantNumber(args[1]);
    if (value === null || !(value >= 0.1 && value <= 0.9)) problems.add(`${name}() takes one constant fraction from 0.1 to 0.9 on live (0 and 1 are the smallest and largest value)`);
    if (!plain(args[0] ?? null)) problems.add(`${name}() takes a column on live: compute on the aggregate, and put conditions in FILTER (WHERE …)`);
    return value;
  }
  if (!args.every(plain)) problems.add(`${name}() takes columns on live, no computation inside the aggregate: compute on the aggregate (e.g. avg(x) / 12), and put conditions in FILTER (WHERE …), where the contributor counts see them`);
  return null;
}

/** A numeric constant's value (DECIMAL constants carry their scale in the type). */
function constantNumber(n: Json | undefined): number | null {
  if (!isObject(n) || n.class !== 'CONSTANT' || !isObject(n.value) || n.value.is_null === true) return null;
  const type = isObject(n.value.type) ? n.value.type : null;
  const raw = Number(n.value.value);
  if (!Number.isFinite(raw)) return null;
  const scale = type && type.id === 'DECIMAL' && isObject(type.type_info) ? Number(type.type_info.scale ?? 0) : 0;
  return raw / 10 ** scale;
}

function findCalls(n: Json | undefined, found: (call: JsonObject) => void): void {
  if (Array.isArray(n)) return n.forEach((x) => findCalls(x, found));
  if (!isObject(n)) return;
  if (n.class === 'FUNCTION' && aggregateFunctions.has(lower(n.function_name))) return found(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'value' || n.class !== 'CONSTANT') findCalls(value, found);
}

function referencesPersonal(n: Json | undefined, binder: Binder): boolean {
  if (Array.isArray(n)) return n.some((x) => referencesPersonal(x, binder));
  if (!isObject(n)) return false;
  if (n.class === 'COLUMN_REF' && Array.isArray(n.column_names)) return matching(n, binder, 'personal').length > 0;
  return Object.entries(n).some(([key, value]) => (key !== 'value' || n.class !== 'CONSTANT') && referencesPersonal(value, binder));
}
