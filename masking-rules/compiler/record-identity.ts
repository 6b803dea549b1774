/**
 * SQL for "which record is this", used to key noise and row sampling.
 *
 * Noise is keyed per RECORD: the identity is the whole source row, every column of the schema (the
 * subjectKey among them) cast to VARCHAR and joined with '|', NULL written as ''. Two rows of one
 * person therefore get independent draws, while the same row gets the same draw on every load
 * under the same agreement key. It depends only on the row's values, never on its position, so a
 * rebuild or another table holding the very same row (same columns, same values) draws the same.
 * Limits: identical rows share a draw; a value containing '|' or a NULL next to '' can make two
 * different rows spell the same identity (then they too share a draw); and adding a column to the
 * schema changes every record's identity, hence its noise.
 *
 * Sampling is keyed per SUBJECT: with a subjectKey the identity is the subject's value, so one
 * person is kept or dropped as a whole in every table of the agreement; a NULL subject falls back
 * to the whole row.
 */
import type { DatasetSchema } from '../dataset-schema';
import { asVarchar } from './keyed-hash';

/** Maps a column name to its quoted, table-qualified SQL reference. */
export type ColumnRef = (name: string) => string;

/** Every column of the row, cast to VARCHAR and joined with '|', NULL as '' (VARCHAR, never NULL). */
export function rowValuesSql(schema: DatasetSchema, ref: ColumnRef): string {
  return `concat_ws('|', ${schema.columns.map((c) => `coalesce(${asVarchar(ref(c.name))}, '')`).join(', ')})`;
}

/**
 * Identity for per-record draws (noise) on one column: the whole row (rowValuesSql), which
 * includes the subjectKey and the column's own value. The same for every column of a row; each
 * strategy separates its columns by the draw's domain (keyed-hash sub-keys).
 */
export function columnIdentitySql(schema: DatasetSchema, _column: string, ref: ColumnRef): string {
  return rowValuesSql(schema, ref);
}

/** Identity for sampling: subjectKey value, else the whole row (VARCHAR, never NULL). */
export function rowIdentitySql(schema: DatasetSchema, ref: ColumnRef): string {
  const row = rowValuesSql(schema, ref);
  return schema.subjectKey === undefined ? row : `coalesce(${asVarchar(ref(schema.subjectKey))}, ${row})`;
}
