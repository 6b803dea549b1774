/** Small helpers of the operator area: terms in Asia/Shanghai, field errors, downloads. */
import { ApiError, type ErrorDetail } from '../../api/api-error';

/** Today's calendar date in Asia/Shanghai as YYYY-MM-DD (the term's dates are Shanghai days). */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The calendar day a date picker's cell stands for (its local date), as YYYY-MM-DD. */
export function calendarDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A YYYY-MM-DD date moved by whole years (29 February falls back to 28 February). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** The term's first instant: the start of that day in Asia/Shanghai (UTC+8 all year). */
export function startOfShanghaiDay(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** The term's last instant: the end of that day in Asia/Shanghai. */
export function endOfShanghaiDay(day: string): string {
  return `${day}T23:59:59+08:00`;
}

/**
 * The form field an API error detail names: `body.scenario` (400) or `endsAt`, `datasets.1` (422)
 * become `scenario`, `endsAt`, `datasets`; with the column it names, if any.
 */
export function fieldErrors(error: ApiError, fields: readonly string[], where: (path: string[]) => string = () => ''): { byField: Record<string, string[]>; rest: string[] } {
  const byField: Record<string, string[]> = {};
  const rest: string[] = [];
  for (const detail of error.details) {
    const parts = (detail.path ?? '').split('.').filter((p) => p !== 'body');
    const field = parts[0] ?? '';
    const prefix = [where(parts), detail.column].filter(Boolean).join(' · ');
    const text = prefix ? `${prefix}: ${detail.message}` : detail.message;
    if (fields.includes(field)) (byField[field] ??= []).push(text);
    else rest.push(text);
  }
  return { byField, rest };
}

/** A file name safe on every desktop system. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'output';
}

/** Saves a blob under a file name through an object URL (no navigation, nothing inline). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
