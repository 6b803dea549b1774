/**
 * Walks DuckDB's `json_serialize_sql` tree of a SELECT and reports what it refers to:
 * functions, table references (with catalog and schema), CTE names, and anything the guard
 * does not know how to judge. Unknown node kinds are reported, never ignored.
 */
/** A table reference; `cte` is true when it names a CTE in scope at that point of the query. */
export type TableRef = { catalog: string; schema: string; table: string; cte: boolean };

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

/**
 * CTE scope follows DuckDB: a CTE's body sees the CTEs defined before it in the same WITH (never
 * itself: a name inside its own body means the catalog object), and the rest of the query sees
 * them all. Only CONSTANT nodes have a `value` that is data; everywhere else (CTE bodies,
 * REPLACE lists) `value` holds query structure and is walked.
 */
export function collectFacts(tree: JsonObject): TreeFacts {
  const facts: TreeFacts = { functions: [], qualifiedFunctions: [], tables: [], cteNames: [], refused: [] };
  const visit = (node: Json, scope: ReadonlySet<string>): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, scope));
    if (!isObject(node)) return;
    const type = typeof node.type === 'string' ? node.type : undefined;
    const cls = typeof node.class === 'string' ? node.class : undefined;
    if (cls !== undefined && !ALLOWED_EXPRESSIONS.has(cls)) facts.refused.push(`expression ${cls}`);
    if (cls === undefined && type !== undefined && 'modifiers' in node && !ALLOWED_QUERY_NODES.has(type)) facts.refused.push(`query node ${type}`);
    if (cls === undefined && type !== undefined && !('modifiers' in node) && 'alias' in node) {
      if (!ALLOWED_TABLE_REFS.has(type)) facts.refused.push(type === 'TABLE_FUNCTION' ? `table function ${functionName(node.function)}` : `table reference ${type}`);
      if (type === 'BASE_TABLE') {
        const ref = { catalog: String(node.catalog_name ?? ''), schema: String(node.schema_name ?? ''), table: String(node.table_name ?? '') };
        facts.tables.push({ ...ref, cte: ref.catalog === '' && ref.schema === '' && scope.has(ref.table.toLowerCase()) });
        if (node.at_clause !== null && node.at_clause !== undefined) facts.refused.push('time travel (AT clause)');
      }
    }
    if (typeof node.function_name === 'string') {
      facts.functions.push(node.function_name.toLowerCase());
      if ((node.schema ?? '') !== '' || (node.catalog ?? '') !== '') facts.qualifiedFunctions.push(node.function_name);
    }
    let inner = scope;
    if (isObject(node.cte_map) && Array.isArray(node.cte_map.map)) {
      const visible = new Set(scope);
      for (const entry of node.cte_map.map) {
        if (!isObject(entry) || typeof entry.key !== 'string') continue;
        visit(entry.value ?? null, new Set(visible));
        visible.add(entry.key.toLowerCase());
        facts.cteNames.push(entry.key.toLowerCase());
      }
      inner = visible;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'cte_map' || (key === 'value' && cls === 'CONSTANT')) continue;
      visit(value, inner);
    }
  };
  visit(tree, new Set());
  return facts;
}

function functionName(node: Json | undefined): string {
  return isObject(node ?? null) && typeof (node as JsonObject).function_name === 'string' ? String((node as JsonObject).function_name) : 'call';
}

export type { JsonObject };
