/**
 * Vietnamese lunar calendar (âm lịch): solar ↔ lunar conversion for 1900–2199, computed astronomically.
 *
 * Time zone: from lunar year 1968 the calendar is computed for UTC+7 (Hà Nội), after decision 121-CP of 8 Aug 1967 of
 * the Government of the Democratic Republic of Vietnam (as recounted by Hồ Ngọc Đức); this is why Tết differs from the Chinese
 * (UTC+8) calendar in some years (1985, 2007, 2030, …). Before that, the calendar in use in Vietnam followed the
 * Chinese UTC+8 computation, so lunar years up to 1967 are computed for UTC+8; the last month of 1967 ends where
 * Tết 1968 begins (29 Jan 1968). Both choices match Hồ Ngọc Đức's published tables ("Âm lịch Việt Nam").
 */
import { assertSupportedYear, invalidInput, MIN_YEAR } from './calendar-error.js';
import { fromEpochDay, type LocalDate, toEpochDay } from '../shared/local-date.js';
import { lunarMonthsOfSpan, type LunarMonthSpan } from './lunar-months.js';

/** A date of the lunar calendar; `leap` marks the intercalary month (tháng nhuận), which repeats `month`. */
export type LunarDate = { day: number; month: number; year: number; leap: boolean };
/** One month of a lunar year: its number, whether it is the leap month, its first solar day and its length. */
export type LunarMonth = { month: number; leap: boolean; start: LocalDate; days: number };

/** First lunar year computed for UTC+7 (decision 121-CP, 1967). */
export const UTC7_SINCE_LUNAR_YEAR = 1968;

type Span = { months: LunarMonthSpan[]; end: number };
const spans = new Map<number, Span>();

/** Months from month 11 of `year - 1` to month 10 (or leap 10) of `year`, with the era's time zone. */
function span(year: number): Span {
  let cached = spans.get(year);
  if (cached === undefined) {
    if (year !== UTC7_SINCE_LUNAR_YEAR) {
      cached = lunarMonthsOfSpan(year, year > UTC7_SINCE_LUNAR_YEAR ? 7 : 8);
    } else {
      const utc7 = lunarMonthsOfSpan(year, 7);
      const utc8 = lunarMonthsOfSpan(year, 8);
      const before = utc8.months.filter((m) => m.year < year);
      cached = { months: [...before, ...utc7.months.filter((m) => m.year === year)], end: utc7.end };
    }
    spans.set(year, cached);
  }
  return cached;
}

function monthEnd(s: Span, index: number): number {
  return index + 1 < s.months.length ? s.months[index + 1].start : s.end;
}

/** The lunar date of a solar date (1900-01-01 … 2199-12-31). */
export function solarToLunar(date: LocalDate): LunarDate {
  const day = toEpochDay(date);
  const year = Number(date.slice(0, 4));
  assertSupportedYear(year, 'date');
  let s = span(year);
  if (day >= s.end) s = span(year + 1);
  let i = s.months.length - 1;
  while (s.months[i].start > day) i--;
  const m = s.months[i];
  return { day: day - m.start + 1, month: m.month, year: m.year, leap: m.leap };
}

function assertLunarInput(lunar: LunarDate): void {
  const { day, month, year, leap } = lunar;
  if (year !== MIN_YEAR - 1) assertSupportedYear(year, 'lunar.year');
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalidInput('lunar.month', 'Tháng âm lịch phải từ 1 đến 12.', 'Lunar month must be 1–12.', month);
  }
  if (!Number.isInteger(day) || day < 1 || day > 30) {
    throw invalidInput('lunar.day', 'Ngày âm lịch phải từ 1 đến 30.', 'Lunar day must be 1–30.', day);
  }
  if (typeof leap !== 'boolean') {
    throw invalidInput('lunar.leap', 'Cờ tháng nhuận phải là true/false.', 'Leap flag must be a boolean.', leap);
  }
}

/**
 * The solar date of a lunar date (solar result within 1900–2199; lunar year 1899 is accepted for January 1900);
 * rejects a leap month the year does not have and day 30 of a 29-day month.
 */
export function lunarToSolar(lunar: LunarDate): LocalDate {
  assertLunarInput(lunar);
  const s = span(lunar.month >= 11 ? lunar.year + 1 : lunar.year);
  const i = s.months.findIndex((m) => m.year === lunar.year && m.month === lunar.month && m.leap === lunar.leap);
  if (i < 0) {
    throw invalidInput('lunar.leap', `Năm âm lịch ${lunar.year} không có tháng ${lunar.month} nhuận.`,
      `Lunar year ${lunar.year} has no leap month ${lunar.month}.`, lunar);
  }
  const start = s.months[i].start;
  if (start + lunar.day > monthEnd(s, i)) {
    throw invalidInput('lunar.day', `Tháng âm lịch này chỉ có ${monthEnd(s, i) - start} ngày.`,
      `This lunar month has only ${monthEnd(s, i) - start} days.`, lunar);
  }
  const result = fromEpochDay(start + lunar.day - 1);
  assertSupportedYear(Number(result.slice(0, 4)), 'lunar');
  return result;
}

/** Solar date of Tết Nguyên Đán (lunar 1/1) of `year`. */
export function lunarNewYear(year: number): LocalDate {
  assertSupportedYear(year, 'year');
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}

/** The 12 or 13 months of lunar year `year`, in order, with their first solar day and length. */
export function lunarYearMonths(year: number): LunarMonth[] {
  assertSupportedYear(year, 'year');
  const result: LunarMonth[] = [];
  for (const s of [span(year), span(year + 1)]) {
    s.months.forEach((m, i) => {
      if (m.year === year) result.push({ month: m.month, leap: m.leap, start: fromEpochDay(m.start), days: monthEnd(s, i) - m.start });
    });
  }
  return result;
}

