/**
 * Walks DuckDB's `json_serialize_sql` tree of a SELECT and reports what it refers to:
 * functions, table references (with catalog and schema), CTE names, and anything the guard
 * does not know how to judge. Unknown node kinds are reported, never ignored.
 */
export type TableRef = { catalog: string; schema: string; table: string };

export type TreeFacts = {
  functions: string[];
  /** Functions called with a schema or catalog qualifier (e.g. main.f): refused. */
  qualifiedFunctions: string[];
  tables: TableRef[];
  cteNames: string[];
  refused: string[];
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ALLOWED_TABLE_REFS = new Set(['BASE_TABLE', 'JOIN', 'SUBQUERY', 'EMPTY', 'EXPRESSION_LIST']);
const ALLOWED_QUERY_NODES = new Set(['SELECT_NODE', 'SET_OPERATION_NODE']);
const ALLOWED_EXPRESSIONS = new Set([
  'FUNCTION', 'WINDOW', 'COLUMN_REF', 'CONSTANT', 'COMPARISON', 'CONJUNCTION', 'OPERATOR', 'CASE', 'CAST', 'SUBQUERY', 'STAR', 'BETWEEN', 'PARAMETER', 'POSITIONAL_REFERENCE', 'COLLATE',
]);

function isObject(value: Json): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function collectFacts(tree: JsonObject): TreeFacts {
  const facts: TreeFacts = { functions: [], qualifiedFunctions: [], tables: [], cteNames: [], refused: [] };
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const type = typeof node.type === 'string' ? node.type : undefined;
    const cls = typeof node.class === 'string' ? node.class : undefined;
    if (cls !== undefined && !ALLOWED_EXPRESSIONS.has(cls)) facts.refused.push(`expression ${cls}`);
    if (cls === undefined && type !== undefined && 'modifiers' in node && !ALLOWED_QUERY_NODES.has(type)) facts.refused.push(`query node ${type}`);
    if (cls === undefined && type !== undefined && !('modifiers' in node) && 'alias' in node) {
      if (!ALLOWED_TABLE_REFS.has(type)) facts.refused.push(type === 'TABLE_FUNCTION' ? `table function ${functionName(node.function)}` : `table reference ${type}`);
      if (type === 'BASE_TABLE') {
        facts.tables.push({ catalog: String(node.catalog_name ?? ''), schema: String(node.schema_name ?? ''), table: String(node.table_name ?? '') });
        if (node.at_clause !== null && node.at_clause !== undefined) facts.refused.push('time travel (AT clause)');
      }
    }
    if (typeof node.function_name === 'string') {
      facts.functions.push(node.function_name.toLowerCase());
      if ((node.schema ?? '') !== '' || (node.catalog ?? '') !== '') facts.qualifiedFunctions.push(node.function_name);
    }
    if (isObject(node.cte_map) && Array.isArray(node.cte_map.map)) {
      for (const entry of node.cte_map.map) if (isObject(entry) && typeof entry.key === 'string') facts.cteNames.push(entry.key.toLowerCase());
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'value') visit(value);
  };
  visit(tree);
  return facts;
}

function functionName(node: Json | undefined): string {
  return isObject(node ?? null) && typeof (node as JsonObject).function_name === 'string' ? String((node as JsonObject).function_name) : 'call';
}

export type { JsonObject };
