import { addDays, dayOfWeek, daysInMonth, type LocalDate } from '../shared/local-date.js';

export type HistoryGranularity = 'week' | 'month' | 'year';
/** The most periods one history answers (a year of weeks, five years of months). */
export const MAX_HISTORY_PERIODS = 60;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The consecutive weeks (Monday to Sunday), calendar months or years that cover [from, to], clipped to it — the
 * weekly, monthly and yearly history of the Decision 766 index (Decision 766/QĐ-TTg: indices over any chosen period).
 */
export function historyPeriods(granularity: HistoryGranularity, from: LocalDate, to: LocalDate): Array<{ from: LocalDate; to: LocalDate }> {
  const out: Array<{ from: LocalDate; to: LocalDate }> = [];
  let start = from;
  while (start <= to && out.length <= MAX_HISTORY_PERIODS) {
    const [y, m] = start.split('-').map(Number);
    const end = granularity === 'week' ? addDays(start, (7 - dayOfWeek(start)) % 7)
      : granularity === 'month' ? `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` : `${y}-12-31`;
    out.push({ from: start, to: end < to ? end : to });
    start = addDays(end, 1);
  }
  return out;
}
