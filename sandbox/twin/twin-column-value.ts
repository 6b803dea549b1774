/**
 * Decides how one twin column is generated: pseudonyms from the shared subject pools, redact
 * columns as live's constant, columns whose rule publishes categories (generalised bands, buckets,
 * years, months, regions; kept categories such as gender) from the labels live holds, and other
 * non-sensitive columns from live's categories or ranges (in SQL), all under twin-disclosure.ts;
 * everything else synthesised from the semantic and shaped by the live strategy, so that a
 * generalised column still holds only what its rule can produce.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { generalizeRuleSchema } from '../../masking-rules/strategies/generalize-strategy';
import { redactRuleSchema } from '../../masking-rules/strategies/redact-strategy';
import { readCategories, readLiveProfile, readRedactConstant, type LiveProfile } from './live-profile';
import type { TwinDictionaries } from './twin-dictionaries';
import { fitsType, typeValue, type SourceContext, type SourceValue } from './twin-semantic-values';
import { below, quoteLiteral, uniform, weightedStages, withNulls, type Draw } from './twin-sql';
import { strategyValue } from './twin-strategy-values';
import { pseudonymValue, type SubjectPools } from './twin-subject-pools';
import type { Stage, TwinColumn } from './twin-types';

export type ColumnValueInput = {
  live: DuckDBConnection;
  table: string;
  /** The live column that names the table's subjects, if live holds it. */
  subjectKey?: string;
  column: TwinColumn;
  draw: Draw;
  pools: SubjectPools;
  dict: () => TwinDictionaries;
};

/** The stages that generate one twin column (before the final cast to its type). */
export async function columnValue(input: ColumnValueInput): Promise<Stage[]> {
  const { live, table, column, draw } = input;
  if (column.strategy === 'pseudonymize') return pseudonymValue(input.pools, table, column, draw).stages;
  if (column.strategy === 'redact') {
    const literal = redactLiteral(await readRedactConstant(live, table, column.name), column);
    return [() => literal];
  }
  const at = { live, table, column: column.name, subjectKey: input.subjectKey };
  const published = publishesCategories(column) ? await readCategories(at) : undefined;
  if (published?.kind === 'categories') return weightedStages(published.values, published.counts, draw);
  const textual = column.type === 'VARCHAR' || column.type === 'BOOLEAN';
  if (!column.sensitive && !(published !== undefined && textual)) {
    const stages = profileStages(await readLiveProfile(at, column.type), column, draw);
    if (stages !== undefined) return stages;
  }
  const ctx: SourceContext & { column: TwinColumn } = { draw, columnName: column.name, type: column.type, dict: input.dict, column };
  const value: SourceValue = strategyValue(ctx);
  return (fitsType(value.kind, column.type) ? value : typeValue(ctx)).stages;
}

/**
 * Whether the column's rule publishes a closed set of labels that the twin may show: every
 * generalisation but clamping (which keeps the values in between), and a kept category.
 */
export function publishesCategories(column: TwinColumn): boolean {
  if (column.strategy === 'keep') return column.semantic === 'category';
  if (column.strategy !== 'generalize') return false;
  const rule = generalizeRuleSchema.safeParse({ ...(column.params ?? {}), strategy: 'generalize' });
  return rule.success && rule.data.to !== 'clamp';
}

/** Live's constant, else the rule's `value`, else NULL, as a VARCHAR literal. */
function redactLiteral(constant: string | null | undefined, column: TwinColumn): string {
  if (constant !== undefined) return `CAST(${quoteLiteral(constant)} AS VARCHAR)`;
  const rule = redactRuleSchema.safeParse({ ...(column.params ?? {}), strategy: 'redact' });
  const value = rule.success ? rule.data.value : null;
  return `CAST(${quoteLiteral(value === null ? null : String(value))} AS VARCHAR)`;
}

/** Sampling stages for a live profile; undefined when live offers nothing usable. */
function profileStages(profile: LiveProfile, column: TwinColumn, draw: Draw): Stage[] | undefined {
  switch (profile.kind) {
    case 'none': return undefined;
    case 'categories': return weightedStages(profile.values, profile.counts, draw);
    case 'number': {
      const { lo, hi } = profile;
      const integral = profile.integral || column.type === 'INTEGER' || column.type === 'BIGINT';
      const span = Math.round(hi - lo) + 1;
      const value = integral && Number.isSafeInteger(span) && Number.isSafeInteger(Math.round(lo))
        ? `(${quoteLiteral(Math.round(lo))} + ${below(draw, 'range', span)})`
        : `round(${quoteLiteral(lo)} + ${uniform(draw, 'range')} * ${quoteLiteral(hi - lo)}, ${integral ? 0 : 2})`;
      return withTail([() => value, ...bucketSnap(column)], profile.nullShare, draw);
    }
    case 'date':
      return withTail([() => `(DATE ${quoteLiteral(profile.lo)} + CAST(${below(draw, 'range', profile.days + 1)} AS INTEGER))`], profile.nullShare, draw);
    case 'timestamp': {
      const seconds = Number(profile.spanMicros / 1_000_000n) + 1;
      return withTail([() => `make_timestamp(CAST(${profile.loMicros} AS BIGINT) + ${below(draw, 'range', seconds)} * 1000000)`], profile.nullShare, draw);
    }
  }
}

/** A generalize-to-bucket column's values snapped to multiples of its width. */
function bucketSnap(column: TwinColumn): Stage[] {
  if (column.strategy !== 'generalize') return [];
  const rule = generalizeRuleSchema.safeParse({ ...(column.params ?? {}), strategy: 'generalize' });
  if (!rule.success || rule.data.to !== 'bucket' || rule.data.width === undefined) return [];
  const width = quoteLiteral(rule.data.width);
  return [(v) => `floor(CAST(${v} AS DOUBLE) / ${width}) * ${width}`];
}

function withTail(stages: Stage[], nullShare: number, draw: Draw): Stage[] {
  const nulls = withNulls(nullShare, draw);
  return nulls === undefined ? stages : [...stages, nulls];
}
