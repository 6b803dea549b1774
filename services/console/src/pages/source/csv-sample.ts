/**
 * Reads the header and a few rows of a sample CSV file in the browser (the file is not uploaded),
 * to prefill the registration form's columns: names from the header, types guessed from the values.
 */
import type { ColumnDraft } from './source-types';

const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_ROWS = 50;

/** Splits one CSV line into fields (RFC 4180 quotes; a quoted field does not span lines here). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(field); field = ''; } else field += c;
  }
  out.push(field);
  return out;
}

/** A column name the catalog accepts: lower-case ASCII or Chinese, digits and underscores. */
export function toColumnName(header: string): string {
  let name = header.trim().replace(/^\uFEFF/, '').toLowerCase().replace(/[^\p{Script=Han}a-z0-9_]+/gu, '_').replace(/^_+|_+$/g, '');
  if (name === '' || /^[0-9]/.test(name)) name = `c_${name}`;
  return name.slice(0, 63);
}

function guessType(values: string[]): ColumnDraft['type'] {
  const present = values.map((v) => v.trim()).filter((v) => v !== '');
  if (present.length === 0) return 'VARCHAR';
  const all = (re: RegExp) => present.every((v) => re.test(v));
  if (all(/^(true|false)$/i)) return 'BOOLEAN';
  // Leading zeros or ten digits and more mean a code (region codes, ID and mobile numbers), not a number.
  if (all(/^-?(0|[1-9][0-9]{0,8})$/)) return 'INTEGER';
  if (all(/^-?(0|[1-9][0-9]{0,8})(\.[0-9]{1,2})?$/)) return 'DECIMAL(18,2)';
  if (all(/^-?(0|[1-9][0-9]{0,8})(\.[0-9]+)?$/)) return 'DOUBLE';
  if (all(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)) return 'DATE';
  if (all(/^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?$/)) return 'TIMESTAMP';
  return 'VARCHAR';
}

/** The columns of a CSV sample: names from its header, types guessed from its first rows. */
export async function columnsFromCsv(file: Blob): Promise<ColumnDraft[]> {
  const text = await file.slice(0, SAMPLE_BYTES).text();
  const lines = text.split(/\r?\n/);
  if (text.length === SAMPLE_BYTES) lines.pop(); // the last line may be cut off
  const [header, ...rows] = lines.filter((l) => l.trim() !== '').slice(0, SAMPLE_ROWS + 1);
  if (header === undefined) return [];
  const names = splitCsvLine(header);
  const cells = rows.map(splitCsvLine);
  return names.map((h, i) => ({
    name: toColumnName(h), type: guessType(cells.map((r) => r[i] ?? '')), description: '', personal: 'none', identifier: 'none', semantic: '',
  }));
}
