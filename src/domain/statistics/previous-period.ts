import { addDays, daysInMonth, toEpochDay, type LocalDate } from '../shared/local-date.js';

const parts = (d: LocalDate) => d.split('-').map(Number) as [number, number, number];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const shiftMonths = (y: number, m: number, by: number): [number, number] => { const k = y * 12 + m - 1 - by; return [Math.floor(k / 12), (k % 12) + 1]; };

/**
 * The period to compare with, for the change in rank: a period of whole months (1st to last day) or a cut-off window
 * (the Nth to the day before the Nth, Decree 09/2019/ND-CP pattern) moves back by its number of months; any other
 * range by its own length, ending the day before it starts (Decision 766/QĐ-TTg: indices over any chosen period).
 */
export function previousPeriod(from: LocalDate, to: LocalDate): { from: LocalDate; to: LocalDate } {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const months = (ty * 12 + tm) - (fy * 12 + fm);
  const wholeMonths = fd === 1 && td === daysInMonth(ty, tm);
  const window = fd > 1 && fd <= 28 && td === fd - 1 && months >= 1;
  if (wholeMonths || window) {
    const span = wholeMonths ? months + 1 : months;
    const [py, pm] = shiftMonths(fy, fm, span);
    const start = iso(py, pm, fd);
    return { from: start, to: addDays(from, -1) };
  }
  const length = toEpochDay(to) - toEpochDay(from) + 1;
  const end = addDays(from, -1);
  return { from: addDays(end, -(length - 1)), to: end };
}
