/**
 * The language of an error message, from the request's `Accept-Language`: `zh-CN` or `en`.
 *
 * Parsing and ranking are express's (`req.acceptsLanguages()`, i.e. accepts → negotiator): the
 * client's ranges, most preferred first by q-value and then header order, with `q=0` left out.
 * The first range whose primary subtag is `zh` (`zh`, `zh-CN`, `zh-Hans`, `zh-TW`, …) answers
 * `zh-CN`, the only Chinese the catalogue has; `en`, `en-US`, … answer `en`; `*` answers `en`
 * unless `en` itself is refused (`*;q=0.5, en;q=0`). No header, an empty one, or nothing we
 * offer answers `en`, as before.
 *
 * Why not simply `req.acceptsLanguages('en', 'zh-CN')`: negotiator ranks a more specific match
 * above header order at equal q (`en-US, zh-CN` would pick `zh-CN`, the client's second choice),
 * and it never matches `zh-Hans` or `zh-TW` to an offered `zh-CN`. Mapping the ranked ranges by
 * primary subtag keeps the client's order and takes every Chinese range.
 */
import type { Request } from 'express';

export const errorLanguages = ['en', 'zh-CN'] as const;
export type ErrorLanguage = (typeof errorLanguages)[number];

export function chooseErrorLanguage(req: Request): ErrorLanguage {
  try {
    for (const range of req.acceptsLanguages()) {
      const primary = range.split('-')[0].toLowerCase();
      if (primary === 'zh') return 'zh-CN';
      if (primary === 'en') return 'en';
      if (range === '*') return req.acceptsLanguages('en') || !req.acceptsLanguages('zh-CN', 'zh') ? 'en' : 'zh-CN';
    }
  } catch {
    // an error answer must never fail for its language: English, as before
  }
  return 'en';
}
