/** Default dates of the selection forms, as Asia/Shanghai calendar days (YYYY-MM-DD). */
import { calendarDay, shanghaiToday } from '../operator/operator-util';

/** The Shanghai day `days` from today. */
export function shanghaiDayIn(days: number): string {
  return shanghaiToday(new Date(Date.now() + days * 86_400_000));
}

/** For a date picker: days before today cannot be chosen. */
export function beforeToday(date: Date): boolean {
  return calendarDay(date) < shanghaiToday();
}
