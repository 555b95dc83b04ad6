import { invalidInput } from '../errors.js';
import { daysInMonth, parseLocalDate, type LocalDate } from '../shared/local-date.js';

/**
 * Named reporting periods for the statistics reports (form II.06a and the others): the calendar periods that local
 * practice reports on, and the data cut-off windows of Decree 09/2019/NĐ-CP (shared/domain.md §2.3). Pure: the caller
 * passes the reference date (usually today in Vietnam). The period is always a closed range of local dates
 * [from, to]; a free range needs no preset.
 */

/** The presets, in the order the UI offers them. */
export const PERIOD_PRESETS = [
  'month', 'quarter', 'six_months', 'nine_months', 'year', 'first_months',
  'cutoff_month', 'cutoff_quarter', 'cutoff_six_months', 'cutoff_year',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type PeriodPresetInfo = {
  preset: PeriodPreset;
  /** Vietnamese label for the period picker. */
  labelVi: string;
  /** English label for the period picker. */
  labelEn: string;
  /** `calendar`: whole calendar months; `cutoff`: the Decree 09/2019/NĐ-CP window from the 15th to the 14th. */
  kind: 'calendar' | 'cutoff';
  /** True when the preset needs a number of months (first N months of the year). */
  needsMonths: boolean;
  /** True when no primary text we could read confirms the rule (shared/domain.md marks it UNCONFIRMED). */
  unconfirmed: boolean;
};

/** The presets with their picker labels (Vietnamese first, English beside it). */
export const PERIOD_PRESET_INFO: readonly PeriodPresetInfo[] = [
  { preset: 'month', labelVi: 'Tháng', labelEn: 'Month', kind: 'calendar', needsMonths: false, unconfirmed: false },
  { preset: 'quarter', labelVi: 'Quý', labelEn: 'Quarter', kind: 'calendar', needsMonths: false, unconfirmed: false },
  { preset: 'six_months', labelVi: '6 tháng đầu năm', labelEn: 'First 6 months', kind: 'calendar', needsMonths: false, unconfirmed: false },
  { preset: 'nine_months', labelVi: '9 tháng đầu năm', labelEn: 'First 9 months', kind: 'calendar', needsMonths: false, unconfirmed: false },
  { preset: 'year', labelVi: 'Năm', labelEn: 'Year', kind: 'calendar', needsMonths: false, unconfirmed: false },
  { preset: 'first_months', labelVi: 'Số tháng đầu năm (7, 10…)', labelEn: 'First N months of the year (7, 10…)', kind: 'calendar', needsMonths: true, unconfirmed: false },
  { preset: 'cutoff_month', labelVi: 'Tháng (chốt số liệu 15–14, Nghị định 09/2019/NĐ-CP)', labelEn: 'Month (data cut-off 15th–14th, Decree 09/2019)', kind: 'cutoff', needsMonths: false, unconfirmed: false },
  { preset: 'cutoff_quarter', labelVi: 'Quý (chốt số liệu 15–14, Nghị định 09/2019/NĐ-CP)', labelEn: 'Quarter (data cut-off 15th–14th, Decree 09/2019)', kind: 'cutoff', needsMonths: false, unconfirmed: false },
  { preset: 'cutoff_six_months', labelVi: '6 tháng (chốt số liệu 15/12–14/6, chưa xác nhận)', labelEn: '6 months (data cut-off 15 Dec–14 Jun, unconfirmed)', kind: 'cutoff', needsMonths: false, unconfirmed: true },
  { preset: 'cutoff_year', labelVi: 'Năm (chốt số liệu 15/12–14/12, Nghị định 09/2019/NĐ-CP)', labelEn: 'Year (data cut-off 15 Dec–14 Dec, Decree 09/2019)', kind: 'cutoff', needsMonths: false, unconfirmed: false },
];

export type ReportPeriod = {
  preset: PeriodPreset;
  /** First day of the period, inclusive. */
  from: LocalDate;
  /** Last day of the period, inclusive. */
  to: LocalDate;
  /** Vietnamese name of the period, to follow "Báo cáo … " ("quý I năm 2026", "tháng 3 năm 2026"). */
  label: string;
  /** English name of the period ("Q1 2026", "March 2026"). */
  labelEn: string;
};

export type ReportPeriodOptions = {
  preset: PeriodPreset;
  /** Reference date: it names the reporting month, quarter or year (see each rule). */
  date: LocalDate;
  /** Number of months for `first_months` (1–12); ignored by the other presets. */
  months?: number;
};

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): LocalDate => `${y}-${pad(m)}-${pad(d)}`;
const lastOfMonth = (y: number, m: number): LocalDate => ymd(y, m, daysInMonth(y, m));
const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Ym = { y: number; m: number };
const ymOf = (date: LocalDate): Ym => ({ y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)) });
const previousMonth = ({ y, m }: Ym): Ym => (m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 });
const quarterOf = (m: number): number => Math.ceil(m / 3);

/** The calendar month that contains `date` (local practice: "báo cáo tháng"; shared/domain.md §2.3). */
export function calendarMonth(date: LocalDate): Omit<ReportPeriod, 'preset'> {
  const { y, m } = ymOf(parseLocalDate(date));
  return { from: ymd(y, m, 1), to: lastOfMonth(y, m), label: `tháng ${m} năm ${y}`, labelEn: `${MONTH_EN[m - 1]} ${y}` };
}

/** The calendar quarter that contains `date` (local practice: "báo cáo quý"; shared/domain.md §2.3). */
export function calendarQuarter(date: LocalDate): Omit<ReportPeriod, 'preset'> {
  const { y, m } = ymOf(parseLocalDate(date));
  const q = quarterOf(m);
  return { from: ymd(y, 3 * q - 2, 1), to: lastOfMonth(y, 3 * q), label: `quý ${ROMAN[q - 1]} năm ${y}`, labelEn: `Q${q} ${y}` };
}

/**
 * The first `months` calendar months of the year of `date`, 1 January to the end of month `months` (local practice
 * reports 6-, 7-, 9- and 10-month figures; shared/domain.md §2.3); 12 months is the calendar year.
 */
export function firstMonthsOfYear(date: LocalDate, months: number): Omit<ReportPeriod, 'preset'> {
  const { y } = ymOf(parseLocalDate(date));
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    throw invalidInput('months', 'The number of months must be a whole number from 1 to 12.', 'Số tháng phải là số nguyên từ 1 đến 12.', { value: months });
  }
  if (months === 12) return { from: ymd(y, 1, 1), to: ymd(y, 12, 31), label: `năm ${y}`, labelEn: `Year ${y}` };
  return { from: ymd(y, 1, 1), to: lastOfMonth(y, months), label: `${months} tháng đầu năm ${y}`, labelEn: `First ${months} months of ${y}` };
}

/**
 * Monthly cut-off window for the month of `date`: from the 15th of the previous month to the 14th of that month
 * (Decree 09/2019/NĐ-CP, as quoted from secondary sources in shared/domain.md §2.3).
 */
export function cutoffMonth(date: LocalDate): Omit<ReportPeriod, 'preset'> {
  const ym = ymOf(parseLocalDate(date));
  const p = previousMonth(ym);
  return {
    from: ymd(p.y, p.m, 15), to: ymd(ym.y, ym.m, 14),
    label: `tháng ${ym.m} năm ${ym.y} (số liệu từ ngày 15/${pad(p.m)}/${p.y} đến ngày 14/${pad(ym.m)}/${ym.y})`,
    labelEn: `${MONTH_EN[ym.m - 1]} ${ym.y} (data 15 ${MONTH_EN[p.m - 1]} ${p.y} – 14 ${MONTH_EN[ym.m - 1]} ${ym.y})`,
  };
}

/**
 * Quarterly cut-off window for the quarter of `date`: from the 15th of the month before the quarter to the 14th of
 * its last month (Decree 09/2019/NĐ-CP, as quoted from secondary sources in shared/domain.md §2.3).
 */
export function cutoffQuarter(date: LocalDate): Omit<ReportPeriod, 'preset'> {
  const { y, m } = ymOf(parseLocalDate(date));
  const q = quarterOf(m);
  const before = previousMonth({ y, m: 3 * q - 2 });
  return {
    from: ymd(before.y, before.m, 15), to: ymd(y, 3 * q, 14),
    label: `quý ${ROMAN[q - 1]} năm ${y} (số liệu từ ngày 15/${pad(before.m)}/${before.y} đến ngày 14/${pad(3 * q)}/${y})`,
    labelEn: `Q${q} ${y} (data 15 ${MONTH_EN[before.m - 1]} ${before.y} – 14 ${MONTH_EN[3 * q - 1]} ${y})`,
  };
}

/**
 * 6-month cut-off window for the year of `date`: 15 December of the previous year to 14 June. UNCONFIRMED: shared/
 * domain.md §2.3 quotes this for Decree 09/2019/NĐ-CP from secondary sources only; treat it as a default.
 */
export function cutoffSixMonths(date: LocalDate): Omit<ReportPeriod, 'preset'> {
  const { y } = ymOf(parseLocalDate(date));
  return {
    from: ymd(y - 1, 12, 15), to: ymd(y, 6, 14),
    label: `6 tháng đầu năm ${y} (số liệu từ ngày 15/12/${y - 1} đến ngày 14/06/${y})`,
    labelEn: `First half of ${y} (data 15 December ${y - 1} – 14 June ${y})`,
  };
}

/**
 * Yearly cut-off window for the year of `date`: 15 December of the previous year to 14 December (Decree
 * 09/2019/NĐ-CP, as quoted from secondary sources in shared/domain.md §2.3).
 */
export function cutoffYear(date: LocalDate): Omit<ReportPeriod, 'preset'> {
  const { y } = ymOf(parseLocalDate(date));
  return {
    from: ymd(y - 1, 12, 15), to: ymd(y, 12, 14),
    label: `năm ${y} (số liệu từ ngày 15/12/${y - 1} đến ngày 14/12/${y})`,
    labelEn: `Year ${y} (data 15 December ${y - 1} – 14 December ${y})`,
  };
}

/**
 * The period a preset names for a reference date (shared/domain.md §2.3). The date names the reporting month,
 * quarter or year: a calendar preset gives the period that contains it; a cut-off preset gives the window of the
 * month, quarter or year the date falls in (the March window, 15 Feb–14 Mar, for any date in March, even after the
 * 14th). Throws INVALID_INPUT naming `preset`, `date` or `months`.
 */
export function reportPeriod(o: ReportPeriodOptions): ReportPeriod {
  const date = parseLocalDate(o.date, 'date');
  const of = (p: Omit<ReportPeriod, 'preset'>): ReportPeriod => ({ preset: o.preset, ...p });
  switch (o.preset) {
    case 'month': return of(calendarMonth(date));
    case 'quarter': return of(calendarQuarter(date));
    case 'six_months': return of(firstMonthsOfYear(date, 6));
    case 'nine_months': return of(firstMonthsOfYear(date, 9));
    case 'year': return of(firstMonthsOfYear(date, 12));
    case 'first_months':
      if (o.months === undefined) throw invalidInput('months', 'Give the number of months (1–12) for the first months of the year.', 'Cần nhập số tháng (1–12) cho kỳ các tháng đầu năm.');
      return of(firstMonthsOfYear(date, o.months));
    case 'cutoff_month': return of(cutoffMonth(date));
    case 'cutoff_quarter': return of(cutoffQuarter(date));
    case 'cutoff_six_months': return of(cutoffSixMonths(date));
    case 'cutoff_year': return of(cutoffYear(date));
    default:
      throw invalidInput('preset', `Unknown period preset; use one of ${PERIOD_PRESETS.join(', ')}.`, 'Loại kỳ báo cáo không hợp lệ.', { value: o.preset });
  }
}
