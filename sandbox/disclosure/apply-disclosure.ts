/**
 * Disclosure control (结果审核, automatic part) for one run of an approved model on `live`:
 *
 * 1. Minimum group size: the query is rewritten to count distinct subjects per output row,
 *    and rows standing for fewer than k subjects are suppressed. A query that does not
 *    aggregate is blocked, unless the authority granted record-level output.
 * 2. Identifier scan: any cell that looks like an ID number, mobile, credit code or bank card
 *    blocks the run.
 * 3. Sensitive values: any output value that is a pseudonym or a direct identifier of the
 *    sandbox (as stored in live) blocks the run, unless record-level output was granted.
 * 4. A run whose suppressed share exceeds the agreement's limit is blocked.
 */
import { listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { quoteIdentifier } from '../../masking-rules/compiler/sql-quote';
import { runQuery, type ResultColumn } from '../engine/run-query';
import type { JsonObject } from '../guard/parse-tree';
import type { QueryShape } from '../guard/query-shape';
import { scanForIdentifiers } from './identifier-scan';
import { SUBJECT_COUNT_COLUMN, withSubjectCount } from './subject-count';

export type DisclosureCheck = { name: string; passed: boolean; message: string };
export type DisclosureResult = { columns: ResultColumn[]; rows: unknown[][]; suppressedRows: number; checks: DisclosureCheck[]; blocked: boolean };

export type DisclosureInput = {
  db: DuckDBConnection;
  sql: string;
  params: Record<string, DuckDBValue>;
  tree: JsonObject;
  shape: QueryShape;
  subjectKeys: Map<string, string>;
  sensitiveColumns: { table: string; column: string }[];
  kMin: number;
  maxSuppressedShare: number;
  recordLevelGranted: boolean;
  timeoutMs: number;
  maxRows: number;
};

export async function applyDisclosure(input: DisclosureInput): Promise<DisclosureResult> {
  const checks: DisclosureCheck[] = [];
  const limits = { timeoutMs: input.timeoutMs, maxRows: input.maxRows };
  let columns: ResultColumn[];
  let rows: unknown[][];
  let suppressedRows = 0;

  if (input.shape.aggregates) {
    const rewritten = await withSubjectCount(input.db, input.tree, input.shape, input.subjectKeys);
    if (!rewritten) {
      checks.push({ name: 'min_group_size', passed: false, message: 'the query reads no table with a subject key, so group sizes cannot be checked' });
      return { columns: [], rows: [], suppressedRows: 0, checks, blocked: true };
    }
    const result = await runQuery(input.db, rewritten, input.params, limits);
    const k = result.columns.findIndex((c) => c.name === SUBJECT_COUNT_COLUMN);
    columns = result.columns.filter((_, i) => i !== k);
    const kept = result.rows.filter((r) => Number(r[k]) >= input.kMin);
    suppressedRows = result.rows.length - kept.length;
    rows = kept.map((r) => r.filter((_, i) => i !== k));
    checks.push({ name: 'min_group_size', passed: true, message: `every released row stands for at least ${input.kMin} distinct subjects; ${suppressedRows} row(s) suppressed` });
  } else if (input.recordLevelGranted) {
    ({ columns, rows } = await runQuery(input.db, input.sql, input.params, limits));
    checks.push({ name: 'min_group_size', passed: true, message: 'record-level output granted by the authority: rows are not grouped' });
  } else {
    checks.push({ name: 'min_group_size', passed: false, message: 'the query does not aggregate; record-level output needs the authority’s explicit grant' });
    return { columns: [], rows: [], suppressedRows: 0, checks, blocked: true };
  }

  const hits = scanForIdentifiers(columns, rows);
  checks.push(hits.length
    ? { name: 'identifier_scan', passed: false, message: `values that look like identifiers in column(s) ${[...new Set(hits.map((h) => `${h.column} (${h.kind})`))].join(', ')}` }
    : { name: 'identifier_scan', passed: true, message: 'no value looks like an ID number, mobile, credit code or bank card' });

  const exposed = await sensitiveValuesIn(input, columns, rows);
  if (exposed.length && !input.recordLevelGranted) checks.push({ name: 'pseudonyms_and_identifiers', passed: false, message: `output values are pseudonyms or direct identifiers of ${exposed.join(', ')}` });
  else checks.push({ name: 'pseudonyms_and_identifiers', passed: true, message: exposed.length ? 'record-level output granted by the authority' : 'no output value is a pseudonym or direct identifier' });

  const total = rows.length + suppressedRows;
  const share = total === 0 ? 0 : suppressedRows / total;
  checks.push({ name: 'suppression_share', passed: share <= input.maxSuppressedShare, message: `${(share * 100).toFixed(1)}% of rows suppressed (limit ${(input.maxSuppressedShare * 100).toFixed(0)}%)` });

  return { columns, rows, suppressedRows, checks, blocked: checks.some((c) => !c.passed) };
}

async function sensitiveValuesIn(input: DisclosureInput, columns: ResultColumn[], rows: unknown[][]): Promise<string[]> {
  const values = new Set<string>();
  columns.forEach((c, i) => {
    if (c.type === 'VARCHAR') for (const r of rows) if (typeof r[i] === 'string') values.add(r[i] as string);
  });
  if (values.size === 0) return [];
  const list = listValue([...values].slice(0, 50_000));
  const found: string[] = [];
  for (const { table, column } of input.sensitiveColumns) {
    const sql = `SELECT count(*) AS n FROM ${quoteIdentifier(table)} WHERE list_contains($1::VARCHAR[], CAST(${quoteIdentifier(column)} AS VARCHAR))`;
    const result = await runQuery(input.db, sql, [list], { timeoutMs: input.timeoutMs, maxRows: 1 });
    if (Number(result.rows[0]?.[0] ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}
