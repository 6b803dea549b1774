/**
 * Which of a sandbox's tables (and so which datasets) a model's statement reads, from its parse
 * tree: what a run records at run time, and what a subject request works out again for runs
 * recorded before it did.
 */
import type { JsonObject } from '../../sandbox/guard/parse-tree';
import type { SqlParser } from '../../sandbox/guard/sql-parser';
import { statementLineage } from '../../sandbox/disclosure/output-lineage';
import type { LoadedDataset } from '../sandboxes/sandbox';

export type TableRead = { table: string; datasetId: string };

/** The loaded tables the statement names anywhere (joins, subqueries, CTE bodies), in order of appearance. */
export function tablesReadIn(tree: JsonObject, loaded: readonly LoadedDataset[]): TableRead[] {
  return statementLineage(tree, () => undefined).tables.flatMap((name) => {
    const table = loaded.find((l) => l.table.toLowerCase() === name);
    return table ? [{ table: table.table, datasetId: table.datasetId }] : [];
  });
}

/** The same for SQL text, parsed (never run) by the platform's parser; none when it does not parse. */
export async function tablesReadBySql(parser: SqlParser, sql: string, loaded: readonly LoadedDataset[]): Promise<TableRead[]> {
  const tree = await parser.use(async (connection) => {
    const rows = (await connection.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS tree', [sql])).getRowObjectsJS();
    return JSON.parse(String(rows[0]?.tree ?? '{}')) as JsonObject;
  });
  return tree.error === true ? [] : tablesReadIn(tree, loaded);
}
