import type { LocalDate } from '../../../api/types';

/** A month, `YYYY-MM`. */
export type YearMonth = string;

export const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toLocal = (date: Date): LocalDate => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const fromLocal = (date: LocalDate): Date => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));

/** The month a date falls in. */
export const monthOf = (date: LocalDate): YearMonth => date.slice(0, 7);

export const yearOf = (value: LocalDate | YearMonth): number => Number(value.slice(0, 4));

/** `date` moved by `days` (negative: back). */
export const shiftDate = (date: LocalDate, days: number): LocalDate => {
  const next = fromLocal(date);
  next.setUTCDate(next.getUTCDate() + days);
  return toLocal(next);
};

/** `month` moved by `delta` months. */
export const shiftMonth = (month: YearMonth, delta: number): YearMonth => {
  const index = yearOf(month) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
};

export const daysInMonth = (month: YearMonth): number =>
  new Date(Date.UTC(yearOf(month), Number(month.slice(5, 7)), 0)).getUTCDate();

/** Monday 0 … Sunday 6 (Vietnamese weeks start on Monday). */
export const weekdayIndex = (date: LocalDate): number => (fromLocal(date).getUTCDay() + 6) % 7;

/** The same day of another month, clamped to its last day (31/01 → 29/02). */
export const sameDayIn = (month: YearMonth, date: LocalDate): LocalDate =>
  `${month}-${pad(Math.min(Number(date.slice(8, 10)), daysInMonth(month)))}`;

/** The weeks of a month, Monday first; days of the neighbouring months are null. */
export function monthWeeks(month: YearMonth): (LocalDate | null)[][] {
  const first = `${month}-01`;
  const cells: (LocalDate | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let day = 1; day <= daysInMonth(month); day += 1) cells.push(`${month}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The twelve months of a year. */
export const monthsOfYear = (year: number): YearMonth[] =>
  Array.from({ length: 12 }, (_, index) => `${pad(year, 4)}-${pad(index + 1)}`);
