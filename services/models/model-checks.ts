/** The automatic checks of a model at submission, returned to the operator and shown to the reviewer. */
import type { LiveForm } from '../../sandbox/disclosure/live-model-form';
import type { GuardedStatement } from '../../sandbox/guard/statement-guard';
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

export function modelChecks(form: LiveForm, parameters: ModelParameter[], used: string[]): ModelCheck[] {
  const unused = parameters.filter((p) => !used.includes(p.name)).map((p) => p.name);
  const tables = [...new Set(form.aliases.map((a) => a.table))];
  const exposed = form.recordLevel.filter((r) => r.startsWith('outputs identifier'));
  const exploding = form.recordLevel.filter((r) => !r.startsWith('outputs identifier') && !r.startsWith('the query does not aggregate'));
  return [
    { name: 'statement_guard', passed: true, message: 'one read-only SELECT using only allowed functions' },
    { name: 'sandbox_tables_only', passed: true, message: `reads only sandbox tables: ${tables.join(', ') || '(none)'}` },
    { name: 'live_form', passed: true, message: 'one SELECT over sandbox tables joined in FROM; identifiers and pseudonyms only join or are counted' },
    { name: 'runs_on_dev', passed: true, message: 'runs on the dev twin without error' },
    {
      name: 'no_identifier_output', passed: exposed.length === 0,
      message: exposed.length ? `${exposed.join('; ')}: runs are blocked unless the review grants record-level output` : 'no output column is a direct identifier or a pseudonym',
    },
    { name: 'aggregates', passed: form.aggregates && exploding.length === 0, message: !form.aggregates ? 'the query does not aggregate: its rows are records (record-level output needs the review’s grant)' : exploding.length ? `${exploding.join('; ')}: record-level output needs the review’s grant` : 'every output is an aggregate or a grouping key' },
    {
      name: 'unsafe_statistics', passed: form.unsafe.length === 0,
      message: form.unsafe.length ? `uses ${form.unsafe.join(', ')}, which can return one contributor's value: runs are blocked unless the review grants unsafe statistics; the cells then face the dominance checks` : 'only safe statistics (count, sum, mean, variance, quantiles, …)',
    },
    {
      name: 'joins_datasets', passed: tables.length <= 1,
      message: tables.length > 1 ? `joins ${tables.length} datasets (${tables.join(', ')}): aggregation risk (关联汇聚风险) for the reviewer; every table's subjects are counted per row` : 'reads a single dataset',
    },
    { name: 'parameters', passed: unused.length === 0, message: unused.length ? `declared but unused: ${unused.join(', ')}` : 'every declared parameter is used and bound as a prepared-statement parameter' },
  ];
}
