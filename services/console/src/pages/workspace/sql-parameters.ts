/** `$name` placeholders in SQL, outside string literals, quoted identifiers and comments. */
import type { ModelParameter } from './workspace-types';

export const parameterTypes: readonly ModelParameter['type'][] = ['VARCHAR', 'INTEGER', 'BIGINT', 'DOUBLE', 'DATE', 'BOOLEAN'];
export const PARAMETER_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function placeholderNames(sql: string): string[] {
  const code = sql
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/--[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  const names: string[] = [];
  for (const m of code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (!names.includes(m[1])) names.push(m[1]);
  }
  return names;
}
