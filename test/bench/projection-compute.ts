/**
 * Where the masked projection's time goes, without writing anything: each projection is wrapped
 * in `SELECT max(col), … FROM (<projection>)` over the vault version ATTACHed read-only in an
 * in-memory database with the same settings, so DuckDB must read every value and evaluate every
 * masking expression but stores nothing (max, not count: count of a column without NULLs is
 * answered from statistics). Per column: its masking expression minus reading the column as is.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteIdentifier } from '../../masking-rules/compiler/sql-quote';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import { median } from './bench-report';
import { attachReadOnly, instanceOptions } from './duckdb-baseline';
import { maskedSql, type MaskingPlan } from './masking-projection-timing';

export type EvaluationSeconds = { scan: number; masked: number; perColumn: Record<string, number> };

const ROUNDS = 3;

function keepAll(plan: Pick<MaskingPlan, 'schema'>): RuleSet {
  const columns: RuleSet['columns'] = {};
  for (const c of plan.schema.columns) columns[c.name] = { strategy: 'keep', justification: 'benchmark: the unmasked reference' };
  return { columns };
}

function counting(columns: string[], projection: string): string {
  return `SELECT ${columns.map((c) => `max(${quoteIdentifier(c)})`).join(', ')} FROM (${projection})`;
}

export async function evaluationSeconds(plan: MaskingPlan, maskedNames: string[]): Promise<EvaluationSeconds> {
  const instance = await DuckDBInstance.create(':memory:', instanceOptions(plan.settings));
  const db = await instance.connect();
  const timed = async (sql: string): Promise<number> => {
    const samples: number[] = [];
    await db.run(sql);
    for (let i = 0; i < ROUNDS; i += 1) {
      const started = performance.now();
      await db.run(sql);
      samples.push((performance.now() - started) / 1000);
    }
    return median(samples);
  };
  try {
    await db.run(attachReadOnly(plan.vaultFile, 'vault'));
    const all = plan.schema.columns.map((c) => c.name);
    const reference = keepAll(plan);
    const scan = await timed(counting(all, maskedSql(plan.schema, reference, all)));
    const masked = await timed(counting(all, maskedSql(plan.schema, plan.ruleSet, all)));
    const perColumn: Record<string, number> = {};
    for (const column of maskedNames) {
      const base = await timed(counting([column], maskedSql(plan.schema, reference, [column])));
      const expr = await timed(counting([column], maskedSql(plan.schema, plan.single(column), [column])));
      perColumn[column] = expr - base;
    }
    return { scan, masked, perColumn };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
