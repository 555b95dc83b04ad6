import { describe, expect, it } from 'vitest';
import { alertColor, durationParts, isAlertFilter } from './reaction-alerts';

describe(durationParts.name, () => {
  it('splits working minutes into hours and minutes, never negative', () => {
    expect(durationParts(90)).toEqual({ h: 1, m: 30 });
    expect(durationParts(480)).toEqual({ h: 8, m: 0 });
    expect(durationParts(-5)).toEqual({ h: 0, m: 0 });
  });
});

describe(alertColor.name, () => {
  it('is red when overdue, orange when a duty is due soon, blue for a window or a distant deadline, green when met', () => {
    expect(alertColor({ state: 'breached', dueSoon: false, kind: 'duty' })).toBe('red');
    expect(alertColor({ state: 'pending', dueSoon: true, kind: 'duty' })).toBe('orange');
    expect(alertColor({ state: 'pending', dueSoon: true, kind: 'window' })).toBe('blue');
    expect(alertColor({ state: 'met', dueSoon: false, kind: 'duty' })).toBe('green');
    expect(alertColor({ state: 'breached', dueSoon: false, kind: 'escalation' })).toBe('red');
  });
});

describe('isAlertFilter', () => {
  it('accepts the five filters only', () => {
    expect(isAlertFilter('breached')).toBe(true);
    expect(isAlertFilter('escalated')).toBe(true);
    expect(isAlertFilter('late')).toBe(false);
    expect(isAlertFilter(null)).toBe(false);
  });
});
