import { describe, expect, it } from 'vitest';
import { computeDueAtWorkingHours } from './due-at-working-hours.js';
import type { LocalDate } from '../shared/local-date.js';
import { DEFAULT_WORKING_HOURS as hours } from './working-hours.js';
import { seedCalendar, vn, vnIso } from './working-calendar.fixtures.js';

const calendar = seedCalendar();
const dueIn = (date: LocalDate, time: string, workingHours: number) => {
  const r = computeDueAtWorkingHours({ receivedAt: vn(date, time), workingHours, calendar, hours });
  return { ...r, dueAt: vnIso(r.dueAt) };
};

describe(computeDueAtWorkingHours.name, () => {
  it('counts hours from the stated moment, inside sessions only (8 h from Fri 09:00 → Mon 09:00)', () => {
    expect(dueIn('2024-02-02', '09:00', 8)).toEqual({ dueAt: '2024-02-05T09:00:00+07:00', dueDate: '2024-02-05', session: 'morning' });
  });

  it('skips Tết: 8 h from Wed 7 Feb 2024 16:00 → Thu 15 Feb 16:00', () => {
    expect(dueIn('2024-02-07', '16:00', 8)).toMatchObject({ dueAt: '2024-02-15T16:00:00+07:00', session: 'afternoon' });
  });

  it('starts at the next session when received outside one', () => {
    expect(dueIn('2024-03-09', '10:00', 2).dueAt).toBe('2024-03-11T09:30:00+07:00');
    expect(dueIn('2024-03-05', '12:00', 1).dueAt).toBe('2024-03-05T14:00:00+07:00');
    expect(dueIn('2024-03-05', '18:00', 0.5).dueAt).toBe('2024-03-06T08:00:00+07:00');
  });

  it('ends at the end of a session, never at the start of the next one', () => {
    expect(dueIn('2024-03-05', '07:30', 4)).toMatchObject({ dueAt: '2024-03-05T11:30:00+07:00', session: 'morning' });
    expect(dueIn('2024-03-05', '07:30', 8)).toMatchObject({ dueAt: '2024-03-05T17:00:00+07:00', session: 'afternoon' });
  });

  it('returns the moment itself for 0 hours', () => {
    expect(dueIn('2024-03-05', '10:17', 0).dueAt).toBe('2024-03-05T10:17:00+07:00');
  });

  it.each([-1, 0.001, 8001, Number.NaN])('rejects %s working hours', (value) => {
    expect(() => dueIn('2024-03-05', '10:00', value)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'workingHours' }));
  });
});
