/** Due dates of administrative procedures whose time limit is given in working days. */
import { invalidInput } from './calendar-error.js';
import { fromEpochDay, type LocalDate, localToInstant, MINUTE_MS } from '../shared/local-date.js';
import { assertChannel, assertInstant, type Channel, effectiveReceiptDay, localParts } from './receipt.js';
import type { WorkingCalendar } from './working-calendar.js';
import type { SessionName, WorkingHours } from './working-hours.js';

export type ComputeDueDateOptions = {
  /** When the complete, valid dossier was received (epoch ms). */
  receivedAt: number;
  /** The legal time limit in working days: a multiple of 0.5 from 0 (same day) to 1000. */
  workingDays: number;
  /** How it was submitted; recorded for the rule, every channel follows the same receipt rule today. */
  channel?: Channel;
  calendar: WorkingCalendar;
  hours: WorkingHours;
};
export type DueDate = {
  dueDate: LocalDate;
  /** Epoch ms of the end of the session the time limit ends with. */
  dueAt: number;
  session: SessionName;
  /** The day the dossier counts as received (see effectiveReceiptDay). */
  effectiveReceiptDate: LocalDate;
};

/** Throws INVALID_INPUT unless `value` is a multiple of 0.5 within 0–1000. */
export function assertWorkingDays(value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1000 || !Number.isInteger(value * 2)) {
    throw invalidInput('workingDays', 'Số ngày làm việc phải là bội số của 0,5 trong khoảng 0–1000.',
      'Working days must be a multiple of 0.5 within 0–1000.', value);
  }
}

/**
 * When a time limit in working days ends.
 * - Civil Code 2015 Art. 147: the day of receipt is not counted; the limit ends at the end of the Nth working day after it
 *   (Art. 148: a limit never ends on a day off).
 * - Receipt on a day off or after office hours counts as receipt on the next working day (see effectiveReceiptDay).
 * - N.5 days: 0.5 day is a morning session ("one day = 8 working hours", domain.md §7.1), so the limit ends with the
 *   morning session of the (N+1)th working day.
 * - 0 days (same-day procedures): due at the end of the receipt day, or of the next working day when received after
 *   the same-day cut-off, 15:00 by default (Decree 61/2018 Art. 18; Bắc Ninh 2025 procedure list, TLN:741f24db1e774799).
 */
export function computeDueDate(options: ComputeDueDateOptions): DueDate {
  const { receivedAt, workingDays, calendar, hours } = options;
  assertInstant(receivedAt, 'receivedAt');
  assertWorkingDays(workingDays);
  assertChannel(options.channel);
  const { day, msOfDay } = localParts(receivedAt);
  const receipt = effectiveReceiptDay(calendar, hours, day, msOfDay);
  let due: number;
  let session: SessionName = 'afternoon';
  if (workingDays === 0) {
    const late = receipt === day && msOfDay > hours.sameDayCutoff * MINUTE_MS;
    due = late ? calendar.addWorkingEpochDays(receipt, 1) : receipt;
  } else if (Number.isInteger(workingDays)) {
    due = calendar.addWorkingEpochDays(receipt, workingDays);
  } else {
    due = calendar.addWorkingEpochDays(receipt, Math.ceil(workingDays));
    session = 'morning';
  }
  const end = session === 'morning' ? hours.morning.end : hours.afternoon.end;
  return { dueDate: fromEpochDay(due), dueAt: localToInstant(due, end), session, effectiveReceiptDate: fromEpochDay(receipt) };
}
