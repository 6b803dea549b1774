/**
 * Rewrites an aggregate query so that each output row also says how many distinct subjects
 * (the dataset's subjectKey) it stands for: one more select item, `count(DISTINCT <subject>)`,
 * under the same FROM, WHERE and GROUP BY. The rewrite goes through DuckDB's own
 * json_serialize_sql / json_deserialize_sql, so no SQL text is spliced.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { JsonObject } from '../guard/parse-tree';
import type { QueryShape } from '../guard/query-shape';

export const SUBJECT_COUNT_COLUMN = '__shuyu_subjects';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The rewritten SQL, or null when the query has no table with a subject key to count. */
export async function withSubjectCount(db: DuckDBConnection, tree: JsonObject, shape: QueryShape, subjectKeys: Map<string, string>): Promise<string | null> {
  const from = shape.fromTables.find((t) => subjectKeys.has(t.table));
  if (!shape.selectNode || !from) return null;
  const copy = JSON.parse(JSON.stringify(tree, (key, value: Json) => (key === 'query_location' ? 0 : value))) as JsonObject;
  const statements = copy.statements as JsonObject[];
  const node = statements[0].node as JsonObject;
  (node.select_list as Json[]).push({
    class: 'FUNCTION', type: 'FUNCTION', alias: SUBJECT_COUNT_COLUMN, query_location: 0, function_name: 'count', schema: '', catalog: '',
    children: [{ class: 'COLUMN_REF', type: 'COLUMN_REF', alias: '', query_location: 0, column_names: [from.alias, subjectKeys.get(from.table) as string] }],
    filter: null, order_bys: { type: 'ORDER_MODIFIER', orders: [] }, distinct: true, is_operator: false, export_state: false,
  });
  const rows = (await db.runAndReadAll('SELECT json_deserialize_sql($1::JSON) AS sql', [JSON.stringify(copy)])).getRowObjectsJS();
  return String(rows[0].sql);
}
