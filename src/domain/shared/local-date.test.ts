import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  addDays, compare, dayOfWeek, fromEpochDay, instantToLocal, isLocalDate, localToInstant, parseLocalDate, toEpochDay,
  VN_OFFSET_MINUTES,
} from './local-date.js';

describe(isLocalDate.name, () => {
  it.each(['2024-02-29', '2000-02-29', '1900-01-01', '2199-12-31'])('accepts %s', (d) => expect(isLocalDate(d)).toBe(true));
  it.each(['2023-02-29', '1900-02-29', '2024-2-01', '2024-13-01', '2024-04-31', '2024-00-10', '24-01-01', '2024/01/01', '', 20240101, null])(
    'rejects %s', (d) => expect(isLocalDate(d)).toBe(false),
  );
  it('throws INVALID_INPUT with the field name through parseLocalDate', () => {
    expect(() => parseLocalDate('2024-02-30', 'dueOn')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'dueOn' }));
    expect(() => toEpochDay('nope' as never)).toThrow(DomainError);
  });
});

describe(toEpochDay.name, () => {
  it('numbers days from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2024-02-10')).toBe(19_763);
    expect(fromEpochDay(-25_567)).toBe('1900-01-01');
  });
  it('agrees with Date.UTC and round-trips over 1900–2199', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 84_005 }), (day) => {
      const date = fromEpochDay(day);
      expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(date);
      expect(toEpochDay(date)).toBe(day);
    }), { numRuns: 2000 });
  });
});

describe('date arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
  it('knows weekdays (0 = Sunday … 6 = Saturday)', () => {
    expect(dayOfWeek('2024-02-10')).toBe(6);
    expect(dayOfWeek('2026-02-17')).toBe(2);
    expect(dayOfWeek('1900-01-01')).toBe(1);
  });
  it('compares dates', () => {
    expect(compare('2024-01-02', '2024-01-10')).toBe(-1);
    expect(compare('2024-01-10', '2024-01-10')).toBe(0);
    expect(compare('2025-01-01', '2024-12-31')).toBe(1);
  });
});

describe(instantToLocal.name, () => {
  it('uses UTC+7 whatever the process time zone', () => {
    expect(VN_OFFSET_MINUTES).toBe(420);
    expect(instantToLocal(Date.parse('2024-02-02T16:59:00Z'))).toEqual({ date: '2024-02-02', epochDay: 19_755, minuteOfDay: 1439, msOfDay: 86_340_000 });
    expect(instantToLocal(Date.parse('2024-02-02T17:00:00Z')).date).toBe('2024-02-03');
    expect(instantToLocal(Date.parse('2024-02-01T17:00:00Z'))).toMatchObject({ date: '2024-02-02', minuteOfDay: 0 });
  });
  it('is the inverse of localToInstant', () => {
    expect(localToInstant('2024-02-16', 17 * 60)).toBe(Date.parse('2024-02-16T17:00:00+07:00'));
    fc.assert(fc.property(fc.integer({ min: -2_208_988_800_000, max: 7_258_118_400_000 }), (ms) => {
      const local = instantToLocal(ms);
      expect(localToInstant(local.date, 0) + local.msOfDay).toBe(ms);
    }));
  });
});
