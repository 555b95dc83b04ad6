import type { LocalDate } from '../domain/shared/local-date.js';

/**
 * Vietnamese formatting of figures, shares and dates for the exported documents (xlsx, docx), through `Intl` with the
 * `vi-VN` locale: "." groups thousands, "," marks decimals (860.246; 98,80 %). Pure; independent of the process time
 * zone and of the default locale.
 */

const INTEGER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const TWO_DECIMALS = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const DATE = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** What a share prints when its whole is zero (no rate can be computed). */
export const NO_RATE = '—';

/** `860.246`: a count with Vietnamese digit grouping. */
export function formatNumberVi(n: number): string {
  return INTEGER.format(n);
}

/** `98,80 %`: a percentage (already × 100) with two decimals, a decimal comma and a space before the sign. */
export function formatPercentVi(percent: number): string {
  return `${TWO_DECIMALS.format(percent)} %`;
}

/** `part / whole` as a percentage with two decimals (`98,80 %`), or {@link NO_RATE} when `whole` is 0. */
export function formatShareVi(part: number, whole: number): string {
  return whole === 0 ? NO_RATE : formatPercentVi((part / whole) * 100);
}

/** `05/03/2026` from a local date `2026-03-05` (the date as written, never shifted by a time zone). */
export function formatDateVi(date: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) throw new RangeError(`Not a local date: ${date}`);
  // Intl gives the zero-padded dd/mm/yyyy order Vietnamese documents use; the date is built and read in UTC.
  return DATE.format(new Date(Date.UTC(y, m - 1, d)));
}

/** `từ ngày 15/02/2026 đến ngày 14/03/2026`, as the forms state a reporting period. */
export function formatPeriodVi(from: LocalDate, to: LocalDate): string {
  return `từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}`;
}
