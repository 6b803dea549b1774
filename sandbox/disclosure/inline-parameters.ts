/**
 * Replaces each parameter of a guarded statement's tree by its bound value, as a constant
 * expression parsed by DuckDB from a quoted literal. The checked queries, and the subject-set
 * queries stored for differencing, then stand alone: they can be re-run later without
 * parameters, and no value is ever spliced into SQL text by hand.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import { quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import type { JsonObject } from '../guard/parse-tree';
import type { SqlFragments } from './sql-fragments';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export async function inlineParameters(tree: JsonObject, params: Record<string, DuckDBValue>, sql: SqlFragments): Promise<JsonObject> {
  const constants = new Map<string, Json>();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new Error(`parameter ${name} has an unsupported type`);
    constants.set(name, (await sql.selectItems(quoteLiteral(value)))[0]);
  }
  const replace = (n: Json): Json => {
    if (Array.isArray(n)) return n.map(replace);
    if (n === null || typeof n !== 'object') return n;
    if (n.class === 'PARAMETER' && typeof n.identifier === 'string') {
      const constant = constants.get(n.identifier);
      if (constant === undefined) throw new Error(`parameter ${n.identifier} is not bound`);
      return { ...(constant as JsonObject), alias: n.alias ?? '' };
    }
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, k === 'value' && n.class === 'CONSTANT' ? v : replace(v)]));
  };
  const out = replace(tree) as JsonObject;
  for (const statement of out.statements as JsonObject[]) statement.named_param_map = [];
  return out;
}
