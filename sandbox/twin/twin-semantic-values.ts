/**
 * Synthetic source values by semantic and type: what a raw column of that kind could hold. They are
 * derived from the semantic alone, never from live values (sensitive columns' live values are not
 * even read for ranges): incomes and amounts 2,000–50,000 (log-uniform), birth dates 1935–2020,
 * dates 2015–2025, Shenzhen region codes, valid identifiers, zh_CN names and Guangming addresses.
 */
import type { Semantic } from '../../masking-rules/dataset-schema';
import { shenzhenRegionCodes, twinAddressPrefix, twinRoads, twinStreets } from './twin-address-parts';
import type { TwinDictionaries } from './twin-dictionaries';
import { bankCardStages, birthDateSql, cnIdStages, mobileSql, plateSql, usccStages } from './twin-identifiers-sql';
import { below, between, digits, pick, quoteLiteral, uniform, type Draw } from './twin-sql';
import type { Stage } from './twin-types';

/** What a source value is, for checking it against the output type. */
export type ValueKind = 'text' | 'digits' | 'number' | 'date' | 'timestamp' | 'boolean';
export type SourceValue = { kind: ValueKind; stages: Stage[] };

/** `dict` is a getter so that faker dictionaries are only built when a column needs them. */
export type SourceContext = { draw: Draw; columnName: string; type: string; dict: () => TwinDictionaries };

const one = (kind: ValueKind, sql: string): SourceValue => ({ kind, stages: [() => sql] });

/** A DATE between 2015-01-01 and 2025-12-31. */
export function recentDateSql(draw: Draw, salt: string): string {
  return `(DATE '2015-01-01' + CAST(${between(draw, salt, 0, 4017)} AS INTEGER))`;
}

/** A TIMESTAMP between 2015-01-01 and 2025-12-31, to the second. */
function recentTimestampSql(draw: Draw, salt: string): string {
  return `(TIMESTAMP '2015-01-01 00:00:00' + to_seconds(${below(draw, salt, 4018 * 86_400)}))`;
}

/** A DOUBLE, log-uniform between lo and hi, rounded to cents. */
export function logUniformSql(draw: Draw, salt: string, lo: number, hi: number): string {
  return `round(exp(ln(${lo}) + ${uniform(draw, salt)} * (ln(${hi}) - ln(${lo}))), 2)`;
}

/** A Guangming address: 广东省深圳市光明区 + 街道 + road + 号 + 栋 + room. */
function addressSql(draw: Draw): string {
  return `${quoteLiteral(twinAddressPrefix)} || ${pick(twinStreets, draw, 'addr-street')} || ${pick(twinRoads, draw, 'addr-road')}`
    + ` || CAST(${between(draw, 'addr-no', 1, 399)} AS VARCHAR) || '号' || CAST(${between(draw, 'addr-bldg', 1, 28)} AS VARCHAR)`
    + ` || '栋' || CAST(${between(draw, 'addr-floor', 1, 32)} AS VARCHAR) || ${digits(draw, 'addr-room', 2)}`;
}

/** The source value of a semantic, or of the type when there is none. */
export function sourceValue(semantic: Semantic | undefined, ctx: SourceContext): SourceValue {
  const { draw, dict } = ctx;
  const temporal = ctx.type === 'TIMESTAMP' ? 'timestamp' : 'date';
  const asTemporal = (dateSql: string): SourceValue =>
    temporal === 'timestamp'
      ? one('timestamp', `(CAST(${dateSql} AS TIMESTAMP) + to_seconds(${below(draw, 'time', 86_400)}))`)
      : one('date', dateSql);
  switch (semantic) {
    case 'cn_id': return { kind: 'text', stages: cnIdStages(draw) };
    case 'uscc': return { kind: 'text', stages: usccStages(draw) };
    case 'bank_card': return { kind: 'digits', stages: bankCardStages(draw) };
    case 'cn_mobile': return one('digits', mobileSql(draw));
    case 'plate': return one('text', plateSql(draw));
    case 'cn_name': return one('text', pick(dict().names, draw, 'name'));
    case 'email': return one('text', pick(dict().emails, draw, 'email'));
    case 'cn_address': return one('text', addressSql(draw));
    case 'region_code': return one('digits', pick(shenzhenRegionCodes, draw, 'region'));
    case 'birth_date': return asTemporal(birthDateSql(draw, 'birth'));
    case 'date': return asTemporal(recentDateSql(draw, 'date'));
    case 'amount': return one('number', logUniformSql(draw, 'amount', 2_000, 50_000));
    case 'category':
      return one('text', `${quoteLiteral(`${ctx.columnName}_`)} || CAST(${between(draw, 'category', 1, 8)} AS VARCHAR)`);
    case 'free_text': return one('text', pick(dict().remarks, draw, 'remark'));
    case undefined: return typeValue(ctx);
  }
}

/** A value of the output type alone. */
export function typeValue(ctx: SourceContext): SourceValue {
  const { draw } = ctx;
  switch (ctx.type) {
    case 'BOOLEAN': return one('boolean', `(${below(draw, 'bool', 2)} = 1)`);
    case 'INTEGER':
    case 'BIGINT': return one('number', between(draw, 'int', 0, 1000));
    case 'DATE': return one('date', recentDateSql(draw, 'date'));
    case 'TIMESTAMP': return one('timestamp', recentTimestampSql(draw, 'ts'));
    case 'VARCHAR': return one('text', `'T' || ${digits(draw, 'text', 8)}`);
    default: return one('number', `round(${uniform(draw, 'num')} * 10000, 2)`);
  }
}

/** True when a value of `kind` can be cast to `type` without error. */
export function fitsType(kind: ValueKind, type: string): boolean {
  if (type === 'VARCHAR') return true;
  if (type === 'BOOLEAN') return kind === 'boolean';
  if (type === 'DATE' || type === 'TIMESTAMP') return kind === 'date' || kind === 'timestamp';
  if (type === 'BIGINT' || type === 'DOUBLE') return kind === 'number' || kind === 'digits';
  return kind === 'number';
}

/** The semantic's source value when it fits the output type, else the type's own value. */
export function fittingSourceValue(semantic: Semantic | undefined, ctx: SourceContext): SourceValue {
  const value = sourceValue(semantic, ctx);
  return fitsType(value.kind, ctx.type) ? value : typeValue(ctx);
}
