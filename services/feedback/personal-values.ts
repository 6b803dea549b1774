/**
 * The guard on free text that crosses the feedback channel (an operator's description and
 * example, a source unit's answer and closing note): anything shaped like a personal identifier
 * is refused, so the channel can carry neither a raw value out (a clerk pasting a row) nor a
 * question about one in ("is 11010519491231002X in your data?").
 *
 * The check looks at the text alone and never at any data, so it answers the same whether or
 * not the value exists anywhere (no oracle). It sees through the usual disguises: full-width
 * characters (NFKC), Chinese numerals written for digits, digits split by spaces or dashes, and
 * e-mail addresses written with [at] and [dot]. The refusal names the field and the kind of
 * identifier, never the text.
 */
import { identifiersIn, type TextIdentifierKind } from '../../masking-rules/identifiers/identifiers-in-text';
import { UnprocessableError, type ErrorDetail } from '../errors/app-error';

/** Personal identifiers: never in feedback. (Credit codes name organisations, not people.) */
const PERSONAL_KINDS = ['cn_id', 'cn_id_legacy', 'cn_mobile', 'bank_card', 'email'] as const satisfies readonly TextIdentifierKind[];
export type PersonalValueKind = (typeof PERSONAL_KINDS)[number];

const CHINESE_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CHINESE_DIGIT = new RegExp(`[${Object.keys(CHINESE_DIGITS).join('')}]`, 'g');
/** Up to three spaces or dashes between two digits (an ID or phone number written in groups). */
const DIGIT_SEPARATORS = /(?<=\d)[ \t\u2010-\u2015-]{1,3}(?=[\dXx])/g;
const BRACKETED_AT = /\s*[[({<]\s*at\s*[\])}>]\s*/gi;
const BRACKETED_DOT = /\s*[[({<]\s*dot\s*[\])}>]\s*/gi;

/** The readings of `text` the check scans: as written (full-width folded), and with its disguises undone. */
function readings(text: string): string[] {
  const folded = text.normalize('NFKC');
  const undone = folded
    .replace(CHINESE_DIGIT, (c) => CHINESE_DIGITS[c])
    .replace(BRACKETED_AT, '@')
    .replace(BRACKETED_DOT, '.')
    .replace(DIGIT_SEPARATORS, '');
  return undone === folded ? [folded] : [folded, undone];
}

/** The kinds of personal identifier in `text` (none: an empty list). */
export function personalValuesIn(text: string): PersonalValueKind[] {
  const found = new Set(readings(text).flatMap((reading) => identifiersIn(reading, PERSONAL_KINDS)));
  return PERSONAL_KINDS.filter((kind) => found.has(kind));
}

/**
 * Refuses (422 `personal_value`) when any of the named texts holds a personal identifier; the
 * details name the field and the kind only. `onRefusal` hears the fields and kinds (for the
 * audit entry), never the text.
 */
export function refusePersonalValues(texts: Record<string, string | undefined | null>, onRefusal?: (found: { fields: string[]; kinds: PersonalValueKind[] }) => void): void {
  const details: ErrorDetail[] = [];
  const kinds = new Set<PersonalValueKind>();
  for (const [field, text] of Object.entries(texts)) {
    const found = text ? personalValuesIn(text) : [];
    found.forEach((kind) => kinds.add(kind));
    // The kind, never the text; the two forms of a resident ID read as one.
    for (const kind of new Set(found.map((k) => (k === 'cn_id_legacy' ? 'cn_id' : k)))) {
      details.push({
        path: field,
        message: kind === 'email' ? 'contains what looks like an e-mail address'
          : kind === 'cn_mobile' ? 'contains what looks like a mobile number'
            : kind === 'bank_card' ? 'contains what looks like a bank card number'
              : 'contains what looks like a resident ID number',
      });
    }
  }
  if (details.length === 0) return;
  onRefusal?.({ fields: [...new Set(details.map((d) => d.path ?? ''))], kinds: [...kinds] });
  throw new UnprocessableError(
    'feedback may not carry personal values: describe the problem with the dev twin or a released output, never with a person’s identifier',
    details,
    'personal_value',
  );
}
