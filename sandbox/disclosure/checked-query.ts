/**
 * Builds the SQL that disclosure control runs for a live model (see live-model-form.ts):
 *
 * - the output query: the operator's SELECT with hidden items appended (each group's key as
 *   text, the HAVING condition, whether each personal aggregate's argument is single-valued in
 *   its cell), with HAVING and LIMIT taken out so that they apply only after suppression;
 * - one lineage query per table alias in FROM, two-level: first per group and subject (the
 *   alias's subject key, or its row when the table has none), then per group: how many distinct
 *   subjects reached the row, how many contributed to each cell (its FILTER and non-NULL
 *   arguments), each sum-like cell's two largest contributions and total, and a bottom-64
 *   sketch and hash sum of each cell's subject set for differencing.
 *
 * Expressions are turned into text by DuckDB's own deserializer (sql-fragments.ts).
 */
import { aggregateFunctions } from '../guard/allowed-functions';
import type { JsonObject } from '../guard/parse-tree';
import type { AggregateCall, AliasInfo, LiveForm } from './live-model-form';
import { quoteIdentifier as quoteName } from '../../masking-rules/compiler/sql-quote';
import type { SqlFragments } from './sql-fragments';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const SKETCH_SIZE = 64;
export const HIDDEN = '__shuyu_';

/** One cell condition: which rows of a group feed an aggregate call. Calls with the same condition share it. */
export type Condition = { index: number; sql: string };
export type CheckedPlan = {
  outputSql: string;
  lineage: { alias: AliasInfo; sql: string; innerSql: string }[];
  groupCount: number;
  conditions: Condition[];
  callCondition: number[];
  singleValued: number[];
  hasHaving: boolean;
  limit: { limitSql: string | null; offsetSql: string | null };
  magnitude: number[];
};

const isObject = (v: Json | undefined): v is JsonObject => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

export async function planCheckedQuery(form: LiveForm, tree: JsonObject, sql: SqlFragments, magnitudeCalls: (c: AggregateCall) => boolean): Promise<CheckedPlan> {
  const node = form.node;
  const groups = resolveGroups(node);
  const groupSql = await Promise.all(groups.map((g) => sql.expressionSql(g)));
  const conditions: Condition[] = [];
  const callCondition: number[] = [];
  for (const call of form.calls) {
    const parts = [call.node.filter ? `coalesce(${await sql.expressionSql(call.node.filter)}, false)` : 'true'];
    for (const arg of Array.isArray(call.node.children) ? call.node.children : []) parts.push(`${await sql.expressionSql(arg)} IS NOT NULL`);
    const text = parts.join(' AND ');
    let found = conditions.find((c) => c.sql === text);
    if (!found) conditions.push((found = { index: conditions.length, sql: text }));
    callCondition.push(found.index);
  }
  const magnitude = form.calls.filter(magnitudeCalls).map((c) => c.index);
  const singleValued = form.calls.filter((c) => c.personalArg && Array.isArray(c.node.children) && c.node.children.length === 1).map((c) => c.index);

  // The output query: hidden items appended, HAVING and LIMIT lifted out.
  const out = structuredClone(tree);
  const outNode = (out.statements as JsonObject[])[0].node as JsonObject;
  const hidden: string[] = groupSql.map((g, i) => `CAST(${g} AS VARCHAR) AS ${HIDDEN}gk${i}`);
  if (outNode.having) hidden.push(`coalesce(${await sql.expressionSql(outNode.having)}, false) AS ${HIDDEN}having`);
  for (const j of singleValued) {
    const call = form.calls[j];
    const arg = await sql.expressionSql((call.node.children as Json[])[0]);
    const cond = conditions[callCondition[j]].sql;
    hidden.push(`(min(${arg}) FILTER (WHERE ${cond}) IS NOT DISTINCT FROM max(${arg}) FILTER (WHERE ${cond})) AS ${HIDDEN}single${j}`);
  }
  if (hidden.length) (outNode.select_list as Json[]).push(...(await sql.selectItems(hidden.join(', '))));
  const hasHaving = Boolean(outNode.having);
  outNode.having = null;
  const limit = { limitSql: null as string | null, offsetSql: null as string | null };
  const modifiers = Array.isArray(outNode.modifiers) ? outNode.modifiers : [];
  for (const m of modifiers) {
    if (isObject(m) && m.type === 'LIMIT_MODIFIER') {
      if (m.limit) limit.limitSql = await sql.expressionSql(m.limit);
      if (m.offset) limit.offsetSql = await sql.expressionSql(m.offset);
    }
  }
  outNode.modifiers = modifiers.filter((m) => isObject(m) && m.type === 'ORDER_MODIFIER');
  const outputSql = await sql.statementSql(out);

  // One two-level lineage query per alias.
  const lineage: CheckedPlan['lineage'] = [];
  for (const alias of form.aliases) {
    const subject = subjectSql(alias);
    const inner = structuredClone(tree);
    const innerNode = (inner.statements as JsonObject[])[0].node as JsonObject;
    const items = [
      ...groupSql.map((g, i) => `CAST(${g} AS VARCHAR) AS ${HIDDEN}gk${i}`),
      `${subject} AS ${HIDDEN}s`,
      ...conditions.map((c) => `bool_or(${c.sql}) AS ${HIDDEN}p${c.index}`),
      ...(await Promise.all(magnitude.map(async (j) => {
        const call = form.calls[j];
        const arg = Array.isArray(call.node.children) && call.node.children.length ? await sql.expressionSql(call.node.children[0]) : '1';
        return `sum(TRY_CAST(${arg} AS DOUBLE)) FILTER (WHERE ${conditions[callCondition[j]].sql}) AS ${HIDDEN}x${j}`;
      }))),
    ];
    innerNode.select_list = await sql.selectItems(items.join(', '));
    innerNode.group_expressions = [...groups, ...(await sql.selectItems(subject))].map((g) => ({ ...(g as JsonObject), alias: '' }));
    innerNode.group_sets = [innerNode.group_expressions.map((_, i) => i)];
    innerNode.aggregate_handling = 'STANDARD_HANDLING';
    innerNode.having = null;
    innerNode.modifiers = [];
    const innerSql = await sql.statementSql(inner);
    const keys = groupSql.map((_, i) => `${HIDDEN}gk${i}`);
    const s = `${HIDDEN}s`;
    const outer = [
      ...keys,
      `count(${s}) AS ${HIDDEN}n`,
      ...conditions.flatMap((c) => [
        `count(${s}) FILTER (WHERE ${HIDDEN}p${c.index}) AS ${HIDDEN}c${c.index}`,
        `CAST(min(${s}, ${SKETCH_SIZE}) FILTER (WHERE ${HIDDEN}p${c.index}) AS VARCHAR[]) AS ${HIDDEN}k${c.index}`,
        `CAST(sum(CAST(${s} AS HUGEINT)) FILTER (WHERE ${HIDDEN}p${c.index}) AS VARCHAR) AS ${HIDDEN}h${c.index}`,
      ]),
      ...magnitude.flatMap((j) => [`max(abs(${HIDDEN}x${j}), 2) AS ${HIDDEN}top${j}`, `sum(abs(${HIDDEN}x${j})) AS ${HIDDEN}tot${j}`]),
    ];
    lineage.push({ alias, innerSql, sql: `SELECT ${outer.join(', ')} FROM (${innerSql}) AS ${HIDDEN}l WHERE ${s} IS NOT NULL${keys.length ? ` GROUP BY ${keys.join(', ')}` : ''}` });
  }
  return { outputSql, lineage, groupCount: groups.length, conditions, callCondition, singleValued, hasHaving, limit, magnitude };
}

/** The subject of each row of an alias: its subject key (or its row), hashed; NULL where an outer join found no row. */
export function subjectSql(alias: AliasInfo): string {
  const a = quoteName(alias.alias);
  const who = alias.subjectKey ? `coalesce(CAST(${a}.${quoteName(alias.subjectKey)} AS VARCHAR), '#' || CAST(${a}.rowid AS VARCHAR))` : `'#' || CAST(${a}.rowid AS VARCHAR)`;
  return `CASE WHEN ${a}.rowid IS NULL THEN NULL ELSE hash(${who}) END`;
}

/** Group expressions with positions, select aliases and GROUP BY ALL resolved to expressions. */
export function resolveGroups(node: JsonObject): Json[] {
  const items = node.select_list as JsonObject[];
  if (node.aggregate_handling === 'FORCE_AGGREGATES') return items.filter((i) => !containsAggregateCall(i)).map((i) => ({ ...i, alias: '' }));
  const groups = Array.isArray(node.group_expressions) ? node.group_expressions : [];
  return groups.map((g) => {
    if (isObject(g) && g.class === 'CONSTANT' && isObject(g.value) && Number.isInteger(Number(g.value.value))) {
      const item = items[Number(g.value.value) - 1];
      if (item) return { ...item, alias: '' };
    }
    if (isObject(g) && g.class === 'COLUMN_REF' && Array.isArray(g.column_names) && g.column_names.length === 1) {
      const item = items.find((i) => typeof i.alias === 'string' && i.alias.toLowerCase() === String((g.column_names as Json[])[0]).toLowerCase());
      if (item && !(item.class === 'COLUMN_REF' && Array.isArray(item.column_names) && String(item.column_names.at(-1)).toLowerCase() === String((g.column_names as Json[])[0]).toLowerCase())) return { ...item, alias: '' };
    }
    return g;
  });
}

function containsAggregateCall(n: Json): boolean {
  if (Array.isArray(n)) return n.some(containsAggregateCall);
  if (!isObject(n)) return false;
  if (n.class === 'FUNCTION' && aggregateFunctions.has(String(n.function_name).toLowerCase())) return true;
  return Object.values(n).some(containsAggregateCall);
}
