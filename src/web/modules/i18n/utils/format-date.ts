import type { Lang } from './language';
import { intlLocale } from './language';

/** Local time of the province (UTC+7, no daylight saving). */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = make()));
  return format;
}

/** A calendar date `YYYY-MM-DD` as 30/06/2025, without time-zone drift. */
export function formatLocalDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return cached(`d-${lang}`, () => new Intl.DateTimeFormat(intlLocale(lang), {
    day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC',
  })).format(date);
}

/** An instant (ISO 8601) as date and time in the province's time zone. */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`dt-${lang}`, () => new Intl.DateTimeFormat(intlLocale(lang), {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hour12: false, timeZone: PROVINCE_TIME_ZONE,
  })).format(date);
}

/** Today in the province, `YYYY-MM-DD`. */
export function todayInProvince(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric', month: '2-digit', day: '2-digit', timeZone: PROVINCE_TIME_ZONE,
  }).format(now);
}

const utcDateOf = (value: string): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
};

/** The weekday of a calendar date: "Thứ Sáu" / "Friday" (`long`), "T6" / "F" (`narrow`), "Thứ 6" / "Fri" (`short`). */
export function formatWeekday(value: string, lang: Lang, width: 'long' | 'short' | 'narrow' = 'long'): string {
  const date = utcDateOf(value);
  if (!date) return value;
  return cached(`w-${width}-${lang}`, () => new Intl.DateTimeFormat(intlLocale(lang), { weekday: width, timeZone: 'UTC' })).format(date);
}

/** A month `YYYY-MM` as "Tháng 2 năm 2024" / "February 2024" (`withYear` false: "Tháng 2" / "February"). */
export function formatMonth(value: string, lang: Lang, withYear = true): string {
  const date = utcDateOf(`${value}-01`);
  if (!date) return value;
  const text = cached(`m-${withYear}-${lang}`, () => new Intl.DateTimeFormat(intlLocale(lang), {
    month: 'long', ...(withYear && { year: 'numeric' }), timeZone: 'UTC',
  })).format(date);
  return text.charAt(0).toLocaleUpperCase(intlLocale(lang)) + text.slice(1);
}

/** The clock time (HH:MM, 24 h) of an instant in the province. */
export function formatClock(value: string, lang: Lang): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`c-${lang}`, () => new Intl.DateTimeFormat(intlLocale(lang), {
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: PROVINCE_TIME_ZONE,
  })).format(date);
}

/** The clock time now in the province, `HH:MM`. */
export function clockInProvince(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: PROVINCE_TIME_ZONE,
  }).format(now);
}
