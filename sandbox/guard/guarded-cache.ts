/**
 * The guard's verdicts on statements it accepted, kept for the statements operators run again
 * and again (a dashboard's query, a product's model): the verdict depends only on the SQL text
 * and the sandbox's table names, so parsing them once is enough. Least recently used entries go
 * first; callers get a copy of the parse tree, never the kept one.
 */
import type { GuardedStatement } from './statement-guard';

export class GuardedCache {
  private readonly entries = new Map<string, GuardedStatement>();

  constructor(private readonly capacity = 512) {}

  async through(sql: string, tables: string[], guard: () => Promise<GuardedStatement>): Promise<GuardedStatement> {
    const key = `${tables.join('\u0000')}\u0001${sql}`;
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return structuredClone(known);
    }
    const fresh = await guard();
    this.entries.set(key, structuredClone(fresh));
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return fresh;
  }
}
