/** The automatic checks of a model at submission, returned to the operator and shown to the reviewer. */
import type { GuardedStatement } from '../../sandbox/guard/statement-guard';
import type { QueryShape } from '../../sandbox/guard/query-shape';
import type { ModelCheck, ModelParameter } from './model';

export function parameterNames(statement: GuardedStatement): string[] {
  const names = new Set<string>();
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.class === 'PARAMETER' && typeof o.identifier === 'string') names.add(o.identifier);
    Object.values(o).forEach(visit);
  };
  visit(statement.tree);
  return [...names];
}

export function modelChecks(shape: QueryShape, parameters: ModelParameter[], used: string[]): ModelCheck[] {
  const unused = parameters.filter((p) => !used.includes(p.name)).map((p) => p.name);
  return [
    { name: 'statement_guard', passed: true, message: 'one read-only SELECT using only allowed functions' },
    { name: 'sandbox_tables_only', passed: true, message: `reads only sandbox tables: ${shape.tables.join(', ') || '(none)'}` },
    {
      name: 'no_identifier_output', passed: shape.exposed.length === 0,
      message: shape.exposed.length ? `outputs pseudonyms or direct identifiers (${shape.exposed.join(', ')}); runs are blocked unless the review grants record-level output` : 'no output column is a direct identifier or a pseudonym',
    },
    { name: 'aggregates', passed: shape.aggregates, message: shape.aggregates ? 'every output is an aggregate or a grouping key' : 'the query does not aggregate: its rows are records' },
    {
      name: 'joins_datasets', passed: shape.tables.length <= 1,
      message: shape.tables.length > 1 ? `joins ${shape.tables.length} datasets (${shape.tables.join(', ')}): aggregation risk (关联汇聚风险) for the reviewer` : 'reads a single dataset',
    },
    { name: 'parameters', passed: unused.length === 0, message: unused.length ? `declared but unused: ${unused.join(', ')}` : 'every declared parameter is used and bound as a prepared-statement parameter' },
  ];
}
