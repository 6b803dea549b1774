/**
 * Excel's date serials as exact dates and times. In the 1900 system day 1 is 1900-01-01 and
 * day 60 is the 1900-02-29 Lotus 1-2-3 invented (no real date); in the 1904 system day 0 is
 * 1904-01-01. The fraction is the time of day. Times are kept to the millisecond.
 */
const DAY_MS = 86_400_000;

/** Milliseconds since the Unix epoch (UTC) of a serial, or null for a serial that names no real day. */
export function serialToUtcMs(serial: number, date1904: boolean): number | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const offsetMs = Math.round(serial * DAY_MS);
  if (date1904) return Date.UTC(1904, 0, 1) + offsetMs;
  if (serial >= 61) return Date.UTC(1899, 11, 30) + offsetMs;
  if (serial >= 1 && serial < 60) return Date.UTC(1899, 11, 31) + offsetMs;
  return null;
}

/** The serial a JS Date made by exceljs stands for (it counts every day from 1899-12-30, or adds 1462 days in the 1904 system). */
export function dateToSerial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / DAY_MS - (date1904 ? 1462 : 0);
}

/** `YYYY-MM-DD`, or null when the time of day is not midnight. */
export function isoDate(ms: number): string | null {
  return ms % DAY_MS === 0 ? isoDateTime(ms).slice(0, 10) : null;
}

/** `YYYY-MM-DD HH:MM:SS.mmm` (UTC: serials carry no time zone). */
export function isoDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}
