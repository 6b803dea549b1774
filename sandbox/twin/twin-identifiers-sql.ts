/**
 * SQL stages for synthetic Chinese identifiers, valid by construction: resident ID numbers
 * (GB 11643 MOD 11-2 check character), unified social credit codes (GB 32100 MOD 31), Luhn-valid
 * bank cards, mobiles on unassigned segments, and Guangdong plates. The check characters are computed
 * in SQL over the previous stage, so no row ever passes through JavaScript.
 */
import { quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { USCC_ALPHABET } from '../../masking-rules/identifiers/unified-social-credit-code';
import { shenzhenRegionCodes } from './twin-address-parts';
import { between, charsFrom, digits, pick, type Draw } from './twin-sql';
import type { Stage } from './twin-types';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Mobile segments (号段) the twin uses: 1[3-9] like every mobile, but outside the ranges operators
 * have been assigned (libphonenumber's CN mobile pattern excludes 154, 179 and 194), so a twin number
 * is never a real subscriber's, and a masked twin number (154****1234) never equals a masked real one.
 */
export const twinMobilePrefixes = ['154', '179', '194'] as const;

/** Six-digit bank identification numbers of large Chinese banks. */
const cardBins = ['622848', '621700', '622202', '622588', '621483', '622700', '621226', '623668'] as const;

/** Sum over the first `weights.length` characters of `ref`, each mapped by `value`, times its weight. */
function weightedSum(ref: string, weights: readonly number[], value: (char: string) => string): string {
  return weights.map((w, k) => `${value(`substr(${ref}, ${k + 1}, 1)`)} * ${w}`).join(' + ');
}

/** A DATE expression of a birth date between 1935 and 2020. */
export function birthDateSql(draw: Draw, salt: string): string {
  return `(DATE '1935-01-01' + CAST(${between(draw, salt, 0, 31_410)} AS INTEGER))`;
}

/** 18-character resident ID: Shenzhen region, birth date, sequence, check character. */
export function cnIdStages(draw: Draw): Stage[] {
  return [
    () => `${pick(shenzhenRegionCodes, draw, 'id-region')} || strftime(${birthDateSql(draw, 'id-birth')}, '%Y%m%d') || ${digits(draw, 'id-seq', 3)}`,
    (p) => `${p} || substr('10X98765432', CAST((${weightedSum(p, ID_WEIGHTS, (c) => `CAST(${c} AS INTEGER)`)}) % 11 AS INTEGER) + 1, 1)`,
  ];
}

/** 18-character unified social credit code of a Shenzhen enterprise: 91 + region + MA5… + check. */
export function usccStages(draw: Draw): Stage[] {
  const alphabet = quoteLiteral(USCC_ALPHABET);
  return [
    () => `'91' || ${pick(shenzhenRegionCodes, draw, 'uscc-region')} || 'MA5' || ${charsFrom(USCC_ALPHABET, draw, 'uscc-c', 6)}`,
    (p) => `${p} || substr(${alphabet}, CAST((31 - (${weightedSum(p, USCC_WEIGHTS, (c) => `(strpos(${alphabet}, ${c}) - 1)`)}) % 31) % 31 AS INTEGER) + 1, 1)`,
  ];
}

/** 19-digit Luhn-valid bank card: BIN, 12 digits, check digit. */
export function bankCardStages(draw: Draw): Stage[] {
  const payloadLength = 18;
  return [
    () => `${pick(cardBins, draw, 'card-bin')} || ${digits(draw, 'card-body', 12)}`,
    (p) => {
      const terms = Array.from({ length: payloadLength }, (_, k) => {
        const d = `CAST(substr(${p}, ${k + 1}, 1) AS INTEGER)`;
        const doubled = (payloadLength - k) % 2 === 1;
        return doubled ? `((2 * ${d}) % 10 + (2 * ${d}) // 10)` : d;
      });
      return `${p} || CAST((10 - (${terms.join(' + ')}) % 10) % 10 AS VARCHAR)`;
    },
  ];
}

/** 11-digit mobile on a twin segment. */
export function mobileSql(draw: Draw): string {
  return `${pick(twinMobilePrefixes, draw, 'mobile-prefix')} || ${digits(draw, 'mobile-rest', 8)}`;
}

/** Guangdong plate: 粤 + city letter (mostly B, Shenzhen) + 5 characters without I and O. */
export function plateSql(draw: Draw): string {
  return `'粤' || ${pick(['B', 'B', 'B', 'B', 'A', 'S', 'E'], draw, 'plate-city')} || ${charsFrom('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', draw, 'plate-c', 5)}`;
}
