/**
 * Chinese for English messages that carry specifics, by template. A catalogue maps each English
 * template to its Chinese: the key is the English sentence with each specific as a typed
 * placeholder (`fewer than {n} subjects contribute`, see zh-placeholders.ts), the value renders
 * the Chinese from what the placeholders let pass. Keys without placeholders are exact sentences.
 *
 * A message is matched against the longest templates first; the first template whose every
 * placeholder passes wins. A message that no template matches may be a list of messages joined
 * by `; ` (a model's form problems): it is localized piece by piece, or not at all. No match
 * gives null, and the caller keeps the English.
 */
import { PLACEHOLDERS, type Localize } from './zh-placeholders';

export type ZhRender = (...parts: string[]) => string;
export type ZhTemplates = Readonly<Record<string, ZhRender>>;

type Compiled = { regex: RegExp; kinds: string[]; render: ZhRender; literal: number };

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** The key with each placeholder as `{}`: the form the template scan of the sources writes. */
export function templateShape(key: string): string {
  return key.replace(PLACEHOLDER, '{}');
}

function compile(key: string, render: ZhRender): Compiled {
  const kinds: string[] = [];
  let source = '';
  let last = 0;
  for (const m of key.matchAll(PLACEHOLDER)) {
    const kind = PLACEHOLDERS[m[1]];
    if (!kind) throw new Error(`unknown placeholder {${m[1]}} in ${JSON.stringify(key)}`);
    source += key.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + `(${kind.pattern})`;
    kinds.push(m[1]);
    last = m.index + m[0].length;
  }
  source += key.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { regex: new RegExp(`^${source}$`, 's'), kinds, render, literal: key.replace(PLACEHOLDER, '').length };
}

/** A localizer over the given catalogues (later ones do not override earlier keys). */
export function templateLocalizer(...catalogues: ZhTemplates[]): Localize {
  const exact = new Map<string, ZhRender>();
  const patterns: Compiled[] = [];
  for (const catalogue of catalogues) {
    for (const [key, render] of Object.entries(catalogue)) {
      if (!key.includes('{')) {
        if (!exact.has(key)) exact.set(key, render);
      } else {
        patterns.push(compile(key, render));
      }
    }
  }
  patterns.sort((a, b) => b.literal - a.literal);

  const whole = (english: string, depth: number): string | null => {
    const fixed = exact.get(english);
    if (fixed) return fixed();
    if (depth > 4) return null;
    const nested: Localize = (inner) => localize(inner, depth + 1);
    for (const template of patterns) {
      const m = template.regex.exec(english);
      if (!m) continue;
      const parts = template.kinds.map((kind, i) => PLACEHOLDERS[kind].zh(m[i + 1], nested));
      if (parts.every((p): p is string => p !== null)) return template.render(...parts);
    }
    return null;
  };

  /** Pieces joined by `; `: from each piece on, the longest run that is one message, then the rest (memoized). */
  const pieces = (list: string[], depth: number): string[] | null => {
    const memo = new Map<number, string[] | null>();
    const from = (start: number): string[] | null => {
      if (start === list.length) return [];
      if (memo.has(start)) return memo.get(start)!;
      let found: string[] | null = null;
      for (let end = list.length; end > start && found === null; end -= 1) {
        const head = whole(list.slice(start, end).join('; '), depth);
        const rest = head === null ? null : from(end);
        if (head !== null && rest !== null) found = [head, ...rest];
      }
      memo.set(start, found);
      return found;
    };
    return from(0);
  };

  const localize = (english: string, depth = 0): string | null => {
    const single = whole(english, depth);
    if (single !== null || !english.includes('; ')) return single;
    return pieces(english.split('; '), depth)?.join('；') ?? null;
  };
  return (english) => localize(english);
}
