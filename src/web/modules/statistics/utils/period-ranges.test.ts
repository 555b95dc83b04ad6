import { describe, expect, it } from 'vitest';
import { isLocalDate, isPeriodChoice, lastMonths, pickerFor } from './period-ranges';

describe('lastMonths', () => {
  it('lists 12 months ending with the month of the date, across a year boundary, with month lengths', () => {
    const months = lastMonths('2026-03-14', 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2025-04', from: '2025-04-01', to: '2025-04-30' });
    expect(months[10]).toEqual({ month: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(months[11]).toEqual({ month: '2026-03', from: '2026-03-01', to: '2026-03-31' });
  });
  it('knows leap Februaries', () => {
    expect(lastMonths('2024-02-01', 1)).toEqual([{ month: '2024-02', from: '2024-02-01', to: '2024-02-29' }]);
  });
});

describe('period choices', () => {
  it('pick a month, quarter or year as the reference of each preset', () => {
    expect(pickerFor('month')).toBe('month');
    expect(pickerFor('cutoff_month')).toBe('month');
    expect(pickerFor('cutoff_quarter')).toBe('quarter');
    expect(pickerFor('first_months')).toBe('year');
    expect(pickerFor('cutoff_year')).toBe('year');
  });
  it('accept only known presets and real dates from the address bar', () => {
    expect(isPeriodChoice('custom')).toBe(true);
    expect(isPeriodChoice('week')).toBe(false);
    expect(isPeriodChoice(null)).toBe(false);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2024-2-9')).toBe(false);
  });
});
