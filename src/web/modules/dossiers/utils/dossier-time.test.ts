import { describe, expect, it } from 'vitest';
import { appointmentOf, formatAppointment, provinceParts } from './dossier-time';

describe(formatAppointment.name, () => {
  it('writes an instant in province time whatever the process time zone (tests run in UTC)', () => {
    expect(formatAppointment('2026-01-05T17:00:00+07:00', 'vi')).toBe('05/01/2026 17:00');
    expect(formatAppointment(Date.parse('2026-01-05T23:30:00Z'), 'en')).toBe('06/01/2026 06:30');
    expect(formatAppointment(null, 'vi')).toBe('');
  });
});

describe(appointmentOf.name, () => {
  it('prefers the re-dated appointment of an approved apology', () => {
    expect(appointmentOf({ dueAt: 'a', extendedDueAt: 'b' })).toBe('b');
    expect(appointmentOf({ dueAt: 'a', extendedDueAt: null })).toBe('a');
  });
});

describe(provinceParts.name, () => {
  it('splits an instant into the province date and clock', () => {
    expect(provinceParts('2026-01-05T18:30:00Z')).toEqual({ date: '2026-01-06', time: '01:30' });
  });
});
