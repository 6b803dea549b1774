/**
 * One person's rows as a sandbox's `live` table holds them: their rows of the loaded vault version
 * (matched on the columns of the request's semantic, as the request itself matched them), masked
 * by the loaded rule-set version under the sandbox's key and asOf, by the very projection the
 * loader compiles, so that row rules, sampling, noise and pseudonyms come out as they did. Every
 * cell as VARCHAR. Runs in the platform process on the vault, as the loader does; the compiled SQL
 * holds the key and is never logged, and the value only ever travels as a bound parameter.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { compileProjection } from '../../masking-rules/compiler/compile-projection';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import type { DatasetSchema } from '../../masking-rules/dataset-schema';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';

export type PersonRowsInput = {
  vaultFile: string; schema: DatasetSchema; ruleSet: RuleSet; columns: string[]; key: string; asOf: string;
  /** The person: a value of one of these raw columns. */
  match: { columns: string[]; value: string };
};

export async function personLiveRows(input: PersonRowsInput): Promise<(string | null)[][]> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const db = await instance.connect();
  try {
    await db.run(`ATTACH ${quoteLiteral(input.vaultFile)} AS vault (READ_ONLY)`);
    const where = input.match.columns.map((c) => `CAST(${quoteIdentifier(c)} AS VARCHAR) = $1`).join(' OR ');
    await db.run(`CREATE TEMP TABLE person AS SELECT * FROM vault.data WHERE ${where}`, [input.match.value]);
    const projection = compileProjection({
      schema: input.schema, ruleSet: input.ruleSet, columns: input.columns, key: input.key, source: { table: 'person' }, asOf: input.asOf,
    });
    const cells = projection.columns.map((c) => `CAST(${quoteIdentifier(c.name)} AS VARCHAR)`).join(', ');
    const rows = (await db.runAndReadAll(`SELECT ${cells} FROM (${projection.sql}) AS masked`)).getRowsJS();
    return rows.map((row) => row.map((v) => (v === null ? null : String(v))));
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
