/**
 * SQL for "which record is this", used to key noise and row sampling. With a subjectKey the identity
 * is the subject's value, so one person gets the same noise and the same sample decision in every
 * table of the agreement; a NULL subject falls back to the value (noise) or the whole row (sample).
 */
import type { DatasetSchema } from '../dataset-schema';
import { asVarchar } from './keyed-hash';

/** Maps a column name to its quoted, table-qualified SQL reference. */
export type ColumnRef = (name: string) => string;

/** Identity for noise on one column: subjectKey value, else the column's own value (VARCHAR). */
export function columnIdentitySql(schema: DatasetSchema, column: string, ref: ColumnRef): string {
  const own = asVarchar(ref(column));
  return schema.subjectKey === undefined ? own : `coalesce(${asVarchar(ref(schema.subjectKey))}, ${own})`;
}

/** Identity for sampling: subjectKey value, else every column joined with '|' (VARCHAR, never NULL). */
export function rowIdentitySql(schema: DatasetSchema, ref: ColumnRef): string {
  const row = `concat_ws('|', ${schema.columns.map((c) => `coalesce(${asVarchar(ref(c.name))}, '')`).join(', ')})`;
  return schema.subjectKey === undefined ? row : `coalesce(${asVarchar(ref(schema.subjectKey))}, ${row})`;
}
