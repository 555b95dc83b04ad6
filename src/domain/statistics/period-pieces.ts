import { DAY_MS } from '../shared/local-date.js';

/** Month key of a local epoch day: year * 12 + month - 1 (the `stat_monthly.month` column). */
export const monthOfDay = (day: number): number => { const d = new Date(day * DAY_MS); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };
const firstDayOfMonth = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;

/**
 * Splits the local days [fromDay, toDay] into whole calendar months (read from the monthly rollup) and the days at
 * either end (read from the daily one), so that a year is 12 rows per unit and field rather than 365.
 */
export function periodPieces(fromDay: number, toDay: number): { months: [number, number] | null; days: Array<[number, number]> } {
  if (fromDay > toDay) return { months: null, days: [] };
  let firstMonth = monthOfDay(fromDay);
  if (firstDayOfMonth(firstMonth) !== fromDay) firstMonth++;
  let lastMonth = monthOfDay(toDay);
  if (firstDayOfMonth(lastMonth + 1) - 1 !== toDay) lastMonth--;
  if (firstMonth > lastMonth) return { months: null, days: [[fromDay, toDay]] };
  const days: Array<[number, number]> = [];
  if (fromDay < firstDayOfMonth(firstMonth)) days.push([fromDay, firstDayOfMonth(firstMonth) - 1]);
  if (toDay > firstDayOfMonth(lastMonth + 1) - 1) days.push([firstDayOfMonth(lastMonth + 1), toDay]);
  return { months: [firstMonth, lastMonth], days };
}
