/**
 * The syntax tree of a row filter (declassification rule), and the error every stage of the filter
 * pipeline throws. Positions are 0-based character offsets into the filter text.
 */

export type FilterLiteral =
  | { kind: 'string'; value: string; position: number }
  | { kind: 'number'; value: number; position: number }
  | { kind: 'boolean'; value: boolean; position: number };

export type FilterColumn = { kind: 'column'; name: string; position: number };

export type FilterOperand = FilterColumn | FilterLiteral;

export const comparisonOperators = ['=', '!=', '<', '<=', '>', '>='] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'compare'; op: ComparisonOperator; column: FilterColumn; right: FilterOperand }
  | { type: 'in'; column: FilterColumn; negated: boolean; values: FilterLiteral[] }
  | { type: 'is_null'; column: FilterColumn; negated: boolean };

/** A filter the grammar or the dataset refuses; `position` points at the offending token. */
export class FilterError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} at position ${position}`);
    this.name = 'FilterError';
  }
}
