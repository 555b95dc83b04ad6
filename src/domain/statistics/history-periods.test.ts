import { describe, expect, it } from 'vitest';
import { historyPeriods } from './history-periods.js';

describe(historyPeriods.name, () => {
  it('cuts a range into Monday–Sunday weeks, clipped at both ends', () => {
    expect(historyPeriods('week', '2026-03-04', '2026-03-17')).toEqual([
      { from: '2026-03-04', to: '2026-03-08' }, { from: '2026-03-09', to: '2026-03-15' }, { from: '2026-03-16', to: '2026-03-17' }]);
  });
  it('cuts into calendar months and years', () => {
    expect(historyPeriods('month', '2025-12-15', '2026-02-28')).toEqual([
      { from: '2025-12-15', to: '2025-12-31' }, { from: '2026-01-01', to: '2026-01-31' }, { from: '2026-02-01', to: '2026-02-28' }]);
    expect(historyPeriods('year', '2024-07-01', '2026-03-31')).toEqual([
      { from: '2024-07-01', to: '2024-12-31' }, { from: '2025-01-01', to: '2025-12-31' }, { from: '2026-01-01', to: '2026-03-31' }]);
  });
  it('stops just past the limit so the caller can refuse', () => {
    expect(historyPeriods('week', '2020-01-01', '2026-01-01').length).toBe(61);
  });
});
