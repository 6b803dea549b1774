/**
 * Whether a SELECT aggregates: every output is an aggregate or a grouping key (by expression,
 * by position, or GROUP BY ALL), read from its parse tree. Conservative: a column it cannot
 * place (a window, a star, a bare column) makes the query record-level.
 */
import { aggregateFunctions } from './allowed-functions';
import type { JsonObject } from './parse-tree';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

/** True when the top-level SELECT node's every output is an aggregate or a grouping key. */
export function aggregatesOutputs(node: JsonObject): boolean {
  if (node.type !== 'SELECT_NODE' || !Array.isArray(node.select_list)) return false;
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
  return anyAggregate && allCovered;
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
