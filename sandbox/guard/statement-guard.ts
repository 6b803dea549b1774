/**
 * The statement guard: every operator SQL passes it before it runs.
 *
 * It runs in the platform on DuckDB's parser alone (see sql-parser.ts), before a statement is
 * sent to a sandbox worker. It accepts exactly one statement (by `extractStatements`), a SELECT
 * (json_serialize_sql refuses every other kind; the worker checks the prepared type again), whose parse tree (`json_serialize_sql`) calls only allow-listed functions
 * and reads only the sandbox's own tables (or its CTEs), in its own database. Everything else
 * is refused with a reason: file access, `query()`, table functions, catalog and settings
 * functions, PRAGMA/SET/ATTACH/COPY/EXPORT/INSTALL/LOAD/CALL, other databases, several
 * statements. The engine lockdown (see locked-instance.ts) is the floor beneath this.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { allowedFunctions } from './allowed-functions';
import { collectFacts, type JsonObject, type TreeFacts } from './parse-tree';

export class GuardRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'GuardRefusal';
  }
}

export type GuardedStatement = { sql: string; facts: TreeFacts; tree: JsonObject };

const MAX_SQL_LENGTH = 100_000;

export async function guardStatement(db: DuckDBConnection, sql: string, sandboxTables: string[]): Promise<GuardedStatement> {
  if (sql.length > MAX_SQL_LENGTH) throw new GuardRefusal(`the statement is longer than ${MAX_SQL_LENGTH} characters`);
  if (sql.includes('\u0000')) throw new GuardRefusal('the statement contains a NUL character');
  const extracted = await db.extractStatements(sql).catch((error: unknown) => {
    throw new GuardRefusal(`the statement does not parse: ${firstLine(error)}`);
  });
  if (extracted.count !== 1) throw new GuardRefusal(`exactly one statement is allowed; found ${extracted.count}`);

  const serialised = (await db.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS tree', [sql])).getRowObjectsJS()[0].tree;
  const tree = JSON.parse(String(serialised)) as JsonObject;
  if (tree.error === true) throw new GuardRefusal('only read-only queries (plain SELECT) are allowed: no DDL, DML, PRAGMA, SET, SHOW, DESCRIBE, SUMMARIZE, COPY, ATTACH and the like');
  const statements = Array.isArray(tree.statements) ? tree.statements : [];
  if (statements.length !== 1) throw new GuardRefusal('exactly one statement is allowed');

  const facts = collectFacts(tree);
  if (facts.refused.length) throw new GuardRefusal(`not allowed: ${[...new Set(facts.refused)].join(', ')}`);
  if (facts.qualifiedFunctions.length) throw new GuardRefusal(`schema-qualified functions are not allowed: ${facts.qualifiedFunctions.join(', ')}`);
  const unknown = [...new Set(facts.functions.filter((f) => !allowedFunctions.has(f)))];
  if (unknown.length) throw new GuardRefusal(`functions not allowed in the sandbox: ${unknown.join(', ')}`);
  const own = new Set(sandboxTables.map((t) => t.toLowerCase()));
  for (const ref of facts.tables) {
    if (ref.cte) continue;
    if (ref.catalog !== '') throw new GuardRefusal(`references to another database are not allowed: ${ref.catalog}`);
    if (ref.schema !== '' && ref.schema.toLowerCase() !== 'main') throw new GuardRefusal(`only the sandbox's own tables may be read, not ${ref.schema}.${ref.table}`);
    if (!own.has(ref.table.toLowerCase())) throw new GuardRefusal(`unknown table: ${ref.table}`);
  }
  return { sql, facts, tree };
}

/** DuckDB's first line, without file-system paths (they would tell the server's layout). */
function firstLine(error: unknown): string {
  const line = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
  return /Permission Error|IO Error/i.test(line) ? 'the sandbox engine does not allow this' : line.replace(/(["'])?\/[^\s"']*\1?/g, '<path>');
}
