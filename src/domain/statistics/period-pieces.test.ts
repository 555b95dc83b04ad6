import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../shared/local-date.js';
import { monthOfDay, periodPieces } from './period-pieces.js';

const day = (d: string) => toEpochDay(d);

describe('periodPieces', () => {
  it('reads a calendar year as 12 whole months', () => {
    expect(periodPieces(day('2026-01-01'), day('2026-12-31'))).toEqual({ months: [2026 * 12, 2026 * 12 + 11], days: [] });
  });
  it('reads a Decree 09/2019 window (15th to 14th) as two partial months of days', () => {
    expect(periodPieces(day('2025-12-15'), day('2026-01-14'))).toEqual({ months: null, days: [[day('2025-12-15'), day('2026-01-14')]] });
    expect(periodPieces(day('2025-12-15'), day('2026-12-14'))).toEqual({ months: [2026 * 12, 2026 * 12 + 10], days: [[day('2025-12-15'), day('2025-12-31')], [day('2026-12-01'), day('2026-12-14')]] });
  });
  it('covers every day of any range exactly once', () => {
    fc.assert(fc.property(fc.integer({ min: day('2023-01-01'), max: day('2027-12-31') }), fc.integer({ min: 0, max: 800 }), (from, length) => {
      const to = from + length;
      const { months, days } = periodPieces(from, to);
      const covered: number[] = [];
      for (const [a, b] of days) for (let d = a; d <= b; d++) covered.push(d);
      if (months) for (let d = from; d <= to; d++) if (monthOfDay(d) >= months[0] && monthOfDay(d) <= months[1]) covered.push(d);
      expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: length + 1 }, (_, i) => from + i));
    }));
  });
});
