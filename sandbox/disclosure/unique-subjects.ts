/**
 * Which live tables hold one row per subject. There, a subject is its row: subject counting
 * needs no hashing of keys and, when a model reads that table alone, no second query.
 * A table without a subject key counts its rows as subjects, so it always qualifies. Live
 * tables never change, so callers may keep the answer for the sandbox's lifetime.
 */
import { quoteIdentifier } from '../../masking-rules/compiler/sql-quote';
import type { StatementRunner } from '../worker/sandbox-statements';
import type { TableProfile } from './live-model-form';

export async function uniqueSubjectTables(db: StatementRunner, tables: Map<string, TableProfile>, timeoutMs: number): Promise<Set<string>> {
  const unique = new Set<string>();
  for (const [table, profile] of tables) {
    if (profile.subjectKey === null) {
      unique.add(table);
      continue;
    }
    const key = quoteIdentifier(profile.subjectKey);
    const result = await db.query(`SELECT count(${key}) = count(DISTINCT ${key}) AS u FROM ${quoteIdentifier(table)}`, { timeoutMs, maxRows: 1 });
    if (result.rows[0]?.[0] === true) unique.add(table);
  }
  return unique;
}
