/**
 * Disclosure control (结果审核, automatic part) for one run of an approved model on `live`.
 *
 * 1. Form: the model must be one SELECT over sandbox tables joined in FROM (live-model-form.ts);
 *    record-level output (no aggregation, exploded values, nested output types) and unsafe
 *    statistics run only with the review's explicit grant. Checked again here, at run time.
 * 2. Threshold: per output row, every table alias in FROM contributes its own distinct subjects;
 *    a row that any of them reached with fewer than k subjects is suppressed.
 * 3. Cells: each aggregate needs k contributing subjects (its FILTER and non-NULL arguments);
 *    sum-like cells face n-k dominance and the p-ratio rule; single-valued personal arguments and
 *    conditions met by every subject are class disclosure. A failing cell is suppressed (NULL);
 *    a failing HAVING or ORDER BY aggregate suppresses its row. HAVING and LIMIT apply after.
 * 4. Differencing against earlier released cells and within the output (differencing.ts).
 * 5. Scans: identifier-looking values anywhere (nested values too), pseudonyms and direct
 *    identifiers of the sandbox, and the share of suppressed rows.
 * Everything is kept for the reviewer's airlock: all rows, the suppressed ones marked, and each
 * cell's figures.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { QueryTimeoutError, type ResultColumn } from '../engine/run-query';
import type { StatementRunner } from '../worker/sandbox-statements';
import type { JsonObject } from '../guard/parse-tree';
import { complementFails, contributorsFail, quantileFails, dominanceFails, groupFails, pRatioFails, type DisclosureSettings } from './cell-checks';
import { HIDDEN, planCheckedQuery, SKETCH_SIZE, type CheckedPlan } from './checked-query';
import { findDifferencingPairs, type DifferencingPair, type ReleasedCell } from './differencing';
import { findTrackers } from './trackers';
import { inlineParameters } from './inline-parameters';
import { liveModelForm, type LiveForm, type TableProfile } from './live-model-form';
import { outputScans, runRecordLevel } from './output-scans';
import { SqlFragments } from './sql-fragments';
import { NESTED_TYPE } from './statistics';
import { quoteLiteral } from '../../masking-rules/compiler/sql-quote';

export type DisclosureCheck = { name: string; passed: boolean; message: string };
export type CellDiagnostic = { column: string; contributors: number[]; reasons: string[]; differencing?: DifferencingPair };
export type RowDiagnostic = { values: unknown[]; suppressed: boolean; reasons: string[]; subjects: Record<string, number>; cells: CellDiagnostic[] };
export type DisclosureResult = {
  columns: ResultColumn[]; rows: unknown[][]; suppressedRows: number; checks: DisclosureCheck[]; blocked: boolean;
  review: RowDiagnostic[]; cells: ReleasedCell[]; pairs: DifferencingPair[];
};

export type DisclosureInput = {
  /** Statements on the sandbox's live tier (a worker); `parser` reads and writes SQL trees. */
  db: StatementRunner; parser: DuckDBConnection; params: Record<string, DuckDBValue>; tree: JsonObject; sourceId: string;
  tables: Map<string, TableProfile>; sensitiveColumns: { table: string; column: string }[];
  settings: DisclosureSettings; grants: { recordLevel: boolean; unsafeStatistics: boolean };
  earlier: ReleasedCell[]; timeoutMs: number; maxRows: number;
  /** The tables with one row per subject (unique-subjects.ts), kept by the caller for the sandbox's lifetime. */
  uniqueSubjects: (db: StatementRunner) => Promise<ReadonlySet<string>>;
};

const blockedResult = (checks: DisclosureCheck[]): DisclosureResult => ({ columns: [], rows: [], suppressedRows: 0, checks, blocked: true, review: [], cells: [], pairs: [] });

export async function applyDisclosure(given: DisclosureInput): Promise<DisclosureResult> {
  // One deadline for all of the run's statements: each gets what is left of the timeout.
  const deadline = Date.now() + given.timeoutMs;
  const input: DisclosureInput = { ...given, get timeoutMs() { return Math.max(1, deadline - Date.now()); } };
  return checkedRun(input).catch((error: unknown) => {
    throw error instanceof QueryTimeoutError ? new QueryTimeoutError(given.timeoutMs) : error;
  });
}

async function checkedRun(input: DisclosureInput): Promise<DisclosureResult> {
  const fragments = new SqlFragments(input.parser);
  // Parameters become constants first, so that every checked query built from the form stands alone.
  const tree = await inlineParameters(input.tree, input.params, fragments);
  const form = liveModelForm(tree, input.tables);
  const checks = formChecks(form, input.grants);
  if (checks.some((c) => !c.passed)) return blockedResult(checks);
  if (form.recordLevel.length) return runRecordLevel(input, await fragments.statementSql(tree), checks, form.outputs);

  const plan = await planCheckedQuery(form, tree, fragments, (c) => c.sumLike || c.unsafe || c.spread, await input.uniqueSubjects(input.db));
  const limits = { get timeoutMs() { return input.timeoutMs; }, maxRows: input.maxRows };
  const output = await input.db.query(plan.outputSql, limits);
  const visible = output.columns.length - hiddenCount(output.columns);
  const columns = output.columns.slice(0, visible);
  const nested = columns.filter((c) => NESTED_TYPE.test(c.type));
  if (nested.length && !input.grants.recordLevel) {
    checks.push({ name: 'record_level', passed: false, message: `output column(s) ${nested.map((c) => c.name).join(', ')} hold lists, structs or maps (records in disguise); record-level output needs the review's grant` });
    return blockedResult(checks);
  }
  // One statement at a time: a connection streams one result.
  const lineage: (Map<string, Record<string, unknown>> | null)[] = [];
  for (const l of plan.lineage) lineage.push(l.sql === null ? null : indexByKey(await input.db.query(l.sql, { timeoutMs: limits.timeoutMs, maxRows: limits.maxRows * 4 }), plan.groupCount));

  const k = input.settings.kMin;
  const review: RowDiagnostic[] = [];
  const candidates: { row: RowDiagnostic; cell: CellDiagnostic; set: ReleasedCell }[] = [];
  for (const raw of output.rows) {
    const key = JSON.stringify(raw.slice(visible, visible + plan.groupCount));
    const hidden = Object.fromEntries(output.columns.slice(visible).map((c, i) => [c.name, raw[visible + i]]));
    if (plan.hasHaving && hidden[`${HIDDEN}having`] !== true) continue;
    // A lineage of null: the output query carries the alias's figures among its hidden items.
    const figures = lineage.map((l) => (l === null ? hidden : l.get(key) ?? {}));
    const reached = figures.map((f) => Number(f[`${HIDDEN}n`] ?? 0));
    const row: RowDiagnostic = { values: raw.slice(0, visible), suppressed: false, reasons: [], subjects: Object.fromEntries(form.aliases.map((a, i) => [a.alias, reached[i]])), cells: [] };
    if (groupFails(reached, k)) row.reasons.push(`fewer than ${k} subjects reached this row`);
    const callReasons = form.calls.map((call) => cellReasons(call.index, plan, figures, reached, hidden, input.settings, form));
    form.calls.forEach((call, j) => {
      if (call.place !== 'select' && callReasons[j].length) row.reasons.push(`${call.place.toUpperCase()} uses ${call.name}(): ${callReasons[j].join('; ')}`);
    });
    row.suppressed = row.reasons.length > 0;
    columns.forEach((column, c) => {
      const calls = form.calls.filter((call) => call.place === 'select' && call.item === c);
      const reasons = calls.flatMap((call) => callReasons[call.index]);
      const contributors = calls.length ? figures.map((f) => Math.min(...calls.map((call) => Number(f[`${HIDDEN}c${plan.callCondition[call.index]}`] ?? 0)))) : reached;
      const cell: CellDiagnostic = { column: column.name, contributors, reasons };
      row.cells.push(cell);
      if (!row.suppressed && calls.length && !reasons.length) {
        // One subject set per alias and distinct condition of the cell's aggregates.
        for (const d of new Set(calls.map((call) => plan.callCondition[call.index]))) {
          form.aliases.forEach((alias, a) => {
            const f = figures[a];
            if (reached[a] === 0) return;
            candidates.push({ row, cell, set: {
              sourceId: input.sourceId, cell: `${review.length}:${column.name}:${alias.alias}:${d}`, table: alias.table, subjects: Number(f[`${HIDDEN}c${d}`] ?? 0),
              hashSum: String(f[`${HIDDEN}h${d}`] ?? ''), sketch: ((f[`${HIDDEN}k${d}`] as string[] | null) ?? []).map((h) => BigInt(h)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
              lineage: subjectSetSql(plan.lineage[a].innerSql, JSON.parse(key) as (string | null)[], plan.presence[d]),
            } });
          });
        }
      }
    });
    review.push(row);
  }

  const pairs = await findDifferencingPairs(input.db, candidates.map((c) => c.set), input.earlier, k, SKETCH_SIZE, { timeoutMs: input.timeoutMs, maxExact: 200 });
  for (const candidate of candidates) {
    const pair = pairs.get(candidate.set);
    if (pair) {
      candidate.cell.reasons.push(`differs by ${pair.difference} subject(s) from cell ${pair.earlier.cell} of ${pair.earlier.sourceId}`);
      candidate.cell.differencing = pair;
    }
  }
  const unpaired = candidates.filter((c) => !c.cell.reasons.length);
  const trackers = await findTrackers(input.db, unpaired.map((c) => c.set), input.earlier, k, SKETCH_SIZE, { timeoutMs: input.timeoutMs, maxExact: 50 });
  for (const candidate of unpaired) {
    const tracker = trackers.get(candidate.set);
    if (tracker) candidate.cell.reasons.push(`with ${tracker.pieces.map((p) => `cell ${p.cell} of ${p.sourceId}`).join(', ')} inside cell ${tracker.whole.cell} of ${tracker.whole.sourceId}, it leaves ${tracker.residue} subject(s): a tracker${tracker.residue === 0 ? ' (this cell is their sum; add them up)' : ''}`);
  }
  // A row ranked by an aggregate would show a held cell through its place in the order.
  if (form.orderedByAggregate) {
    for (const row of review) {
      if (!row.suppressed && row.cells.some((c) => c.reasons.length && form.calls.some((call) => call.place === 'select' && columns[call.item]?.name === c.column))) {
        row.suppressed = true;
        row.reasons.push('ordered by an aggregate, its place would show a held cell');
      }
    }
  }
  const kept = applyLimit(review.filter((r) => !r.suppressed), await limitOf(input.db, plan, limits));
  // Only what leaves counts as released: rows past LIMIT are not.
  const leaving = new Set(kept);
  const cells = candidates.filter((c) => !c.cell.reasons.length && leaving.has(c.row)).map((c) => c.set);
  const rows = kept.map((r) => r.values.map((v, i) => (r.cells[i].reasons.length ? null : v)));
  const suppressedRows = review.filter((r) => r.suppressed).length;
  const suppressedCells = review.reduce((n, r) => n + (r.suppressed ? 0 : r.cells.filter((c) => c.reasons.length).length), 0);
  checks.push({ name: 'min_group_size', passed: true, message: `every released row stands for at least ${k} distinct subjects of every table that reached it; ${suppressedRows} row(s) suppressed` });
  checks.push({ name: 'cell_checks', passed: true, message: `contributors ≥ ${k}, dominance (2, ${Math.round(input.settings.dominanceShare * 100)}%), p-ratio ${Math.round(input.settings.pRatio * 100)}%, class disclosure: ${suppressedCells} cell(s) suppressed` });
  checks.push({ name: 'differencing', passed: true, message: `${pairs.size} cell(s) differ by fewer than ${k} subjects from an earlier released cell or another cell, and ${trackers.size} complete a tracker (released cells inside another that leave fewer than ${k}); all were suppressed` });
  checks.push(...(await outputScans(input, columns, rows, form.outputs)));
  const total = rows.length + suppressedRows;
  const share = total === 0 ? 0 : suppressedRows / total;
  checks.push({ name: 'suppression_share', passed: share <= input.settings.maxSuppressedShare, message: `${(share * 100).toFixed(1)}% of rows suppressed (limit ${(input.settings.maxSuppressedShare * 100).toFixed(0)}%)` });
  return { columns, rows, suppressedRows, checks, blocked: checks.some((c) => !c.passed), review, cells, pairs: [...pairs.values()] };
}

function formChecks(form: LiveForm, grants: DisclosureInput['grants']): DisclosureCheck[] {
  const checks: DisclosureCheck[] = [{ name: 'live_form', passed: form.problems.length === 0, message: form.problems.length ? form.problems.join('; ') : 'one SELECT over sandbox tables joined in FROM' }];
  if (form.unsafe.length) checks.push({ name: 'unsafe_statistics', passed: grants.unsafeStatistics, message: `uses ${form.unsafe.join(', ')}, which can return one contributor's value${grants.unsafeStatistics ? ': granted by the review; the cells face the dominance checks' : '; needs the review’s grant'}` });
  if (form.recordLevel.length) checks.push({ name: 'record_level', passed: grants.recordLevel, message: `${form.recordLevel.join('; ')}${grants.recordLevel ? ': record-level output granted by the review' : '; record-level output needs the review’s grant'}` });
  return checks;
}

function cellReasons(j: number, plan: CheckedPlan, figures: Record<string, unknown>[], reached: number[], hidden: Record<string, unknown>, settings: DisclosureSettings, form: LiveForm): string[] {
  const reasons: string[] = [];
  const d = plan.callCondition[j];
  const contributors = figures.map((f) => Number(f[`${HIDDEN}c${d}`] ?? 0));
  if (contributorsFail(contributors, reached, settings.kMin)) reasons.push(`fewer than ${settings.kMin} subjects contribute`);
  if (plan.magnitude.includes(j)) {
    for (const f of figures) {
      const top = ((f[`${HIDDEN}top${j}`] as number[] | null) ?? []).map(Number);
      const total = Number(f[`${HIDDEN}tot${j}`] ?? 0);
      if (dominanceFails(top, total, settings.dominanceShare)) reasons.push(`the two largest contributors make up more than ${Math.round(settings.dominanceShare * 100)}% (n-k dominance)`);
      else if (pRatioFails(top, total, settings.pRatio)) reasons.push(`the others make up less than ${Math.round(settings.pRatio * 100)}% of the largest (p-ratio)`);
    }
  }
  if (plan.magnitude.includes(j) && figures.some((f) => Number(f[`${HIDDEN}nn${j}`] ?? 0) > 0)) reasons.push('a value that is no number: the magnitude checks cannot weigh it');
  if (hidden[`${HIDDEN}single${j}`] === true) reasons.push('every contributor has the same value (class disclosure)');
  const call = form.calls[j];
  if (call.conditional && complementFails(contributors, reached, settings.kMin)) reasons.push(`fewer than ${settings.kMin} of the row’s subjects are outside the cell’s FILTER (class disclosure)`);
  if (call.quantile !== null && quantileFails(contributors, call.quantile, settings.kMin)) reasons.push(`too few contributors for this quantile: it would be one of the ${settings.kMin} smallest or largest values`);
  return [...new Set(reasons)];
}


function hiddenCount(columns: ResultColumn[]): number {
  let n = 0;
  while (n < columns.length && columns[columns.length - 1 - n].name.startsWith(HIDDEN)) n += 1;
  return n;
}

function indexByKey(result: { columns: ResultColumn[]; rows: unknown[][] }, groupCount: number): Map<string, Record<string, unknown>> {
  const index = new Map<string, Record<string, unknown>>();
  for (const row of result.rows) index.set(JSON.stringify(row.slice(0, groupCount)), Object.fromEntries(result.columns.map((c, i) => [c.name, row[i]])));
  return index;
}

/** The subject set of one cell, as a stand-alone query (parameters inlined) kept for later differencing. */
function subjectSetSql(innerSql: string, key: (string | null)[], presence: string): string {
  const match = key.map((v, i) => `${HIDDEN}gk${i} IS NOT DISTINCT FROM ${v === null ? 'NULL' : quoteLiteral(v)}`);
  return `SELECT ${HIDDEN}s FROM (${innerSql}) WHERE ${HIDDEN}s IS NOT NULL AND (${presence})${match.map((m) => ` AND ${m}`).join('')}`;
}

async function limitOf(db: StatementRunner, plan: CheckedPlan, limits: { timeoutMs: number }): Promise<{ limit: number | null; offset: number }> {
  const value = async (sql: string | null) => (sql === null ? null : Number((await db.query(`SELECT CAST(${sql} AS BIGINT)`, { timeoutMs: limits.timeoutMs, maxRows: 1 })).rows[0]?.[0] ?? 0));
  return { limit: await value(plan.limit.limitSql), offset: (await value(plan.limit.offsetSql)) ?? 0 };
}

function applyLimit<T>(rows: T[], { limit, offset }: { limit: number | null; offset: number }): T[] {
  return rows.slice(offset, limit === null ? undefined : offset + limit);
}
