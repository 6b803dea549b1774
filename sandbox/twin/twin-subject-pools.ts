/**
 * One pool of synthetic subjects per kind of pseudonymized identifier, shared by all twin tables, so
 * joins between twin tables match. Subject s of pool k has the pseudonym
 * `prefix || substr(sha256('dev-twin|<seed>|<k>|<s>'), 1, length)`, the live shape (hex of the rule's
 * length behind its prefix) without any live value. The pool's home column (its first occurrence in
 * table order) holds every subject once, s = i; every other column picks subjects at random from the
 * pool, so each of its pseudonyms also appears in the home table. A pool is keyed by the column's
 * semantic (cn_id, uscc, …), or by its name when it has none.
 */
import { pseudonymizeRuleSchema } from '../../masking-rules/strategies/pseudonymize-strategy';
import { below, quoteLiteral, ROW, type Draw } from './twin-sql';
import type { TwinColumn, TwinTable } from './twin-types';
import type { SourceValue } from './twin-semantic-values';

export type SubjectPools = { readonly seed: number; readonly size: number; readonly homes: ReadonlyMap<string, string> };

/** The pool a pseudonymized column draws from. */
export function poolKey(column: TwinColumn): string {
  return column.semantic ?? `column:${column.name}`;
}

const place = (table: string, column: string) => JSON.stringify([table, column]);

/** The pools of all pseudonymized columns, each `size` subjects, with their home columns. */
export function subjectPools(tables: readonly TwinTable[], size: number, seed: number): SubjectPools {
  const homes = new Map<string, string>();
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.strategy === 'pseudonymize' && !homes.has(poolKey(column))) homes.set(poolKey(column), place(table.name, column.name));
    }
  }
  return { seed, size: Math.max(1, size), homes };
}

/** The pseudonym of the row's subject: the home column enumerates the pool, others sample it. */
export function pseudonymValue(pools: SubjectPools, table: string, column: TwinColumn, draw: Draw): SourceValue {
  const rule = pseudonymizeRuleSchema.safeParse({ ...(column.params ?? {}), strategy: 'pseudonymize' });
  const length = rule.success ? rule.data.length : 32;
  const prefix = rule.success ? rule.data.prefix : undefined;
  const key = poolKey(column);
  const home = pools.homes.get(key) === place(table, column.name);
  const subject = home ? `(${ROW} % ${pools.size})` : below(draw, 'subject', pools.size);
  const hash = `substr(sha256(${quoteLiteral(`dev-twin|${pools.seed}|${key}|`)} || CAST(${subject} AS VARCHAR)), 1, ${length})`;
  return { kind: 'text', stages: [() => (prefix === undefined ? hash : `${quoteLiteral(prefix)} || ${hash}`)] };
}
