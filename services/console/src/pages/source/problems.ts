/**
 * Places the problems of a refused request (400/422 `details`) where they belong: at a form field
 * (`body.title`, `subjectKey`), at a column (by `column` name or `body.columns.3.type` index), or in
 * a general list.
 */
import type { ErrorDetail } from '../../api/api-error';

export type PlacedProblems = {
  /** Field name → message. */
  fields: Record<string, string>;
  /** Column name → messages. */
  columns: Record<string, string[]>;
  /** Every problem, with where it is, for a list. */
  all: { where: string; message: string }[];
};

export function placeProblems(details: ErrorDetail[], columnNames: readonly string[]): PlacedProblems {
  const placed: PlacedProblems = { fields: {}, columns: {}, all: [] };
  for (const detail of details) {
    const path = (detail.path ?? '').replace(/^body\.?/, '');
    const parts = path.split('.').filter((p) => p !== '');
    let column = detail.column;
    if (column === undefined && parts[0] === 'columns' && parts.length > 1) {
      // `columns.3.type` names a column by index (registration); `columns.name` by name (rules).
      column = /^[0-9]+$/.test(parts[1]) ? columnNames[Number(parts[1])] ?? `#${Number(parts[1]) + 1}` : parts[1];
    }
    if (column !== undefined) {
      (placed.columns[column] ??= []).push(detail.message);
      placed.all.push({ where: column, message: detail.message });
    } else {
      if (parts[0] !== undefined) placed.fields[parts[0]] ??= detail.message;
      placed.all.push({ where: path, message: detail.message });
    }
  }
  return placed;
}
