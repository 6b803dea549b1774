/**
 * What a guarded SELECT produces, read from its parse tree: which sandbox tables it reads,
 * whether every output is aggregated (or a grouping key), and which output columns expose a
 * sensitive column (a pseudonym or a direct identifier) other than through a count.
 * Conservative: anything it cannot resolve counts against the query.
 */
import { aggregateFunctions } from './allowed-functions';
import type { JsonObject } from './parse-tree';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SensitiveColumns = Map<string, Set<string>>;

export type QueryShape = {
  tables: string[];
  aggregates: boolean;
  exposed: string[];
  /** The top-level SELECT node, when the statement is one (needed to add a subject count). */
  selectNode: JsonObject | null;
  /** The alias (or name) and table of each base table in the top-level FROM. */
  fromTables: { alias: string; table: string }[];
};

const COUNTING = new Set(['count', 'count_star', 'approx_count_distinct']);
const isObject = (v: Json | undefined): v is JsonObject => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

export function queryShape(tree: JsonObject, sandboxTables: string[], sensitive: SensitiveColumns): QueryShape {
  const statement = Array.isArray(tree.statements) && isObject(tree.statements[0]) ? tree.statements[0] : null;
  const node = statement && isObject(statement.node) ? statement.node : null;
  const own = new Set(sandboxTables.map((t) => t.toLowerCase()));
  const tables = new Set<string>();
  const fromTables: { alias: string; table: string }[] = [];
  const exposed = new Set<string>();
  const sensitiveByName = new Map<string, string>();
  for (const [table, columns] of sensitive) for (const c of columns) sensitiveByName.set(c.toLowerCase(), `${table}.${c}`);

  const walk = (n: Json | undefined, inCount: boolean, onRef: (name: string, inCount: boolean) => void): void => {
    if (Array.isArray(n)) return n.forEach((x) => walk(x, inCount, onRef));
    if (!isObject(n)) return;
    if (n.type === 'BASE_TABLE' && typeof n.table_name === 'string' && own.has(n.table_name.toLowerCase())) tables.add(n.table_name.toLowerCase());
    if (n.class === 'COLUMN_REF' && Array.isArray(n.column_names)) onRef(String(n.column_names[n.column_names.length - 1]), inCount);
    if (n.class === 'STAR') for (const [name] of sensitiveByName) onRef(name, inCount);
    const counting = inCount || (n.class === 'FUNCTION' && typeof n.function_name === 'string' && COUNTING.has(n.function_name.toLowerCase()));
    for (const [key, value] of Object.entries(n)) if (key !== 'value' || n.class !== 'CONSTANT') walk(value, counting, onRef);
  };

  // Every select list at every level: a sensitive column used outside a count is exposed.
  const visitSelects = (n: Json | undefined): void => {
    if (Array.isArray(n)) return n.forEach(visitSelects);
    if (!isObject(n)) return;
    if (Array.isArray(n.select_list)) {
      walk(n.select_list, false, (name, inCount) => {
        const hit = sensitiveByName.get(name.toLowerCase());
        if (hit && !inCount) exposed.add(hit);
      });
    }
    for (const value of Object.values(n)) visitSelects(value);
  };
  walk(tree, false, () => undefined);
  visitSelects(tree);

  let aggregates = false;
  if (node && node.type === 'SELECT_NODE' && Array.isArray(node.select_list)) {
    collectFrom(node.from_table, own, fromTables);
    const groupExpressions = Array.isArray(node.group_expressions) ? node.group_expressions : [];
    const groupKeys = new Set(groupExpressions.map(canonical));
    // GROUP BY 1, 2: positions name select items.
    for (const g of groupExpressions) {
      const position = isObject(g) && g.class === 'CONSTANT' && isObject(g.value) ? Number(g.value.value) : NaN;
      const item = Number.isInteger(position) ? node.select_list[position - 1] : undefined;
      if (item !== undefined) groupKeys.add(canonical(item));
    }
    const groupAll = node.aggregate_handling === 'FORCE_AGGREGATES';
    let anyAggregate = groupKeys.size > 0 || groupAll;
    let allCovered = true;
    for (const item of node.select_list) {
      if (containsAggregate(item)) anyAggregate = true;
      if (!groupAll && !groupKeys.has(canonical(item)) && hasBareColumn(item, groupKeys)) allCovered = false;
    }
    aggregates = anyAggregate && allCovered;
  }
  return { tables: [...tables], aggregates, exposed: [...exposed], selectNode: node && node.type === 'SELECT_NODE' ? node : null, fromTables };
}

function collectFrom(ref: Json | undefined, own: Set<string>, out: { alias: string; table: string }[]): void {
  if (!isObject(ref)) return;
  if (ref.type === 'BASE_TABLE' && typeof ref.table_name === 'string' && own.has(ref.table_name.toLowerCase())) {
    out.push({ alias: String(ref.alias || ref.table_name), table: ref.table_name.toLowerCase() });
  }
  if (ref.type === 'JOIN') {
    collectFrom(ref.left, own, out);
    collectFrom(ref.right, own, out);
  }
}

/** The expression without positions and aliases, to compare select items with group keys. */
function canonical(n: Json): string {
  return JSON.stringify(n, (key, value: Json) => (key === 'query_location' || key === 'alias' ? undefined : value));
}

function containsAggregate(n: Json): boolean {
  if (Array.isArray(n)) return n.some(containsAggregate);
  if (!isObject(n)) return false;
  if (n.class === 'FUNCTION' && typeof n.function_name === 'string' && aggregateFunctions.has(n.function_name.toLowerCase())) return true;
  return Object.entries(n).some(([key, value]) => (key !== 'value' || n.class !== 'CONSTANT') && containsAggregate(value));
}

/** A column reference that is neither inside an aggregate nor part of a grouping key. */
function hasBareColumn(n: Json, groupKeys: Set<string>): boolean {
  if (Array.isArray(n)) return n.some((x) => hasBareColumn(x, groupKeys));
  if (!isObject(n)) return false;
  if (groupKeys.has(canonical(n))) return false;
  if (n.class === 'FUNCTION' && typeof n.function_name === 'string' && aggregateFunctions.has(n.function_name.toLowerCase())) return false;
  if (n.class === 'WINDOW') return true;
  if (n.class === 'COLUMN_REF' || n.class === 'STAR') return true;
  if (n.class === 'SUBQUERY') return false;
  return Object.entries(n).some(([key, value]) => (key !== 'value' || n.class !== 'CONSTANT') && hasBareColumn(value, groupKeys));
}
