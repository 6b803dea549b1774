/**
 * One English message of a detail, a check, a disclosure reason or detection evidence, in the
 * chosen language. English is the message itself. Chinese comes from the template catalogues
 * (details, rule sets, request validation, checks, live form and reasons, evidence); a message
 * none of them knows stays English rather than being garbled.
 */
import type { ErrorLanguage } from './choose-error-language';
import { zhCheckMessages } from './check-messages-zh';
import { zhDetailMessages } from './detail-messages-zh';
import { zhReportingDetailMessages } from './detail-messages-zh-reporting';
import { zhEvidenceMessages } from './evidence-messages-zh';
import { zhLiveFormMessages } from './live-form-messages-zh';
import { zhRuleMessages } from './rule-messages-zh';
import { zhZodMessages } from './zod-messages-zh';
import { templateLocalizer, type ZhTemplates } from './zh-templates';

/** Every catalogue, for the test that checks each template the sources produce has a Chinese rendering. */
export const zhMessageCatalogues: Readonly<Record<string, ZhTemplates>> = {
  details: zhDetailMessages,
  rules: zhRuleMessages,
  zod: zhZodMessages,
  checks: zhCheckMessages,
  liveForm: zhLiveFormMessages,
  evidence: zhEvidenceMessages,
  reporting: zhReportingDetailMessages,
};

const zh = templateLocalizer(...Object.values(zhMessageCatalogues));

/** Rendered messages, by English text (messages repeat: the same reason on many cells). Bounded. */
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 5000;

/** The Chinese of an English message, or null when no template knows it. */
export function zhMessage(english: string): string | null {
  if (cache.has(english)) return cache.get(english) ?? null;
  let text: string | null;
  try {
    text = zh(english);
  } catch {
    text = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(english, text);
  return text;
}

/** The message in `language`: English as it is; Chinese when a template knows it, else English. */
export function localizeMessage(english: string, language: ErrorLanguage): string {
  if (language === 'en' || typeof english !== 'string') return english;
  return zhMessage(english) ?? english;
}
