/**
 * The months of the Vietnamese lunisolar calendar between two winter solstices, computed astronomically
 * (the rules Hồ Ngọc Đức describes in "Thuật toán tính âm lịch", reimplemented here on Meeus' formulas):
 * - a month starts on the local day of a new moon;
 * - month 11 is the month that contains the winter solstice (Sun at 270°);
 * - a span from one month 11 to the next that holds 13 months has a leap month: the first month after month 11
 *   in which the Sun enters no new 30° sector ("major term", trung khí); it repeats the number of the month before.
 * Days are epoch days (1970-01-01 = 0) in the given time zone.
 */
import { JD_UNIX_EPOCH, newMoonIndexBefore, newMoonJdUt, sunLongitude } from './astronomy.js';
import { epochDayOf } from '../shared/local-date.js';

/** One lunar month: the epoch day it starts on, its number 1–12, its lunar year, and whether it is the leap month. */
export type LunarMonthSpan = { start: number; month: number; year: number; leap: boolean };

/** Local epoch day of new moon `k` at UTC+`tzHours`. */
export function newMoonDay(k: number, tzHours: number): number {
  return Math.floor(newMoonJdUt(k) - JD_UNIX_EPOCH + tzHours / 24);
}

/** The Sun's 30° sector (0–11) at local midnight that starts `epochDay`. */
function sunSectorAtStartOf(epochDay: number, tzHours: number): number {
  return Math.floor(sunLongitude(epochDay + JD_UNIX_EPOCH - tzHours / 24) / 30);
}

/** Number of the new moon that starts month 11 of Gregorian year `year` (the month containing the winter solstice). */
export function month11Index(year: number, tzHours: number): number {
  const endOfDec31 = epochDayOf(year, 12, 31) + 1 + JD_UNIX_EPOCH - tzHours / 24;
  const k = newMoonIndexBefore(endOfDec31 - 1e-9);
  return sunSectorAtStartOf(newMoonDay(k, tzHours), tzHours) >= 9 ? k - 1 : k;
}

/**
 * Months from month 11 of lunar year `year - 1` up to (not including) month 11 of lunar year `year`, followed by the
 * start day of that next month 11 (`end`).
 */
export function lunarMonthsOfSpan(year: number, tzHours: number): { months: LunarMonthSpan[]; end: number } {
  const kA = month11Index(year - 1, tzHours);
  const kB = month11Index(year, tzHours);
  const starts: number[] = [];
  for (let k = kA; k <= kB; k++) starts.push(newMoonDay(k, tzHours));
  const count = kB - kA;
  let leapAt = -1;
  if (count === 13) {
    let previous = sunSectorAtStartOf(starts[1], tzHours);
    for (let j = 1; j < 13; j++) {
      const next = sunSectorAtStartOf(starts[j + 1], tzHours);
      if (next === previous) {
        leapAt = j;
        break;
      }
      previous = next;
    }
  }
  const months: LunarMonthSpan[] = [];
  let lunarYear = year - 1;
  for (let j = 0; j < count; j++) {
    const leap = j === leapAt;
    const ordinal = leapAt >= 0 && j >= leapAt ? j - 1 : j;
    const month = ((10 + ordinal) % 12) + 1;
    if (month === 1 && !leap) lunarYear = year;
    months.push({ start: starts[j], month, year: lunarYear, leap });
  }
  return { months, end: starts[count] };
}
