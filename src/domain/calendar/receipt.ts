/** Shared input checks and the effective receipt day, for due dates and elapsed working time. */
import { invalidInput, MAX_YEAR, MIN_YEAR } from './calendar-error.js';
import { DAY_MS, epochDayOf, MINUTE_MS, VN_OFFSET_MINUTES } from '../shared/local-date.js';
import type { WorkingCalendar } from './working-calendar.js';
import type { WorkingHours } from './working-hours.js';

export type Channel = 'in_person' | 'online' | 'postal';
export const CHANNELS: readonly Channel[] = ['in_person', 'online', 'postal'];

const VN_OFFSET_MS = VN_OFFSET_MINUTES * MINUTE_MS;
const FIRST_MS = epochDayOf(MIN_YEAR, 1, 1) * DAY_MS - VN_OFFSET_MS;
const LAST_MS = epochDayOf(MAX_YEAR + 1, 1, 1) * DAY_MS - VN_OFFSET_MS;

/** Throws INVALID_INPUT unless `value` is epoch milliseconds of a moment in 1900–2199 (Vietnam time). */
export function assertInstant(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < FIRST_MS || value >= LAST_MS) {
    throw invalidInput(field, `Thời điểm phải là mili giây epoch trong khoảng năm ${MIN_YEAR}–${MAX_YEAR}.`,
      `Instant must be epoch milliseconds within ${MIN_YEAR}–${MAX_YEAR}.`, value);
  }
}

export function assertChannel(value: unknown): asserts value is Channel | undefined {
  if (value !== undefined && !CHANNELS.includes(value as Channel)) {
    throw invalidInput('channel', 'Kênh nộp hồ sơ phải là in_person, online hoặc postal.',
      'Channel must be in_person, online or postal.', value);
  }
}

/** Splits an instant into its local (UTC+7) epoch day and milliseconds since local midnight. */
export function localParts(instant: number): { day: number; msOfDay: number } {
  const shifted = instant + VN_OFFSET_MS;
  const day = Math.floor(shifted / DAY_MS);
  return { day, msOfDay: shifted - day * DAY_MS };
}

/**
 * The day a dossier counts as received: the day itself when it is a working day and the dossier arrived by the
 * receipt cut-off (end of office hours by default); otherwise the next working day. Same rule for every channel: an
 * online dossier counts from the moment the system records it complete (domain.md §7.1), and one that arrives after
 * hours, on a weekend or a holiday counts from the next working day (as in the 2025 electronic-procedure decree,
 * TLN:a4af79c6669a4264 Art. 3(5), and the national portal's practice).
 */
export function effectiveReceiptDay(calendar: WorkingCalendar, hours: WorkingHours, day: number, msOfDay: number): number {
  return calendar.isWorkingEpochDay(day) && msOfDay <= hours.receiptCutoff * MINUTE_MS ? day : calendar.addWorkingEpochDays(day, 1);
}
