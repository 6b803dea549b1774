/**
 * Regular-expression patterns that code generators in other languages accept. The routes
 * validate with ECMAScript Unicode property escapes (`\p{Script=Han}`, `\p{L}`), which Python's
 * `re` and several Java and .NET generators refuse. In the OpenAPI document each `\p{…}` becomes
 * the explicit character class of the code points the running engine matches, so the emitted
 * pattern accepts and refuses exactly what the route does: BMP code points as `\uXXXX` (read by
 * ECMAScript, Python, Java and .NET alike), astral ones (CJK extensions B and later) as the
 * characters themselves, as JSON Schema 2020-12 patterns are read with Unicode semantics.
 */

const cache = new Map<string, string>();
const MAX_CODE_POINT = 0x10ffff;

function escapeCodePoint(cp: number): string {
  return cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : String.fromCodePoint(cp);
}

/** The inside of a character class (`a-b` ranges) matching what `\p{name}` matches. */
export function propertyClass(property: string): string {
  const known = cache.get(property);
  if (known !== undefined) return known;
  const test = new RegExp(`^\\p{${property}}$`, 'u');
  const ranges: string[] = [];
  let start = -1;
  const close = (end: number) => {
    ranges.push(start === end ? escapeCodePoint(start) : `${escapeCodePoint(start)}-${escapeCodePoint(end)}`);
    start = -1;
  };
  for (let cp = 0; cp <= MAX_CODE_POINT; cp += 1) {
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    const matches = !surrogate && test.test(String.fromCodePoint(cp));
    if (matches && start < 0) start = cp;
    else if (start >= 0 && (!matches || cp === 0x10000)) {
      // A range never spans the BMP boundary: its two ends are written differently.
      close(cp - 1);
      if (matches) start = cp;
    }
  }
  if (start >= 0) close(MAX_CODE_POINT);
  const body = ranges.join('');
  cache.set(property, body);
  return body;
}

/** The pattern with every `\p{…}` replaced by an explicit class; `\P{…}` is refused (none is used). */
export function portablePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      const property = /^\\([pP])\{([^}]+)\}/.exec(pattern.slice(i));
      if (property) {
        if (property[1] === 'P') throw new Error(`a negated property escape cannot be made portable: ${pattern}`);
        out += inClass ? propertyClass(property[2]) : `[${propertyClass(property[2])}]`;
        i += property[0].length - 1;
      } else {
        out += pattern.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return out;
}
