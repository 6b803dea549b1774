/**
 * Scans output cells for values that look like identifiers: resident ID numbers, mobile
 * numbers, unified social credit codes and (Luhn-valid) bank cards, also inside longer text.
 * Only text and integer columns are scanned; decimals and floats are measurements. A candidate
 * must stand alone (no letter or digit touching it), so a hex pseudonym that happens to contain
 * eleven digits in a row is not taken for a mobile.
 */
import { validateBankCard, validateCnMobile, validateCnResidentId, validateUnifiedSocialCreditCode } from '../../masking-rules/identifiers';

export type IdentifierHit = { column: string; row: number; kind: 'cn_id' | 'cn_mobile' | 'uscc' | 'bank_card' };

const CANDIDATES: { kind: IdentifierHit['kind']; pattern: RegExp; valid: (v: string) => boolean }[] = [
  { kind: 'cn_id', pattern: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, valid: (v) => validateCnResidentId(v).valid },
  { kind: 'uscc', pattern: /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g, valid: (v) => { const r = validateUnifiedSocialCreditCode(v); return r.valid && r.warnings.length === 0; } },
  { kind: 'cn_mobile', pattern: /(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9A-Za-z])/g, valid: (v) => validateCnMobile(v).valid },
  { kind: 'bank_card', pattern: /(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])/g, valid: (v) => { const r = validateBankCard(v); return r.valid && r.warnings.length === 0; } },
];

const SCANNED_TYPES = /^(VARCHAR|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;

export function scanForIdentifiers(columns: { name: string; type: string }[], rows: unknown[][]): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  columns.forEach((column, c) => {
    if (!SCANNED_TYPES.test(column.type)) return;
    rows.forEach((row, r) => {
      const cell = row[c];
      if (cell === null || cell === undefined) return;
      const text = String(cell);
      for (const candidate of CANDIDATES) {
        for (const match of text.matchAll(candidate.pattern)) {
          if (candidate.valid(match[0])) {
            hits.push({ column: column.name, row: r, kind: candidate.kind });
            return;
          }
        }
      }
    });
  });
  return hits;
}
