import { invalidInput } from '../errors.js';

/** A calendar date in Vietnam, written `YYYY-MM-DD` (ISO 8601); it sorts and compares as a plain string. */
export type LocalDate = string;

/** Vietnam keeps UTC+7 all year with no daylight saving time (the whole country since 13 Jun 1975; IANA Asia/Ho_Chi_Minh). */
export const VN_OFFSET_MINUTES = 420;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const VN_OFFSET_MS = VN_OFFSET_MINUTES * MINUTE_MS;

const DIGIT_0 = 48;
const digit = (s: string, i: number): number => s.charCodeAt(i) - DIGIT_0;
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y` in the proleptic Gregorian calendar. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
}

/** Day number since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function epochDayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Parses `YYYY-MM-DD` into numbers, or returns undefined when it is malformed or not a real date. */
function parts(value: unknown): [number, number, number] | undefined {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return undefined;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = digit(value, i);
    if (c < 0 || c > 9) return undefined;
  }
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const m = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return [y, m, d];
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is LocalDate {
  return parts(value) !== undefined;
}

/** Validates and returns `value` as a LocalDate; throws INVALID_INPUT naming `field` otherwise. */
export function parseLocalDate(value: unknown, field = 'date'): LocalDate {
  if (!isLocalDate(value)) {
    throw invalidInput(field, 'Invalid date (format YYYY-MM-DD).', 'Ngày không hợp lệ (định dạng YYYY-MM-DD).', { value });
  }
  return value;
}

/** Integer day number of a date (1970-01-01 = 0); throws INVALID_INPUT for a malformed date. */
export function toEpochDay(date: LocalDate, field = 'date'): number {
  const p = parts(date);
  if (p === undefined) parseLocalDate(date, field);
  const [y, m, d] = p as [number, number, number];
  return epochDayOf(y, m, d);
}

/** The date of a day number (inverse of toEpochDay; Hinnant's civil_from_days). */
export function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as LocalDate;
}

/** Year of a day number. */
export function yearOfEpochDay(epochDay: number): number {
  return Number(fromEpochDay(epochDay).slice(0, 4));
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeekOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** Day of week of a date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return dayOfWeekOfEpochDay(toEpochDay(date));
}

/** -1, 0 or 1 as `a` is before, equal to or after `b` (ISO strings compare lexically). */
export function compare(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A moment as seen on a clock in Vietnam (UTC+7). */
export type LocalInstant = { date: LocalDate; epochDay: number; minuteOfDay: number; msOfDay: number };

/** Day number in Vietnam (UTC+7) of an instant given in epoch milliseconds; independent of the process time zone. */
export function epochDayOfInstant(instant: number): number {
  return Math.floor((instant + VN_OFFSET_MS) / DAY_MS);
}

/** Local (UTC+7) date and time of day of an instant in epoch milliseconds. */
export function instantToLocal(instant: number): LocalInstant {
  const epochDay = epochDayOfInstant(instant);
  const msOfDay = instant + VN_OFFSET_MS - epochDay * DAY_MS;
  return { date: fromEpochDay(epochDay), epochDay, minuteOfDay: Math.floor(msOfDay / MINUTE_MS), msOfDay };
}

/** Epoch milliseconds of `minuteOfDay` (0–1440) on a local date or day number in Vietnam (UTC+7). */
export function localToInstant(date: LocalDate | number, minuteOfDay: number): number {
  const epochDay = typeof date === 'number' ? date : toEpochDay(date);
  return epochDay * DAY_MS + minuteOfDay * MINUTE_MS - VN_OFFSET_MS;
}

/** The local (UTC+7) date of an instant. */
export function localDateOf(instant: Date): LocalDate {
  return instantToLocal(instant.getTime()).date;
}
