/**
 * The masked projection, written as the sandbox loader writes it (CREATE TABLE with declared
 * storage, then INSERT), against a raw CTAS copy of the same vault version: both read the vault file
 * ATTACHed read-only into a fresh file-backed database with the same memory limit, threads and
 * spill directory. Raw and masked runs alternate, so drift falls on both. Then the cost of each
 * strategy alone: a projection with only that column masked and every other column kept.
 */
import crypto from 'node:crypto';
import { compileProjection, type CompiledProjection } from '../../masking-rules/compiler/compile-projection';
import { maskedTableStatements } from '../../masking-rules/compiler/masked-table';
import type { DatasetSchema } from '../../masking-rules/dataset-schema';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import { attachReadOnly, timeInFreshDatabase, type DuckDBSettings, type TimedStatement } from './duckdb-baseline';
import { evaluationSeconds } from './projection-compute';

/** `seconds`: CTAS with only this column masked; `computeSeconds`: evaluating its expression alone, minus the scan. */
export type StrategyCost = { column: string; strategy: string; seconds: number; computeSeconds: number };

export type MaskingTiming = {
  raw: TimedStatement[];
  masked: TimedStatement[];
  strategies: StrategyCost[];
  strategyRaw: TimedStatement[];
  maskedColumns: number;
  /** Every column evaluated without writing: the raw scan and the full masked projection. */
  computeOnly: { scanSeconds: number; maskedSeconds: number };
};

export type MaskingPlan = {
  vaultFile: string;
  schema: DatasetSchema;
  ruleSet: RuleSet;
  /** Rule set with only this column masked. */
  single: (column: string) => RuleSet;
  dir: string;
  settings: DuckDBSettings;
  rounds: number;
  strategyRounds: number;
};

const VAULT = 'vault';

export function asOfToday(): string {
  return new Date().toISOString().slice(0, 10);
}

function compiled(schema: DatasetSchema, ruleSet: RuleSet, columns: string[], key = crypto.randomBytes(32).toString('hex')): CompiledProjection {
  return compileProjection({ schema, ruleSet, columns, key, source: { catalog: VAULT, table: 'data' }, asOf: asOfToday() });
}

/** The compiled projection over `vault.data` with a fresh 64-hex key. */
export function maskedSql(schema: DatasetSchema, ruleSet: RuleSet, columns: string[], key?: string): string {
  return compiled(schema, ruleSet, columns, key).sql;
}

/** What the sandbox loader runs: CREATE TABLE `table` with declared storage, then INSERT the projection. */
export function maskedTableSql(table: string, schema: DatasetSchema, ruleSet: RuleSet, columns: string[]): string {
  return maskedTableStatements(table, compiled(schema, ruleSet, columns)).join(';\n');
}

function ctas(table: string, select: string): string {
  return `CREATE TABLE ${table} AS ${select}`;
}

export async function timeMasking(plan: MaskingPlan): Promise<MaskingTiming> {
  const columns = plan.schema.columns.map((c) => c.name);
  const setup = [attachReadOnly(plan.vaultFile, VAULT)];
  const rawSql = ctas('raw', `SELECT * FROM ${VAULT}.data`);
  const time = (label: string, sql: string, table: string) => timeInFreshDatabase(plan.dir, label, plan.settings, setup, sql, table);

  // Warm the page cache and DuckDB's code paths once, untimed in the report.
  await time('warm', rawSql, 'raw');
  const raw: TimedStatement[] = [];
  const masked: TimedStatement[] = [];
  for (let round = 0; round < plan.rounds; round += 1) {
    const maskedStatement = maskedTableSql('masked', plan.schema, plan.ruleSet, columns);
    if (round % 2 === 0) {
      raw.push(await time('raw', rawSql, 'raw'));
      masked.push(await time('masked', maskedStatement, 'masked'));
    } else {
      masked.push(await time('masked', maskedStatement, 'masked'));
      raw.push(await time('raw', rawSql, 'raw'));
    }
  }

  const maskedNames = columns.filter((c) => (plan.ruleSet.columns[c]?.strategy ?? 'keep') !== 'keep');
  const compute = await evaluationSeconds(plan, maskedNames);
  const strategies: StrategyCost[] = [];
  const strategyRaw: TimedStatement[] = [await time('raw', rawSql, 'raw')];
  for (let round = 0; round < plan.strategyRounds; round += 1) {
    for (const column of maskedNames) {
      const sql = maskedTableSql('masked', plan.schema, plan.single(column), columns);
      const measured = await time(`only-${column}`, sql, 'masked');
      strategies.push({ column, strategy: describeRule(plan.ruleSet, column), seconds: measured.seconds, computeSeconds: compute.perColumn[column] ?? Number.NaN });
    }
    strategyRaw.push(await time('raw', rawSql, 'raw'));
  }
  return { raw, masked, strategies, strategyRaw, maskedColumns: maskedNames.length, computeOnly: { scanSeconds: compute.scan, maskedSeconds: compute.masked } };
}

/** e.g. "mask cn_mobile", "generalize region 4", "noise laplace". */
export function describeRule(ruleSet: RuleSet, column: string): string {
  const rule = ruleSet.columns[column];
  if (!rule) return 'keep';
  switch (rule.strategy) {
    case 'mask': return `mask ${rule.preset ?? `${rule.keepPrefix ?? 0}+${rule.keepSuffix ?? 0}`}`;
    case 'fake': return `fake ${rule.kind}`;
    case 'noise': return `noise ${rule.distribution} ${rule.scale}`;
    case 'generalize': return `generalize ${rule.to}${rule.to === 'region' ? ` ${rule.digits}` : ''}`;
    case 'pseudonymize': return `pseudonymize ${rule.length}`;
    default: return rule.strategy;
  }
}
