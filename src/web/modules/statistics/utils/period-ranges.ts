import type { LocalDate } from '../../../api/types';
import type { PeriodPreset } from '../../../api/reports';

/** The presets of the period picker, in the server's order (GET /api/v1/reports/period-presets), and the free range. */
export const PERIOD_CHOICES = [
  'month', 'quarter', 'six_months', 'nine_months', 'year', 'first_months',
  'cutoff_month', 'cutoff_quarter', 'cutoff_six_months', 'cutoff_year', 'custom',
] as const satisfies readonly (PeriodPreset | 'custom')[];
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

export const isPeriodChoice = (value: string | null | undefined): value is PeriodChoice =>
  (PERIOD_CHOICES as readonly string[]).includes(value ?? '');

/** Which antd picker chooses the reference date of a preset (the month, quarter or year it names). */
export function pickerFor(preset: PeriodPreset): 'month' | 'quarter' | 'year' {
  if (preset === 'month' || preset === 'cutoff_month') return 'month';
  if (preset === 'quarter' || preset === 'cutoff_quarter') return 'quarter';
  return 'year';
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** One calendar month: `YYYY-MM` with its first and last day. */
export type MonthRange = { month: string; from: LocalDate; to: LocalDate };

/** The `count` calendar months ending with the month of `end`, oldest first (the trend chart's x axis). */
export function lastMonths(end: LocalDate, count: number): MonthRange[] {
  let y = Number(end.slice(0, 4));
  let m = Number(end.slice(5, 7));
  const out: MonthRange[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ month: `${y}-${pad(m)}`, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(daysIn(y, m))}` });
    if (--m === 0) { m = 12; y--; }
  }
  return out.reverse();
}

/** Whether a string is a real calendar date YYYY-MM-DD. */
export function isLocalDate(value: string | null | undefined): value is LocalDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}
