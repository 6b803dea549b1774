/**
 * The `details` of an error answer in the chosen language: each detail's `message` by template
 * (localize-message.ts); its path, row and column never change, and English details are returned
 * as they are (the same array). A detail that quotes DuckDB's own words about the operator's SQL
 * (a model failing on the dev twin) is a Chinese sentence with that text after it, first line
 * only and literals blanked, as the error message itself does.
 */
import type { ErrorDetail } from '../../errors/app-error';
import type { ErrorLanguage } from './choose-error-language';
import { zhMessage } from './localize-message';
import { withDetail } from './zh-specifics';

/** Codes whose details carry DuckDB's free text: the Chinese sentence that leads it. */
const FREE_TEXT: Record<string, string> = {
  model_fails_on_dev: '模型在开发副本上运行失败',
};

export function localizeDetails(error: { code: string; details?: ErrorDetail[] }, language: ErrorLanguage): ErrorDetail[] | undefined {
  if (language === 'en' || !error.details) return error.details;
  return error.details.map((detail) => {
    if (typeof detail?.message !== 'string') return detail;
    const lead = Object.hasOwn(FREE_TEXT, error.code) ? FREE_TEXT[error.code] : undefined;
    const message = zhMessage(detail.message) ?? (lead ? withDetail(lead, detail.message) : null);
    return message === null ? detail : { ...detail, message };
  });
}
