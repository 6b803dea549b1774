/**
 * Builds the SQL that disclosure control runs for a live model (see live-model-form.ts):
 *
 * - the output query: the operator's SELECT with hidden items appended (each group's key as
 *   text, the HAVING condition, whether each personal aggregate's argument is single-valued in
 *   its cell), with HAVING and LIMIT taken out so that they apply only after suppression;
 * - per table alias in FROM, the figures of each group: how many distinct subjects reached the
 *   row, how many contributed to each cell (its FILTER and non-NULL arguments), each sum-like
 *   cell's two largest contributions and total, and a bottom-64 sketch and hash sum of each
 *   cell's subject set for differencing. In general these come from a two-level lineage query
 *   (per group and subject, then per group). When FROM is one table whose subjects are unique
 *   (one row per subject), a row is a subject: the figures are plain aggregates appended to the
 *   output query itself, and no second query runs.
 * - per alias, the inner lineage query, kept as text so that a released cell's subject set can
 *   be recomputed later for differencing.
 *
 * A subject is the hash of its subject key or, in a table whose subject key is unique, of its
 * row id (cheaper; within one sandbox a table's subjects are always hashed the same way).
 * Expressions are turned into text by DuckDB's own deserializer (sql-fragments.ts).
 */
import { quoteIdentifier as quoteName } from '../../masking-rules/compiler/sql-quote';
import { aggregateFunctions } from '../guard/allowed-functions';
import type { JsonObject } from '../guard/parse-tree';
import type { AggregateCall, AliasInfo, LiveForm } from './live-model-form';
import type { SqlFragments } from './sql-fragments';
import { ARG_SELECTING } from './statistics';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const SKETCH_SIZE = 64;
export const HIDDEN = '__shuyu_';

/** One cell condition: which rows of a group feed an aggregate call. Calls with the same condition share it. */
export type Condition = { index: number; sql: string };
export type CheckedPlan = {
  outputSql: string;
  /** Per alias: the lineage query to run (null when the output query carries the figures) and its inner query. */
  lineage: { alias: AliasInfo; sql: string | null; innerSql: string }[];
  groupCount: number;
  conditions: Condition[];
  /** Per condition: whether a subject meets it, as an expression over the inner lineage query's columns. */
  presence: string[];
  callCondition: number[];
  singleValued: number[];
  hasHaving: boolean;
  limit: { limitSql: string | null; offsetSql: string | null };
  magnitude: number[];
};

const isObject = (v: Json | undefined): v is JsonObject => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

export async function planCheckedQuery(
  form: LiveForm, tree: JsonObject, sql: SqlFragments, magnitudeCalls: (c: AggregateCall) => boolean, uniqueSubjects: ReadonlySet<string>,
): Promise<CheckedPlan> {
  const groups = resolveGroups(form.node);
  const groupSql = await Promise.all(groups.map((g) => sql.expressionSql(g)));
  const keyItems = groupSql.map((g, i) => `CAST(${g} AS VARCHAR) AS ${HIDDEN}gk${i}`);
  const conditions: Condition[] = [];
  const callCondition: number[] = [];
  for (const call of form.calls) {
    const parts = call.node.filter ? [`coalesce(${await sql.expressionSql(call.node.filter)}, false)`] : [];
    for (const arg of argsOf(call)) if (!isConstant(arg)) parts.push(`${await sql.expressionSql(arg)} IS NOT NULL`);
    const text = parts.length ? parts.join(' AND ') : 'true';
    let found = conditions.find((c) => c.sql === text);
    if (!found) conditions.push((found = { index: conditions.length, sql: text }));
    callCondition.push(found.index);
  }
  const magnitude = form.calls.filter(magnitudeCalls).map((c) => c.index);
  const measured = new Map(await Promise.all(magnitude.map(async (j) => [j, await measuredSql(form.calls[j], sql)] as const)));
  // The first argument that is not a constant (quantile_cont(income, 0.5): income).
  const singleValued = form.calls.filter((c) => c.personalArg && argsOf(c).some((a) => !isConstant(a))).map((c) => c.index);
  const condition = (j: number) => conditions[callCondition[j]].sql;
  const inline = form.aliases.length === 1 && uniqueSubjects.has(form.aliases[0].table);
  const outerJoin = hasOuterJoin(form.node.from_table);

  // The output query: hidden items appended, HAVING and LIMIT lifted out.
  const out = structuredClone(tree);
  const outNode = (out.statements as JsonObject[])[0].node as JsonObject;
  const hidden = [...keyItems];
  if (outNode.having) hidden.push(`coalesce(${await sql.expressionSql(outNode.having)}, false) AS ${HIDDEN}having`);
  for (const j of singleValued) {
    const arg = await sql.expressionSql(argsOf(form.calls[j]).find((a) => !isConstant(a)) as Json);
    hidden.push(`(min(${arg})${filterOf(condition(j))} IS NOT DISTINCT FROM max(${arg})${filterOf(condition(j))}) AS ${HIDDEN}single${j}`);
  }
  if (inline) {
    // One row per subject: the group's figures are plain aggregates over its rows.
    const s = subjectSql(form.aliases[0], uniqueSubjects, false);
    hidden.push(`count(${s}) AS ${HIDDEN}n`, ...conditions.flatMap((c) => figureItems(s, c)));
    for (const j of magnitude) {
      const { raw, weighed } = measured.get(j) as { raw: string; weighed: string };
      const x = `abs(${weighed})`;
      hidden.push(`max(${x}, 2)${filterOf(condition(j))} AS ${HIDDEN}top${j}`, `sum(${x})${filterOf(condition(j))} AS ${HIDDEN}tot${j}`);
      hidden.push(`count(${raw}) FILTER (WHERE ${condition(j)} AND ${weighed} IS NULL) AS ${HIDDEN}nn${j}`);
    }
  }
  (outNode.select_list as Json[]).push(...(await sql.selectItems(hidden.join(', '))));
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

  // Per alias: the two-level lineage (per group and subject, then per group). Whether a subject
  // meets a cell's condition needs no aggregate of its own when every row does ('true'), or when
  // a magnitude cell sums under that condition: its sum is non-NULL exactly then.
  const presence = new Map<number, string>();
  for (const c of conditions) {
    // Only a sum or mean is sure to have a number wherever its argument is not NULL.
    const summed = magnitude.find((j) => callCondition[j] === c.index && form.calls[j].sumLike);
    if (c.sql === 'true') presence.set(c.index, 'true');
    else if (summed !== undefined) presence.set(c.index, `${HIDDEN}x${summed} IS NOT NULL`);
  }
  const lineage: CheckedPlan['lineage'] = [];
  for (const alias of form.aliases) {
    const subject = subjectSql(alias, uniqueSubjects, outerJoin);
    const inner = structuredClone(tree);
    const innerNode = (inner.statements as JsonObject[])[0].node as JsonObject;
    const items = [
      ...keyItems,
      `${subject} AS ${HIDDEN}s`,
      ...conditions.filter((c) => presence.get(c.index) === undefined).map((c) => `bool_or(${c.sql}) AS ${HIDDEN}p${c.index}`),
      ...magnitude.flatMap((j) => {
        const { raw, weighed } = measured.get(j) as { raw: string; weighed: string };
        return [`sum(${weighed})${filterOf(condition(j))} AS ${HIDDEN}x${j}`, `count(${raw}) FILTER (WHERE ${condition(j)} AND ${weighed} IS NULL) AS ${HIDDEN}nn${j}`];
      }),
    ];
    innerNode.select_list = await sql.selectItems(items.join(', '));
    innerNode.group_expressions = [...groups, ...(await sql.selectItems(subject))].map((g) => ({ ...(g as JsonObject), alias: '' }));
    innerNode.group_sets = [innerNode.group_expressions.map((_, i) => i)];
    innerNode.aggregate_handling = 'STANDARD_HANDLING';
    innerNode.having = null;
    innerNode.modifiers = [];
    const innerSql = await sql.statementSql(inner);
    if (inline) {
      lineage.push({ alias, innerSql, sql: null });
      continue;
    }
    const keys = groupSql.map((_, i) => `${HIDDEN}gk${i}`);
    const s = `${HIDDEN}s`;
    const outer = [
      ...keys,
      `count(${s}) AS ${HIDDEN}n`,
      ...conditions.flatMap((c) => figureItems(s, { index: c.index, sql: presence.get(c.index) ?? `${HIDDEN}p${c.index}` })),
      ...magnitude.flatMap((j) => [`max(abs(${HIDDEN}x${j}), 2) AS ${HIDDEN}top${j}`, `sum(abs(${HIDDEN}x${j})) AS ${HIDDEN}tot${j}`, `sum(${HIDDEN}nn${j}) AS ${HIDDEN}nn${j}`]),
    ];
    lineage.push({ alias, innerSql, sql: `SELECT ${outer.join(', ')} FROM (${innerSql}) AS ${HIDDEN}l WHERE ${s} IS NOT NULL${keys.length ? ` GROUP BY ${keys.join(', ')}` : ''}` });
  }
  return {
    outputSql, lineage, groupCount: groups.length, conditions, callCondition, singleValued, hasHaving, limit, magnitude,
    presence: conditions.map((c) => presence.get(c.index) ?? `${HIDDEN}p${c.index}`),
  };
}

/** A cell condition's contributors, sketch and hash sum over subject hashes `s`. */
function figureItems(s: string, c: Condition): string[] {
  const where = filterOf(c.sql);
  return [
    `count(${s})${where} AS ${HIDDEN}c${c.index}`,
    `CAST(min(${s}, ${SKETCH_SIZE})${where} AS VARCHAR[]) AS ${HIDDEN}k${c.index}`,
    `CAST(sum(CAST(${s} AS HUGEINT))${where} AS VARCHAR) AS ${HIDDEN}h${c.index}`,
  ];
}

/** A FILTER clause for a condition; none for the condition that every row meets. */
function filterOf(condition: string): string {
  return condition === 'true' ? '' : ` FILTER (WHERE ${condition})`;
}

function isConstant(n: Json): boolean {
  return isObject(n) && n.class === 'CONSTANT';
}

function argsOf(call: AggregateCall): Json[] {
  return Array.isArray(call.node.children) ? call.node.children : [];
}

/**
 * What a magnitude check weighs: the argument; for arg_max(x, income) the income that picks the
 * row; for a spread statistic the argument's square (an outlier dominates a variance). `raw` is
 * the value before it is weighed, to find values that are no number at all.
 */
async function measuredSql(call: AggregateCall, sql: SqlFragments): Promise<{ raw: string; weighed: string }> {
  const args = argsOf(call);
  const measured = ARG_SELECTING.has(call.name) ? args[1] : args[0];
  if (measured === undefined) return { raw: '1', weighed: '1' };
  const raw = await sql.expressionSql(measured);
  const value = `TRY_CAST(${raw} AS DOUBLE)`;
  return { raw, weighed: call.spread ? `(${value} * ${value})` : value };
}

/**
 * The subject of each row of an alias, hashed: its row in a table with one row per subject,
 * else its subject key (its row where the key is NULL, or where the table has none). Under an
 * outer join, NULL where the join found no row of the alias.
 */
export function subjectSql(alias: AliasInfo, uniqueSubjects: ReadonlySet<string>, outerJoin: boolean): string {
  const a = quoteName(alias.alias);
  const row = `hash(${a}.rowid)`;
  const key = alias.subjectKey === null ? null : `${a}.${quoteName(alias.subjectKey)}`;
  const subject = uniqueSubjects.has(alias.table) || key === null ? row : `CASE WHEN ${key} IS NULL THEN ${row} ELSE hash(${key}) END`;
  return outerJoin ? `CASE WHEN ${a}.rowid IS NULL THEN NULL ELSE ${subject} END` : subject;
}

/** Whether FROM joins any table on an outer side (LEFT, RIGHT or FULL). */
function hasOuterJoin(ref: Json | undefined): boolean {
  if (!isObject(ref) || ref.type !== 'JOIN') return false;
  return (typeof ref.join_type === 'string' && ref.join_type !== 'INNER') || hasOuterJoin(ref.left) || hasOuterJoin(ref.right);
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
      const name = String(g.column_names[0]).toLowerCase();
      const item = items.find((i) => typeof i.alias === 'string' && i.alias.toLowerCase() === name);
      if (item && !(item.class === 'COLUMN_REF' && Array.isArray(item.column_names) && String(item.column_names.at(-1)).toLowerCase() === name)) return { ...item, alias: '' };
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
