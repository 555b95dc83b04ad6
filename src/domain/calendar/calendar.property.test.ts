/** Properties of the whole calendar, checked with random receipts 2023–2028 (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDueAtWorkingHours } from './due-at-working-hours.js';
import { computeDueDate } from './due-date.js';
import { fromEpochDay, localToInstant, toEpochDay } from '../shared/local-date.js';
import { DEFAULT_WORKING_HOURS as hours } from './working-hours.js';
import { seedCalendar } from './working-calendar.fixtures.js';
import { workingTimeBetween } from './working-time.js';

const calendar = seedCalendar();
const FIRST = localToInstant('2023-01-01', 0);
const LAST = localToInstant('2028-12-31', 0);
const receivedAt = fc.integer({ min: FIRST, max: LAST });
const halfDays = fc.integer({ min: 0, max: 200 }).map((n) => n / 2);
const day = fc.integer({ min: toEpochDay('2023-01-01'), max: toEpochDay('2028-12-31') });
const workingDayStart = day.map((d) => calendar.addWorkingEpochDays(d, 0));

describe('working calendar properties', () => {
  it('the due date is always a working day, never a holiday, weekend or swapped day', () => {
    fc.assert(fc.property(receivedAt, halfDays, (at, n) => {
      const r = computeDueDate({ receivedAt: at, workingDays: n, calendar, hours });
      const info = calendar.dayInfo(r.dueDate);
      expect(info.working).toBe(true);
      expect(['working_day', 'makeup_working_day']).toContain(info.kind);
      expect(r.dueDate >= r.effectiveReceiptDate).toBe(true);
      expect(r.dueAt).toBeGreaterThan(at);
    }), { numRuns: 2000 });
  });

  it('adding N then M working days equals adding N + M (N ≥ 1, or the start is a working day)', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (d, n, m) => {
      const start = n === 0 ? calendar.addWorkingEpochDays(d, 0) : d;
      expect(calendar.addWorkingEpochDays(calendar.addWorkingEpochDays(start, n), m)).toBe(calendar.addWorkingEpochDays(start, n + m));
      expect(calendar.addWorkingEpochDays(calendar.addWorkingEpochDays(start, n + m), -m)).toBe(calendar.addWorkingEpochDays(start, n));
    }), { numRuns: 1000 });
  });

  it('elapsed working time from the start of the first counted day to the due moment is exactly N days', () => {
    fc.assert(fc.property(workingDayStart, fc.integer({ min: 0, max: 9 * 60 + 30 }), fc.integer({ min: 1, max: 200 }).map((x) => x / 2), (d, minute, n) => {
      const at = localToInstant(d, 7 * 60 + 30 + minute);
      const r = computeDueDate({ receivedAt: at, workingDays: n, calendar, hours });
      const firstCounted = localToInstant(calendar.addWorkingEpochDays(d, 1), hours.morning.start);
      expect(workingTimeBetween({ from: firstCounted, to: r.dueAt, calendar, hours }).workingDays).toBe(n);
      const endOfReceiptDay = localToInstant(d, hours.afternoon.end);
      expect(workingTimeBetween({ from: endOfReceiptDay, to: r.dueAt, calendar, hours }).workingMinutes).toBe(n * 480);
    }), { numRuns: 1000 });
  });

  it('a limit in working hours uses exactly that much working time', () => {
    fc.assert(fc.property(receivedAt, fc.integer({ min: 1, max: 40 * 60 }), (at, minutes) => {
      const r = computeDueAtWorkingHours({ receivedAt: at, workingHours: minutes / 60, calendar, hours });
      expect(workingTimeBetween({ from: at, to: r.dueAt, calendar, hours }).workingMinutes).toBeCloseTo(minutes, 9);
      expect(calendar.isWorkingDay(r.dueDate)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('excluded intervals never make working time negative or larger', () => {
    const interval = fc.tuple(receivedAt, receivedAt).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
    fc.assert(fc.property(interval, fc.array(interval, { maxLength: 6 }), ({ from, to }, excluded) => {
      const all = workingTimeBetween({ from, to, calendar, hours });
      const some = workingTimeBetween({ from, to, excluded, calendar, hours });
      expect(some.workingMinutes).toBeGreaterThanOrEqual(0);
      expect(some.workingMinutes).toBeLessThanOrEqual(all.workingMinutes);
      const again = workingTimeBetween({ from, to, excluded: [...excluded, ...excluded].reverse(), calendar, hours });
      expect(again.workingMinutes).toBe(some.workingMinutes);
    }), { numRuns: 1000 });
  });

  it('working time is additive over a split point', () => {
    fc.assert(fc.property(receivedAt, receivedAt, receivedAt, (a, b, c) => {
      const [x, y, z] = [a, b, c].sort((p, q) => p - q);
      const w = (from: number, to: number) => workingTimeBetween({ from, to, calendar, hours }).workingMinutes;
      expect(w(x, y) + w(y, z)).toBeCloseTo(w(x, z), 6);
    }), { numRuns: 1000 });
  });

  it('no day of 2023–2028 is both a holiday and a working day', () => {
    for (let d = toEpochDay('2023-01-01'); d <= toEpochDay('2028-12-31'); d++) {
      const info = calendar.dayInfo(fromEpochDay(d));
      expect(info.working).toBe(info.kind === 'working_day' || info.kind === 'makeup_working_day');
    }
  });
});
