/**
 * The scans every output faces before anyone sees it, aggregated or record-level: values that
 * look like identifiers (also inside lists, structs and maps, which are read as their JSON
 * text), and values that are a pseudonym or direct identifier held in the sandbox (every
 * distinct string, in batches, compared in DuckDB). Also the record-level path itself, which
 * runs only with the review's explicit grant.
 */
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import type { ResultColumn } from '../engine/run-query';
import type { DisclosureCheck, DisclosureInput, DisclosureResult } from './apply-disclosure';
import { scanForIdentifiers } from './identifier-scan';
import type { OutputLineage } from './output-lineage';
import { NESTED_TYPE } from './statistics';

/** Values per statement: written into it as quoted literals (statements carry primitive parameters only). */
const BATCH = 5_000;

/**
 * `lineage`: where the output columns come from. Pseudonyms are keyed per agreement, not per table,
 * so a resident's pseudonym is also found in every other table that holds the same person: the
 * columns the output was read from are named, the others only when lineage names none of them.
 */
export async function outputScans(input: DisclosureInput, columns: ResultColumn[], rows: unknown[][], lineage: OutputLineage[] = []): Promise<DisclosureCheck[]> {
  // Nested values are scanned as their JSON text; scalars by their type (decimals are measurements).
  const asText = columns.map((c) => ({ name: c.name, type: NESTED_TYPE.test(c.type) ? 'VARCHAR' : c.type }));
  const textRows = rows.map((r) => r.map((v, i) => (NESTED_TYPE.test(columns[i].type) && v !== null && v !== undefined ? JSON.stringify(v) : v)));
  const hits = scanForIdentifiers(asText, textRows);
  const checks: DisclosureCheck[] = [hits.length
    ? { name: 'identifier_scan', passed: false, message: `values that look like identifiers in column(s) ${[...new Set(hits.map((h) => `${h.column} (${h.kind})`))].join(', ')}` }
    : { name: 'identifier_scan', passed: true, message: 'no value looks like an ID number, mobile, credit code or bank card' }];
  const exposed = namedByLineage(await sensitiveValuesIn(input, rows), lineage);
  checks.push(exposed.length && !input.grants.recordLevel
    ? { name: 'pseudonyms_and_identifiers', passed: false, message: `output values are pseudonyms or direct identifiers of ${exposed.join(', ')}` }
    : { name: 'pseudonyms_and_identifiers', passed: true, message: exposed.length ? 'record-level output granted by the review' : 'no output value is a pseudonym or direct identifier' });
  return checks;
}

/** Of the sensitive columns whose values the output holds, those it was read from (all when it was read from none). */
function namedByLineage(found: string[], lineage: OutputLineage[]): string[] {
  const read = new Set(lineage.flatMap((o) => o.sources.map((s) => `${s.table}.${s.column}`.toLowerCase())));
  const named = found.filter((f) => read.has(f.toLowerCase()));
  return named.length ? named : found;
}

/** Every string in the output, nested values included. */
function stringsOf(rows: unknown[][]): Set<string> {
  const values = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') values.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { values.add(k); visit(x); });
  };
  rows.forEach((r) => r.forEach(visit));
  return values;
}

async function sensitiveValuesIn(input: DisclosureInput, rows: unknown[][]): Promise<string[]> {
  // NUL cannot be written as a literal, and no pseudonym or identifier contains it.
  const values = [...stringsOf(rows)].filter((v) => !v.includes('\u0000'));
  if (values.length === 0) return [];
  const found: string[] = [];
  for (const { table, column } of input.sensitiveColumns) {
    for (let start = 0; start < values.length; start += BATCH) {
      const list = values.slice(start, start + BATCH).map(quoteLiteral).join(', ');
      const sql = `SELECT count(*) AS n FROM ${quoteIdentifier(table)} WHERE list_contains([${list}]::VARCHAR[], CAST(${quoteIdentifier(column)} AS VARCHAR))`;
      const result = await input.db.query(sql, { timeoutMs: input.timeoutMs, maxRows: 1 });
      if (Number(result.rows[0]?.[0] ?? 0) > 0) {
        found.push(`${table}.${column}`);
        break;
      }
    }
  }
  return found;
}

/** A record-level model, granted by the review: its rows as they are, scanned. */
export async function runRecordLevel(input: DisclosureInput, sql: string, checks: DisclosureCheck[], lineage: OutputLineage[]): Promise<DisclosureResult> {
  const { columns, rows } = await input.db.query(sql, { timeoutMs: input.timeoutMs, maxRows: input.maxRows });
  checks.push(...(await outputScans(input, columns, rows, lineage)));
  const review = rows.map((values) => ({ values, suppressed: false, reasons: [], subjects: {}, cells: columns.map((c) => ({ column: c.name, contributors: [], reasons: [] })) }));
  return { columns, rows, suppressedRows: 0, checks, blocked: checks.some((c) => !c.passed), review, cells: [], pairs: [] };
}
