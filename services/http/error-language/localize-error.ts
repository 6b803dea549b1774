/**
 * The message of an error answer in the chosen language. English is the error's own message.
 * Chinese comes from the catalogue by code (a function entry may carry an identifier of the
 * English message along), else from the generic message of the HTTP status, else of its class
 * (4xx, 5xx). The code never changes with the language; the details' messages follow it too
 * (localize-details.ts), where they point never does.
 */
import type { ErrorLanguage } from './choose-error-language';
import { zhErrorMessages, zhStatusMessages } from './error-messages-zh';

export type LocalizableError = { status: number; code: string; message: string };

export function localizeErrorMessage(error: LocalizableError, language: ErrorLanguage): string {
  if (language === 'en') return error.message;
  const entry = Object.hasOwn(zhErrorMessages, error.code) ? zhErrorMessages[error.code] : undefined;
  if (typeof entry === 'string') return entry;
  if (entry) {
    try {
      return entry(error.message);
    } catch {
      // a catalogue function that fails falls back to the status's message
    }
  }
  return zhStatusMessages[error.status] ?? zhStatusMessages[error.status >= 500 ? 500 : 400];
}
