import { describe, expect, it } from 'vitest';
import { monthWeeks, sameDayIn, shiftDate, shiftMonth, weekdayIndex } from './calendar-dates';

describe(monthWeeks.name, () => {
  it('starts February 2024 on Thursday (Monday-first weeks) and ends it on Thursday 29', () => {
    const weeks = monthWeeks('2024-02');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, '2024-02-01', '2024-02-02', '2024-02-03', '2024-02-04']);
    expect(weeks[4]).toEqual(['2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', null, null, null]);
  });
});

describe(shiftMonth.name, () => {
  it('crosses year boundaries both ways', () => {
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2024-01', -1)).toBe('2023-12');
    expect(shiftMonth('2024-02', -14)).toBe('2022-12');
  });
});

describe(sameDayIn.name, () => {
  it('clamps to the last day of a shorter month', () => {
    expect(sameDayIn('2024-02', '2024-01-31')).toBe('2024-02-29');
    expect(sameDayIn('2023-02', '2024-01-31')).toBe('2023-02-28');
  });
});

describe(shiftDate.name, () => {
  it('moves across months and leap days without time-zone drift', () => {
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekdayIndex('2024-05-04')).toBe(5);
  });
});
