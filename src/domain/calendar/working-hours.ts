/**
 * Office hours of an agency, in minutes after local (UTC+7) midnight. Civil servants work 8 hours a day, 40 a week
 * (Decision 188/1999/QĐ-TTg Art. 1); the clock times are set by each province (domain.md §7.1: UNCONFIRMED, so they are
 * configurable and the defaults below are only defaults).
 */
import { invalidInput } from './calendar-error.js';

export type Session = { start: number; end: number };
export type SessionName = 'morning' | 'afternoon';
export type WorkingHours = {
  morning: Session;
  afternoon: Session;
  /**
   * Same-day procedures received after this minute are due the next working day (Decree 61/2018 Art. 18: counter
   * dossiers received after 15:00 are forwarded the next working day; provincial procedure lists apply it to results).
   */
  sameDayCutoff: number;
  /** A dossier received after this minute counts as received on the next working day; defaults to the end of the day. */
  receiptCutoff: number;
};
export type WorkingHoursInput = {
  morning?: string | Session;
  afternoon?: string | Session;
  sameDayCutoff?: string | number;
  receiptCutoff?: string | number;
};

/** Parses a 24-hour clock time `HH:MM` (00:00–24:00) into minutes after midnight. */
export function parseClock(value: string, field = 'time'): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!(minutes <= 1440)) {
    throw invalidInput(field, 'Giờ không hợp lệ (định dạng HH:MM).', 'Invalid time of day (format HH:MM).', value);
  }
  return minutes;
}

function toSession(value: string | Session, field: string): Session {
  if (typeof value !== 'string') return value;
  const [start, end] = value.split('-');
  return { start: parseClock(start ?? '', `${field}.start`), end: parseClock(end ?? '', `${field}.end`) };
}

const toMinute = (value: string | number, field: string): number => (typeof value === 'string' ? parseClock(value, field) : value);

/**
 * Builds validated working hours; defaults: morning 07:30–11:30, afternoon 13:00–17:00 (8 h), same-day cut-off 15:00,
 * receipt cut-off at the end of the afternoon session.
 */
export function workingHours(input: WorkingHoursInput = {}): WorkingHours {
  const morning = toSession(input.morning ?? '07:30-11:30', 'morning');
  const afternoon = toSession(input.afternoon ?? '13:00-17:00', 'afternoon');
  const sameDayCutoff = toMinute(input.sameDayCutoff ?? '15:00', 'sameDayCutoff');
  const receiptCutoff = toMinute(input.receiptCutoff ?? afternoon.end, 'receiptCutoff');
  const ordered = [0, morning.start, morning.end, afternoon.start, afternoon.end, 1440];
  const valid = ordered.every((v, i) => Number.isInteger(v) && (i === 0 || v >= ordered[i - 1]))
    && morning.start < morning.end && afternoon.start < afternoon.end;
  if (!valid) {
    throw invalidInput('hours', 'Các buổi làm việc phải nằm trong ngày, buổi sáng kết thúc trước buổi chiều.',
      'Sessions must lie within the day, the morning ending before the afternoon begins.', { morning, afternoon });
  }
  for (const [field, v] of [['sameDayCutoff', sameDayCutoff], ['receiptCutoff', receiptCutoff]] as const) {
    if (!Number.isInteger(v) || v < 0 || v > 1440) {
      throw invalidInput(field, 'Giờ chốt phải trong khoảng 00:00–24:00.', 'A cut-off must lie within 00:00–24:00.', v);
    }
  }
  return { morning, afternoon, sameDayCutoff, receiptCutoff };
}

/** The default hours (UNCONFIRMED defaults; provinces set their own). */
export const DEFAULT_WORKING_HOURS: WorkingHours = workingHours();

/** Working minutes in one working day (480 with the defaults: "one day = 8 working hours"). */
export function minutesPerWorkingDay(hours: WorkingHours): number {
  return hours.morning.end - hours.morning.start + (hours.afternoon.end - hours.afternoon.start);
}

/** Working milliseconds of a working day that have elapsed at `msOfDay` (0 before the morning, full after 17:00). */
export function workingMsElapsed(hours: WorkingHours, msOfDay: number): number {
  const m = hours.morning;
  const a = hours.afternoon;
  const clamp = (s: Session): number => Math.min(Math.max(msOfDay - s.start * 60_000, 0), (s.end - s.start) * 60_000);
  return clamp(m) + clamp(a);
}
