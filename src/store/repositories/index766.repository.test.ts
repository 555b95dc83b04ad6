import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../domain/shared/local-date.js';
import { monthSegments } from './index766.repository.js';

const d = toEpochDay;
const month = (y: number, m: number) => y * 12 + m - 1;

describe(monthSegments.name, () => {
  it('reads whole months from stat_monthly and the loose days at both ends from stat_daily', () => {
    expect(monthSegments(d('2026-01-15'), d('2026-04-10'))).toEqual([
      { monthly: false, from: d('2026-01-15'), to: d('2026-01-31') },
      { monthly: true, from: month(2026, 2), to: month(2026, 3) },
      { monthly: false, from: d('2026-04-01'), to: d('2026-04-10') },
    ]);
  });

  it('handles a single whole month, a leap February, a year boundary and days inside one month', () => {
    expect(monthSegments(d('2028-02-01'), d('2028-02-29'))).toEqual([{ monthly: true, from: month(2028, 2), to: month(2028, 2) }]);
    expect(monthSegments(d('2025-12-01'), d('2026-01-31'))).toEqual([{ monthly: true, from: month(2025, 12), to: month(2026, 1) }]);
    expect(monthSegments(d('2026-03-02'), d('2026-03-06'))).toEqual([{ monthly: false, from: d('2026-03-02'), to: d('2026-03-06') }]);
    expect(monthSegments(d('2026-03-02'), d('2026-03-01'))).toEqual([]);
  });
});
