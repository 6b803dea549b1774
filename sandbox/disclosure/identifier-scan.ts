/**
 * Scans output cells for values that look like identifiers: resident ID numbers, mobile
 * numbers, unified social credit codes and (Luhn-valid) bank cards, also inside longer text
 * (see masking-rules/identifiers/identifiers-in-text.ts). Only text and integer columns are
 * scanned; decimals and floats are measurements.
 */
import { firstIdentifierIn } from '../../masking-rules/identifiers/identifiers-in-text';

export type IdentifierHit = { column: string; row: number; kind: 'cn_id' | 'cn_mobile' | 'uscc' | 'bank_card' };

/** The kinds an output cell is scanned for, in the order a hit is named. */
const SCANNED_KINDS = ['cn_id', 'uscc', 'cn_mobile', 'bank_card'] as const;

const SCANNED_TYPES = /^(VARCHAR|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;

export function scanForIdentifiers(columns: { name: string; type: string }[], rows: unknown[][]): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  columns.forEach((column, c) => {
    if (!SCANNED_TYPES.test(column.type)) return;
    rows.forEach((row, r) => {
      const cell = row[c];
      if (cell === null || cell === undefined) return;
      const kind = firstIdentifierIn(String(cell), SCANNED_KINDS);
      if (kind) hits.push({ column: column.name, row: r, kind });
    });
  });
  return hits;
}
