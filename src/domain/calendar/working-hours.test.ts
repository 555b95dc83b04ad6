import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS, minutesPerWorkingDay, parseClock, workingHours, workingMsElapsed } from './working-hours.js';

describe(workingHours.name, () => {
  it('defaults to 07:30–11:30 and 13:00–17:00 (8 h), same-day cut-off 15:00, receipt cut-off 17:00', () => {
    expect(DEFAULT_WORKING_HOURS).toEqual({
      morning: { start: 450, end: 690 }, afternoon: { start: 780, end: 1020 }, sameDayCutoff: 900, receiptCutoff: 1020,
    });
    expect(minutesPerWorkingDay(DEFAULT_WORKING_HOURS)).toBe(480);
  });

  it('takes a province’s own hours, the receipt cut-off following the afternoon', () => {
    const h = workingHours({ morning: '07:30-11:30', afternoon: '13:30-17:00', sameDayCutoff: '15:30' });
    expect(h).toMatchObject({ afternoon: { start: 810, end: 1020 }, sameDayCutoff: 930, receiptCutoff: 1020 });
    expect(minutesPerWorkingDay(h)).toBe(450);
    expect(workingHours({ afternoon: '13:00-17:30' }).receiptCutoff).toBe(1050);
    expect(workingHours({ receiptCutoff: '16:00' }).receiptCutoff).toBe(960);
  });

  it.each([
    [{ morning: '11:30-07:30' }, 'hours'], [{ morning: '07:30-13:30' }, 'hours'], [{ afternoon: '13:00-25:00' }, 'afternoon.end'],
    [{ morning: '7:30-11:30' }, 'morning.start'], [{ sameDayCutoff: 2000 }, 'sameDayCutoff'], [{ receiptCutoff: 'noon' }, 'receiptCutoff'],
  ])('rejects %o', (input, field) => {
    expect(() => workingHours(input)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field }));
  });
});

describe(parseClock.name, () => {
  it('reads HH:MM up to 24:00', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('15:00')).toBe(900);
    expect(parseClock('24:00')).toBe(1440);
    expect(() => parseClock('24:01')).toThrow();
  });
});

describe(workingMsElapsed.name, () => {
  it('counts only session time already elapsed in the day', () => {
    const h = DEFAULT_WORKING_HOURS;
    expect(workingMsElapsed(h, 6 * 3_600_000)).toBe(0);
    expect(workingMsElapsed(h, 12 * 3_600_000)).toBe(240 * 60_000);
    expect(workingMsElapsed(h, 14 * 3_600_000)).toBe(300 * 60_000);
    expect(workingMsElapsed(h, 23 * 3_600_000)).toBe(480 * 60_000);
  });
});
