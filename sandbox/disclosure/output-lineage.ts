/**
 * Lineage of a SELECT, read from its parse tree: which sandbox tables it reads, which source
 * columns (`table.column`) each output column's values come from, and what every column reference
 * in the tree binds to. Names resolve the way DuckDB binds them: a qualifier names a FROM alias
 * (or the table itself when it has none); an unqualified name binds to the FROM entry that has the
 * column (both sides' for a USING or NATURAL join column), else to an earlier select alias, else
 * to an enclosing query (a correlated subquery); CTEs and subqueries pass their outputs on under
 * their own or renamed names (`WITH r(pid) AS …`, `AS x(a, b)`), and set operations merge their
 * sides position by position. A value flows into an output through scalar functions, CASE and
 * casts; what a count counts and what a FILTER tests do not flow. Where a name could bind to more
 * than one place (an ambiguous name, or GROUP BY and ORDER BY, which also see select aliases),
 * every candidate is kept: callers that judge sensitivity must never under-report.
 */
import type { JsonObject } from '../guard/parse-tree';
import { lowerName, isJsonObject, type Json } from './parse-tree-json';
import { COUNTING } from './statistics';

/** A column of a sandbox table; `table` is lower-case, `column` as the table spells it. */
export type SourceColumn = { table: string; column: string };
export type OutputLineage = { name: string; sources: SourceColumn[] };
export type StatementLineage = {
  /** Sandbox tables read anywhere in the statement (CTE names excluded), lower-case, in order of appearance. */
  tables: string[];
  /** The top-level SELECT's output columns with the source columns their values come from. */
  outputs: OutputLineage[];
  /** What each COLUMN_REF node binds to; a node that binds to nothing known is absent. */
  refs: Map<JsonObject, SourceColumn[]>;
};
/** The columns of a sandbox table (lower-case name), or undefined when it is not one. */
export type TableColumns = (table: string) => readonly string[] | undefined;

type Col = { name: string; sources: SourceColumn[] };
/** One entry of a FROM: its alias and its columns by lower-case name (null: not known). */
type Binding = { alias: string; columns: Map<string, Col> | null };
type Scope = { bindings: Binding[]; merged: Map<string, Col>; aliases: Map<string, Col>; parent: Scope | null; ctes: Map<string, Col[]>; late: boolean };

export function statementLineage(tree: JsonObject, columnsOf: TableColumns): StatementLineage {
  const tables: string[] = [];
  const refs = new Map<JsonObject, SourceColumn[]>();
  const statement = Array.isArray(tree.statements) && isJsonObject(tree.statements[0]) ? tree.statements[0] : null;
  const node = statement && isJsonObject(statement.node) ? statement.node : null;

  const unique = (sources: SourceColumn[]): SourceColumn[] =>
    sources.filter((s, i) => sources.findIndex((t) => t.table === s.table && t.column === s.column) === i);
  const byName = (cols: Col[]): Map<string, Col> => {
    const map = new Map<string, Col>();
    for (const c of cols) {
      const known = map.get(lowerName(c.name));
      map.set(lowerName(c.name), known ? { name: c.name, sources: unique([...known.sources, ...c.sources]) } : c);
    }
    return map;
  };
  const renamed = (cols: Col[], names: Json | undefined): Col[] =>
    cols.map((c, i) => (Array.isArray(names) && typeof names[i] === 'string' ? { ...c, name: names[i] } : c));

  /** The output columns of a query node under the CTEs in scope. */
  const queryOutputs = (q: Json | undefined, ctes: Map<string, Col[]>, parent: Scope | null): Col[] => {
    if (!isJsonObject(q)) return [];
    const visible = new Map(ctes);
    if (isJsonObject(q.cte_map) && Array.isArray(q.cte_map.map)) {
      for (const entry of q.cte_map.map) {
        if (!isJsonObject(entry) || !isJsonObject(entry.value) || !isJsonObject(entry.value.query)) continue;
        const body = queryOutputs(entry.value.query.node, visible, parent);
        visible.set(lowerName(entry.key), renamed(body, entry.value.aliases));
      }
    }
    if (q.type === 'SET_OPERATION_NODE') {
      const left = queryOutputs(q.left, visible, parent);
      const right = queryOutputs(q.right, visible, parent);
      return left.map((c, i) => ({ name: c.name, sources: unique([...c.sources, ...(right[i]?.sources ?? [])]) }));
    }
    if (q.type !== 'SELECT_NODE') return [];
    const scope: Scope = { bindings: [], merged: new Map(), aliases: new Map(), parent, ctes: visible, late: false };
    fromEntries(q.from_table, scope);
    const outputs: Col[] = [];
    for (const item of Array.isArray(q.select_list) ? q.select_list : []) {
      if (!isJsonObject(item)) continue;
      if (item.class === 'STAR') {
        outputs.push(...starColumns(item, scope));
        continue;
      }
      const col = { name: outputName(item), sources: unique(flow(item, scope)) };
      outputs.push(col);
      if (typeof item.alias === 'string' && item.alias !== '') scope.aliases.set(lowerName(item.alias), col);
    }
    flow(q.where_clause, scope);
    // GROUP BY, HAVING, QUALIFY and ORDER BY also see the select aliases.
    const late: Scope = { ...scope, late: true };
    for (const part of [q.group_expressions, q.having, q.qualify, q.modifiers]) flow(part, late);
    return outputs;
  };

  /** Adds the bindings of one FROM entry (and resolves its join conditions). */
  const fromEntries = (ref: Json | undefined, scope: Scope): void => {
    if (!isJsonObject(ref)) return;
    if (ref.type === 'JOIN') {
      fromEntries(ref.left, scope);
      const leftCount = scope.bindings.length;
      fromEntries(ref.right, scope);
      const shared = ref.ref_type === 'NATURAL' ? sharedNames(scope.bindings.slice(0, leftCount), scope.bindings.slice(leftCount)) : [];
      for (const name of [...(Array.isArray(ref.using_columns) ? ref.using_columns : []), ...shared]) {
        const lower = lowerName(name);
        const sources = scope.bindings.flatMap((b) => b.columns?.get(lower)?.sources ?? []);
        scope.merged.set(lower, { name: String(name), sources: unique([...(scope.merged.get(lower)?.sources ?? []), ...sources]) });
      }
      flow(ref.condition, scope);
      return;
    }
    const alias = typeof ref.alias === 'string' && ref.alias !== '' ? ref.alias : String(ref.table_name ?? '');
    if (ref.type === 'BASE_TABLE') {
      const table = lowerName(ref.table_name);
      const unqualified = !ref.schema_name && !ref.catalog_name;
      const cte = unqualified ? scope.ctes.get(table) ?? lookupCte(scope, table) : undefined;
      if (cte) return void scope.bindings.push({ alias, columns: byName(renamed(cte, ref.column_name_alias)) });
      if (!tables.includes(table)) tables.push(table);
      const known = columnsOf(table);
      const cols = known?.map((column) => ({ name: column, sources: [{ table, column }] }));
      scope.bindings.push({ alias, columns: cols ? byName(renamed(cols, ref.column_name_alias)) : null });
    } else if (ref.type === 'SUBQUERY' && isJsonObject(ref.subquery)) {
      const cols = queryOutputs(ref.subquery.node, scope.ctes, scope.parent);
      scope.bindings.push({ alias, columns: byName(renamed(cols, ref.column_name_alias)) });
    } else if (ref.type !== 'EMPTY') {
      flow(ref, scope);
      scope.bindings.push({ alias, columns: null });
    }
  };

  /** The source columns whose values flow into an expression; records every reference on the way. */
  const flow = (n: Json | undefined, scope: Scope): SourceColumn[] => {
    if (Array.isArray(n)) return n.flatMap((x) => flow(x, scope));
    if (!isJsonObject(n)) return [];
    if (n.class === 'COLUMN_REF' && Array.isArray(n.column_names)) {
      const sources = resolve(n.column_names.map(String), scope);
      if (sources !== undefined) refs.set(n, sources);
      return sources ?? [];
    }
    if (n.class === 'SUBQUERY' && isJsonObject(n.subquery)) {
      const cols = queryOutputs(n.subquery.node, scope.ctes, scope);
      const tested = flow(n.child, scope);
      return n.subquery_type === 'SCALAR' ? [...(cols[0]?.sources ?? []), ...tested] : [];
    }
    const counted = n.class === 'FUNCTION' && COUNTING.has(lowerName(n.function_name));
    const found: SourceColumn[] = [];
    for (const [key, value] of Object.entries(n)) {
      if (key === 'value' && n.class === 'CONSTANT') continue;
      const sources = flow(value, scope);
      if (!counted && !(n.class === 'FUNCTION' && key === 'filter')) found.push(...sources);
    }
    return found;
  };

  const resolve = (names: string[], scope: Scope): SourceColumn[] | undefined => {
    const column = lowerName(names[names.length - 1]);
    if (names.length >= 2) {
      const qualifier = lowerName(names[names.length - 2]);
      for (let s: Scope | null = scope; s; s = s.parent) {
        const binding = s.bindings.find((b) => lowerName(b.alias) === qualifier);
        if (binding) return binding.columns?.get(column)?.sources;
      }
      // A struct field (`address.city`): the column is the first name.
      return resolve([names[0]], scope);
    }
    for (let s: Scope | null = scope; s; s = s.parent) {
      const merged = s.merged.get(column);
      const found = merged ? [merged] : s.bindings.flatMap((b) => (b.columns?.get(column) ? [b.columns.get(column) as Col] : []));
      const alias = s.aliases.get(column);
      if (found.length && !(s.late && alias)) return unique(found.flatMap((c) => c.sources));
      if (alias) return unique([...found.flatMap((c) => c.sources), ...alias.sources]);
      if (s.bindings.some((b) => b.columns === null)) return undefined;
    }
    return undefined;
  };

  const outputs = queryOutputs(node, new Map(), null).map((c) => ({ name: c.name, sources: c.sources }));
  return { tables, outputs, refs };
}

function lookupCte(scope: Scope, table: string): Col[] | undefined {
  for (let s: Scope | null = scope.parent; s; s = s.parent) if (s.ctes.has(table)) return s.ctes.get(table);
  return undefined;
}

/** The column names both sides of a NATURAL join have. */
function sharedNames(left: Binding[], right: Binding[]): string[] {
  const names = (side: Binding[]) => new Set(side.flatMap((b) => [...(b.columns?.keys() ?? [])]));
  const r = names(right);
  return [...names(left)].filter((n) => r.has(n));
}

/** `*` or `alias.*` (EXCLUDE honoured): the columns of the FROM entries it names. */
function starColumns(star: JsonObject, scope: Scope): Col[] {
  const relation = typeof star.relation_name === 'string' && star.relation_name !== '' ? lowerName(star.relation_name) : null;
  const excluded = new Set((Array.isArray(star.exclude_list) ? star.exclude_list : []).map((e) => lowerName(Array.isArray(e) ? e.at(-1) : isJsonObject(e) && Array.isArray(e.column_names) ? e.column_names.at(-1) : e)));
  return scope.bindings
    .filter((b) => relation === null || lowerName(b.alias) === relation)
    .flatMap((b) => [...(b.columns?.values() ?? [])])
    .filter((c) => !excluded.has(lowerName(c.name)));
}

/** The name DuckDB gives an output column: its alias, a column's own name, else the expression. */
function outputName(item: JsonObject): string {
  if (typeof item.alias === 'string' && item.alias !== '') return item.alias;
  if (item.class === 'COLUMN_REF' && Array.isArray(item.column_names)) return String(item.column_names.at(-1));
  return String(item.function_name ?? item.class ?? '');
}
