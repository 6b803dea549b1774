/**
 * vue-i18n with zh-CN as the default and en: the choice is remembered in localStorage and set
 * on <html lang>. A missing message is a console error (the browser tests fail on any), never a
 * key shown silently.
 */
import { createI18n } from 'vue-i18n';
import { messages, type Locale, locales } from './messages';

const STORAGE_KEY = 'shuyu.locale';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: false,
  messages,
  missingWarn: false,
  fallbackWarn: false,
  missing: (locale, key) => {
    console.error(`missing message: ${key} (${locale})`);
    return key;
  },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale;
}

document.documentElement.lang = initialLocale();
