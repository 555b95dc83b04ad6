import { DomainError } from '../errors.js';

/**
 * Errors raised by the working-day calendar: a DomainError with code INVALID_INPUT, `field` naming the offending input
 * (e.g. `workingDays`, `excluded[2].to`), a Vietnamese message for users and an English one for logs and clients.
 */
export class CalendarError extends DomainError {
  constructor(
    code: 'INVALID_INPUT',
    field: string,
    messageVi: string,
    messageEn: string,
    details?: Record<string, unknown>,
  ) {
    super(code, messageEn, messageVi, { field, ...details });
    this.name = 'CalendarError';
  }
}

/** Builds an INVALID_INPUT error; the value itself goes into `details` for logs, never into the message. */
export function invalidInput(field: string, messageVi: string, messageEn: string, value?: unknown): CalendarError {
  return new CalendarError('INVALID_INPUT', field, messageVi, messageEn, value === undefined ? undefined : { value });
}

/** Oldest and newest years the calendar accepts (the lunar tables are verified for this span). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Throws INVALID_INPUT unless `year` is an integer within 1900–2199. */
export function assertSupportedYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidInput(field, `Năm phải là số nguyên trong khoảng ${MIN_YEAR}–${MAX_YEAR}.`, `Year must be an integer within ${MIN_YEAR}–${MAX_YEAR}.`, year);
  }
}
