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
