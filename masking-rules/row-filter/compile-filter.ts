/**
 * Type-checks a parsed row filter against the dataset and compiles it to a DuckDB boolean expression.
 * Every column is emitted through `columnSql` (which quotes it) and every literal through quoteLiteral;
 * no text from the filter is ever spliced in raw. Strings compare with VARCHAR columns, or with DATE
 * and TIMESTAMP columns when they are ISO dates ('2024-01-31', '2024-01-31 08:00:00'); numbers with
 * numeric columns; true/false with BOOLEAN columns.
 */
import type { ColumnSpec, DatasetSchema } from '../dataset-schema';
import { quoteLiteral } from '../compiler/sql-quote';
import { FilterError, type FilterColumn, type FilterLiteral, type FilterNode } from './filter-ast';

const NUMERIC: readonly string[] = ['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,2)'];
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP_TEXT = /^(\d{4}-\d{2}-\d{2})(?: ([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?$/;

/** Every problem of the filter against the dataset (unknown columns, type mismatches), in order. */
export function checkFilter(node: FilterNode, schema: DatasetSchema): FilterError[] {
  const problems: FilterError[] = [];
  const column = (ref: FilterColumn): ColumnSpec | undefined => {
    const spec = schema.columns.find((c) => c.name === ref.name);
    if (spec === undefined) problems.push(new FilterError(`unknown column ${ref.name}`, ref.position));
    return spec;
  };
  const literal = (spec: ColumnSpec | undefined, lit: FilterLiteral): void => {
    const problem = spec === undefined ? undefined : literalProblem(spec, lit);
    if (problem !== undefined) problems.push(new FilterError(problem, lit.position));
  };
  const walk = (n: FilterNode): void => {
    switch (n.type) {
      case 'and': case 'or': walk(n.left); walk(n.right); return;
      case 'not': walk(n.operand); return;
      case 'is_null': column(n.column); return;
      case 'in': { const spec = column(n.column); n.values.forEach((v) => literal(spec, v)); return; }
      case 'compare': {
        const spec = column(n.column);
        if (n.right.kind !== 'column') { literal(spec, n.right); return; }
        const other = column(n.right);
        if (spec !== undefined && other !== undefined && !comparable(spec.type, other.type)) {
          problems.push(new FilterError(`cannot compare ${spec.type} column ${spec.name} with ${other.type} column ${other.name}`, n.right.position));
        }
      }
    }
  };
  walk(node);
  return problems;
}

/** The SQL of a checked filter; throws the first FilterError if it does not check. */
export function compileFilter(node: FilterNode, schema: DatasetSchema, columnSql: (name: string) => string): string {
  const problems = checkFilter(node, schema);
  if (problems.length > 0) throw problems[0];
  const typeOf = (name: string): string => schema.columns.find((c) => c.name === name)?.type ?? 'VARCHAR';
  const value = (lit: FilterLiteral, type: string): string =>
    lit.kind === 'string' && (type === 'DATE' || type === 'TIMESTAMP')
      ? `CAST(${quoteLiteral(lit.value)} AS ${type})`
      : quoteLiteral(lit.value);
  const emit = (n: FilterNode): string => {
    switch (n.type) {
      case 'and': return `(${emit(n.left)} AND ${emit(n.right)})`;
      case 'or': return `(${emit(n.left)} OR ${emit(n.right)})`;
      case 'not': return `(NOT ${emit(n.operand)})`;
      case 'is_null': return `(${columnSql(n.column.name)} IS ${n.negated ? 'NOT ' : ''}NULL)`;
      case 'in': {
        const type = typeOf(n.column.name);
        const list = n.values.map((v) => value(v, type)).join(', ');
        return `(${columnSql(n.column.name)} ${n.negated ? 'NOT ' : ''}IN (${list}))`;
      }
      case 'compare': {
        const right = n.right.kind === 'column' ? columnSql(n.right.name) : value(n.right, typeOf(n.column.name));
        return `(${columnSql(n.column.name)} ${n.op === '!=' ? '<>' : n.op} ${right})`;
      }
    }
  };
  return emit(node);
}

const TEMPORAL: readonly string[] = ['DATE', 'TIMESTAMP'];

function comparable(a: string, b: string): boolean {
  return a === b || (NUMERIC.includes(a) && NUMERIC.includes(b)) || (TEMPORAL.includes(a) && TEMPORAL.includes(b));
}

function literalProblem(spec: ColumnSpec, lit: FilterLiteral): string | undefined {
  const type = spec.type;
  const mismatch = `a ${lit.kind} cannot be compared with ${type} column ${spec.name}`;
  switch (lit.kind) {
    case 'number': return NUMERIC.includes(type) ? undefined : mismatch;
    case 'boolean': return type === 'BOOLEAN' ? undefined : mismatch;
    case 'string':
      if (type === 'VARCHAR') return undefined;
      if (type === 'DATE') return DATE_TEXT.test(lit.value) && isRealDate(lit.value) ? undefined : `expected a date 'YYYY-MM-DD' for DATE column ${spec.name}`;
      if (type === 'TIMESTAMP') return isTimestampText(lit.value) ? undefined : `expected 'YYYY-MM-DD[ HH:MM[:SS]]' for TIMESTAMP column ${spec.name}`;
      return mismatch;
  }
}

/** True when 'YYYY-MM-DD' names a real calendar day (years 1000..9999). */
export function isRealDate(text: string): boolean {
  if (!DATE_TEXT.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  if (y < 1000) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isTimestampText(text: string): boolean {
  const match = TIMESTAMP_TEXT.exec(text);
  return match !== null && isRealDate(match[1]);
}
