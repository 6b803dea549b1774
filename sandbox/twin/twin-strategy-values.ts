/**
 * Twin values of columns whose live values may not be used (sensitive ones, or ones with no usable
 * live profile): a synthetic source value of the column's semantic, transformed the way live was, so
 * the twin has live's shape — masks with the same SQL as live (`138****5678`), generalisations to
 * 'YYYY' / 'YYYY-MM' / age bands / 6-digit region codes ending in zeros / buckets, rounded numbers
 * for noise, and picks from the fake strategy's own dictionaries (masking-rules/fake: public lists, the
 * values live can hold) for fake. A generalisation to labelled buckets draws its labels uniformly.
 * Params are read with the strategies' own schemas.
 */
import type { z } from 'zod';
import type { Semantic } from '../../masking-rules/dataset-schema';
import { fakeDictionaries } from '../../masking-rules/fake/fake-dictionaries';
import { fakeRuleSchema } from '../../masking-rules/strategies/fake-strategy';
import { generalizeRuleSchema, type GeneralizeRule } from '../../masking-rules/strategies/generalize-strategy';
import { bucketBreakLabels, bucketWidthSql, clampSql, regionSql, truncateDateSql } from '../../masking-rules/strategies/generalize-sql';
import { maskPresets, partialMaskSql, presetMaskSql, type MaskPreset } from '../../masking-rules/strategies/mask-presets';
import { maskRuleSchema } from '../../masking-rules/strategies/mask-strategy';
import { noiseRuleSchema } from '../../masking-rules/strategies/noise-strategy';
import { fittingSourceValue, sourceValue, type SourceContext, type SourceValue } from './twin-semantic-values';
import { between, pick, quoteLiteral } from './twin-sql';
import type { TwinColumn } from './twin-types';

type Ctx = SourceContext & { column: TwinColumn };

/** The column's rule params as the strategy's schema reads them, or undefined if they do not parse. */
function parsed<S extends z.ZodType>(schema: S, column: TwinColumn): z.output<S> | undefined {
  const result = schema.safeParse({ ...(column.params ?? {}), strategy: column.strategy });
  return result.success ? result.data : undefined;
}

const then = (value: SourceValue, kind: SourceValue['kind'], stage: (prev: string) => string): SourceValue =>
  ({ kind, stages: [...value.stages, stage] });

/** A VARCHAR source of `semantic` (for masks, fakes and region codes). */
const textSource = (semantic: Semantic | undefined, ctx: Ctx): SourceValue => sourceValue(semantic, { ...ctx, type: 'VARCHAR' });

function maskValue(ctx: Ctx): SourceValue {
  const semantic = ctx.column.semantic;
  const rule = parsed(maskRuleSchema, ctx.column);
  const presetOfSemantic = maskPresets.find((p): p is MaskPreset => p === semantic);
  const preset = rule === undefined ? presetOfSemantic : rule.preset;
  const fill = quoteLiteral(rule?.char ?? '*');
  const source = textSource(semantic ?? preset, ctx);
  if (preset !== undefined) return then(source, 'text', (v) => presetMaskSql(preset, v, fill));
  return then(source, 'text', (v) => partialMaskSql(v, rule?.keepPrefix ?? 1, rule?.keepSuffix ?? 1, fill));
}

/** '30-39' bands of `width` years, 'max+' at or above max, from a synthetic age 0..max+4. */
function ageBandValue(ctx: Ctx, width: number, max: number): SourceValue {
  const age = between(ctx.draw, 'age', 0, max + 4);
  return {
    kind: 'text',
    stages: [() => age, (a) => `CASE WHEN ${a} >= ${max} THEN ${quoteLiteral(`${max}+`)} ELSE `
      + `CAST((${a} // ${width}) * ${width} AS VARCHAR) || '-' || CAST(least((${a} // ${width}) * ${width} + ${width - 1}, ${max - 1}) AS VARCHAR) END`],
  };
}

function generalizeValue(ctx: Ctx): SourceValue {
  const rule: GeneralizeRule | undefined = parsed(generalizeRuleSchema, ctx.column);
  const semantic = ctx.column.semantic;
  if (rule === undefined) return fittingSourceValue(semantic, ctx);
  const numeric = () => fittingSourceValue(semantic === 'amount' ? semantic : undefined, { ...ctx, type: 'DOUBLE' });
  switch (rule.to) {
    case 'year':
    case 'month': {
      const date = sourceValue(semantic === 'birth_date' ? 'birth_date' : 'date', { ...ctx, type: 'DATE' });
      return then(date, 'text', (d) => truncateDateSql(d, rule.to === 'year' ? 'year' : 'month'));
    }
    case 'age_band': return ageBandValue(ctx, rule.width, rule.max);
    case 'region': return then(textSource('region_code', ctx), 'digits', (v) => regionSql(v, rule.digits));
    case 'clamp': return then(numeric(), 'number', (v) => clampSql(v, rule.min, rule.max, 'DOUBLE'));
    case 'bucket':
      return rule.breaks !== undefined
        ? { kind: 'text', stages: [() => pick(bucketBreakLabels(rule.breaks ?? []), ctx.draw, 'bucket')] }
        : then(numeric(), 'number', (v) => bucketWidthSql(v, rule.width ?? 1, 'DOUBLE'));
  }
}

function noiseValue(ctx: Ctx): SourceValue {
  const rule = parsed(noiseRuleSchema, ctx.column);
  const semantic = ctx.column.semantic ?? 'amount';
  const source = fittingSourceValue(semantic, { ...ctx, type: 'DOUBLE' });
  return then(source, 'number', (v) => `round(CAST(${v} AS DOUBLE), ${rule?.round ?? 2})`);
}

/** A pick from the rule kind's live dictionary; mobiles on the twin's unassigned segments (1[3-9] like live's). */
function fakeValue(ctx: Ctx): SourceValue {
  const kind = parsed(fakeRuleSchema, ctx.column)?.kind ?? 'cn_name';
  if (kind === 'cn_mobile') return textSource('cn_mobile', ctx);
  return { kind: 'text', stages: [() => pick(fakeDictionaries()[kind], ctx.draw, `fake-${kind}`)] };
}

/** The twin value of a generated column; redact and pseudonymize are handled by their own modules. */
export function strategyValue(ctx: Ctx): SourceValue {
  switch (ctx.column.strategy) {
    case 'mask': return maskValue(ctx);
    case 'generalize': return generalizeValue(ctx);
    case 'noise': return noiseValue(ctx);
    case 'fake': return fakeValue(ctx);
    case 'keep':
    case 'redact':
    case 'pseudonymize':
      return fittingSourceValue(ctx.column.semantic, ctx);
  }
}
