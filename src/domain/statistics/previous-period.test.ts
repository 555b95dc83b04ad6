import { describe, expect, it } from 'vitest';
import { previousPeriod } from './previous-period.js';

describe(previousPeriod.name, () => {
  it('moves whole months back by their number', () => {
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('2026-01-01', '2026-03-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('moves a cut-off window (15th to 14th) back by its months', () => {
    expect(previousPeriod('2026-10-15', '2026-11-14')).toEqual({ from: '2026-09-15', to: '2026-10-14' });
    expect(previousPeriod('2025-12-15', '2026-12-14')).toEqual({ from: '2024-12-15', to: '2025-12-14' });
  });
  it('moves any other range back by its length', () => {
    expect(previousPeriod('2026-03-02', '2026-03-08')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
  });
});
