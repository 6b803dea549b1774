/**
 * Makes text safe to print on a terminal. Audit entries, ids, names and error messages can
 * carry what a caller sent; printed raw, an ANSI sequence (`\x1b[2J`), a carriage return, a
 * newline, a Unicode line separator or a bidi override (U+202E) could erase the screen or forge
 * lines and columns. Every such character is printed as a visible escape instead: C0 controls,
 * DEL, C1 controls, U+2028/U+2029 and the bidi embeddings, overrides, isolates and marks.
 */

/** Beyond C0: DEL, C1, the Arabic letter mark, LRM/RLM, U+2028/U+2029, LRE..RLO, LRI..PDI. */
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
/** The characters no printer may write raw. */
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');
/** What JSON.stringify leaves raw (it escapes C0 itself; its own indentation newlines must stay). */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(char: string, width: number): string {
  return char.charCodeAt(0).toString(16).padStart(width, '0');
}

/**
 * One field or line for a human: `\n`, `\r`, `\t`, `\xHH` below U+0100, `\uHHHH` above. A
 * backslash is doubled, so that a printed `\x1b` always stands for a real escape character.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(UNSAFE, (c) => SHORT[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** Text the program composed of several lines: its line breaks stay, each line is made safe. */
export function terminalSafeLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n');
}

/**
 * JSON for a terminal. JSON.stringify already escapes C0 controls; the rest of the unsafe set
 * (DEL, C1, separators, bidi) becomes `\uHHHH`, so the output stays valid JSON of the same value.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
