/**
 * Builds a sandbox's `live` database: for each authorized dataset, one table holding only the
 * authorized columns and the rows that pass the row rules, masked by the compiled projection
 * under the agreement's key. The vault version is attached read-only, one at a time.
 *
 * Contract: the target file is complete and checkpointed when this resolves; on failure the
 * caller discards it. The compiled SQL contains the key and is never logged.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { compileProjection } from '../../masking-rules/compiler/compile-projection';
import { maskedTableStatements } from '../../masking-rules/compiler/masked-table';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import type { DatasetSchema } from '../../masking-rules/dataset-schema';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';

export type LiveSource = { table: string; schema: DatasetSchema; ruleSet: RuleSet; columns: string[]; vaultFile: string };
export type LiveTable = { table: string; rows: number; columns: { name: string; type: string }[] };

export async function buildLiveDatabase(input: {
  file: string;
  sources: LiveSource[];
  key: string;
  asOf: string;
  tempDirectory: string;
  memoryLimit: string;
  onTable?: (done: number) => Promise<void> | void;
}): Promise<LiveTable[]> {
  const instance = await DuckDBInstance.create(input.file, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: input.memoryLimit,
    temp_directory: input.tempDirectory,
  });
  const db = await instance.connect();
  const tables: LiveTable[] = [];
  try {
    for (const [i, source] of input.sources.entries()) {
      const alias = `vault_${i}`;
      const projection = compileProjection({
        schema: source.schema, ruleSet: source.ruleSet, columns: source.columns, key: input.key,
        source: { catalog: alias, table: 'data' }, asOf: input.asOf,
      });
      await db.run(`ATTACH ${quoteLiteral(source.vaultFile)} AS ${quoteIdentifier(alias)} (READ_ONLY)`);
      try {
        for (const statement of maskedTableStatements(source.table, projection)) await db.run(statement);
      } finally {
        await db.run(`DETACH ${quoteIdentifier(alias)}`);
      }
      const counted = (await db.runAndReadAll(`SELECT count(*) AS n FROM ${quoteIdentifier(source.table)}`)).getRowObjectsJS();
      tables.push({ table: source.table, rows: Number(counted[0].n), columns: projection.columns.map(({ name, type }) => ({ name, type })) });
      await input.onTable?.(i + 1);
    }
    await db.run('CHECKPOINT');
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  return tables;
}
