import { describe, expect, it } from 'vitest';
import type { Ii06aFigures } from '../../../api/reports';
import { formatCount, formatPercent, formatScore, NO_VALUE, onlineRate, onTimeRate, percentOf } from './format-figures';

const figures = (over: Partial<Ii06aFigures>): Ii06aFigures => ({
  received: 0, receivedOnline: 0, receivedInPersonOrPostal: 0, carriedOver: 0, resolved: 0, resolvedEarly: 0, resolvedOnTime: 0,
  resolvedLate: 0, inProgress: 0, inProgressWithinDeadline: 0, inProgressOverdue: 0, withdrawn: 0, refused: 0, lateWithApology: 0,
  lateWithoutApology: 0, ...over,
});

describe('formatPercent', () => {
  it('writes 2 decimals with a comma in Vietnamese and a point in English', () => {
    expect(formatPercent(95.5, 'vi')).toBe('95,50%');
    expect(formatPercent(95.5, 'en')).toBe('95.50%');
    expect(formatPercent(100, 'vi')).toBe('100,00%');
    expect(formatPercent(0, 'vi')).toBe('0,00%');
  });
  it('rounds to 2 decimals', () => {
    expect(formatPercent(200 / 3, 'vi')).toBe('66,67%');
    expect(formatPercent(12.345678, 'en')).toBe('12.35%');
  });
  it('shows a dash when there is no rate', () => {
    expect(formatPercent(null, 'vi')).toBe(NO_VALUE);
    expect(formatPercent(Number.NaN, 'vi')).toBe(NO_VALUE);
  });
});

describe('formatCount and formatScore', () => {
  it('groups thousands the Vietnamese way', () => {
    expect(formatCount(50000, 'vi')).toBe('50.000');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(undefined, 'vi')).toBe(NO_VALUE);
  });
  it('writes scores with up to 2 decimals', () => {
    expect(formatScore(87.5, 'vi')).toBe('87,5');
    expect(formatScore(12, 'vi')).toBe('12');
    expect(formatScore(3.14159, 'en')).toBe('3.14');
  });
});

describe('rates of the overview', () => {
  it('has no rate without a denominator', () => {
    expect(percentOf(3, 0)).toBeNull();
    expect(onTimeRate(figures({}))).toBeNull();
    expect(onlineRate(figures({ carriedOver: 5, received: 5 }))).toBeNull();
  });
  it('counts early and on time among the resolved', () => {
    expect(onTimeRate(figures({ resolved: 8, resolvedEarly: 3, resolvedOnTime: 3, resolvedLate: 2 }))).toBe(75);
  });
  it('counts online among the newly received, not the carried over', () => {
    expect(onlineRate(figures({ received: 14, carriedOver: 10, receivedOnline: 1, receivedInPersonOrPostal: 3 }))).toBe(25);
  });
});
