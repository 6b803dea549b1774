/**
 * A query result for people (an aligned table) or programs (CSV, RFC 4180). Table cells go
 * through `terminalSafe`, so a value or a column alias cannot drive the terminal; CSV keeps
 * values as they are unless it is written to a terminal.
 */
import { terminalSafe } from './terminal-safe';

export type ResultSet = { columns: { name: string; type: string }[]; rows: unknown[][]; rowCount: number; truncated: boolean };

const MAX_CELL = 40;
/** East Asian wide and fullwidth characters (CJK, kana, hangul, fullwidth forms) and emoji take two columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200d\ufe00-\ufe0f]/u;

function charWidth(char: string): number {
  return WIDE.test(char) ? 2 : ZERO_WIDTH.test(char) ? 0 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

function clip(text: string): string {
  if (displayWidth(text) <= MAX_CELL) return text;
  let out = '';
  let width = 0;
  for (const char of text) {
    if (width + charWidth(char) > MAX_CELL - 1) break;
    out += char;
    width += charWidth(char);
  }
  return `${out}…`;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function pad(cell: string, width: number, right: boolean): string {
  const fill = ' '.repeat(width - displayWidth(cell));
  return right ? fill + cell : cell + fill;
}

export function resultTable(result: ResultSet): string {
  const header = result.columns.map((c) => clip(terminalSafe(c.name)));
  const body = result.rows.map((row) => row.map((v) => (v === null ? 'NULL' : clip(terminalSafe(text(v))))));
  const numeric = result.rows[0]?.map((v) => typeof v === 'number' || typeof v === 'bigint') ?? [];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], numeric[i] === true)).join('  ').trimEnd();
  const footer = `(${result.rowCount} ${result.rowCount === 1 ? 'row' : 'rows'}${result.truncated ? ', truncated' : ''})`;
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), footer].join('\n');
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a header line; `forTerminal` makes every field terminal-safe first. */
export function resultCsv(result: ResultSet, forTerminal: boolean): string {
  const field = (value: string) => csvField(forTerminal ? terminalSafe(value) : value);
  const lines = [result.columns.map((c) => field(c.name)), ...result.rows.map((row) => row.map((v) => field(text(v))))];
  return lines.map((cells) => cells.join(',')).join('\n');
}
