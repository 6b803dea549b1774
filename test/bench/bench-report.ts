/**
 * Benchmark report types and formatting helpers. A section returns one `BenchReport`: named
 * figures (the numbers that matter, written to JSON), tables (printed for people), goals
 * (a figure compared with a target) and notes.
 */

export type BenchValue = number | string | boolean | null;

export type BenchTable = { title: string; columns: string[]; rows: BenchValue[][] };

export type BenchGoal = { figure: string; value: number; comparison: '>=' | '<='; target: number; met: boolean };

export type BenchReport = {
  name: string;
  figures: Record<string, BenchValue>;
  tables: BenchTable[];
  goals: BenchGoal[];
  notes: string[];
};

export type BenchContext = { scale: number };

/** A benchmark section. Later capabilities add theirs to `benchSections`. */
export type BenchSection = { name: string; description: string; run(context: BenchContext): Promise<BenchReport> };

export type LatencySummary = { count: number; p50: number; p99: number; mean: number; max: number };

/** The p-th percentile (0..100) of an ascending array, by nearest rank. NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  const index = Math.min(sorted.length - 1, Math.max(0, rank - 1));
  return sorted[index];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Summarises latencies (any unit; the summary keeps it). Sorts a copy. */
export function summarize(values: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  let sum = 0;
  for (const v of list) sum += v;
  return {
    count: list.length,
    p50: percentile(list, 50),
    p99: percentile(list, 99),
    mean: list.length ? sum / list.length : Number.NaN,
    max: list.length ? list[list.length - 1] : Number.NaN,
  };
}

export function goal(figure: string, value: number, comparison: '>=' | '<=', target: number): BenchGoal {
  const met = comparison === '>=' ? value >= target : value <= target;
  return { figure, value, comparison, target, met };
}

/** Rounds to a few significant digits for display and JSON. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return Number(value.toFixed(Math.min(decimals, 6)));
}

export function formatValue(value: BenchValue): string {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return '-';
  if (typeof value === 'number') return Number.isFinite(value) ? String(round(value, 4)) : String(value);
  return String(value);
}

/** Renders a table with aligned columns (numbers right-aligned). */
export function formatTable(table: BenchTable): string {
  const cells = table.rows.map((row) => row.map(formatValue));
  const widths = table.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[], raw?: BenchValue[]) =>
    values
      .map((v, i) => (typeof raw?.[i] === 'number' ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [`  ${table.title}`, `  ${line(table.columns)}`, `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`];
  cells.forEach((row, r) => out.push(`  ${line(row, table.rows[r])}`));
  return out.join('\n');
}

/** The whole section as printable text: tables, figures, goals and notes. */
export function formatReport(report: BenchReport, seconds: number): string {
  const out = [`== ${report.name} (${seconds.toFixed(1)} s)`];
  for (const table of report.tables) out.push(formatTable(table), '');
  const figures = Object.entries(report.figures);
  if (figures.length) {
    out.push(formatTable({ title: 'figures', columns: ['figure', 'value'], rows: figures.map(([k, v]) => [k, v]) }), '');
  }
  for (const g of report.goals) {
    out.push(`  goal ${g.figure} ${g.comparison} ${g.target}: ${formatValue(g.value)} -> ${g.met ? 'MET' : 'NOT MET'}`);
  }
  for (const note of report.notes) out.push(`  note: ${note}`);
  return out.join('\n');
}
